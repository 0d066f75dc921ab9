package be.lokaalcirculair.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

	Optional<ApiToken> findByTokenHash(String tokenHash);

	List<ApiToken> findByAccountIdOrderByCreatedAtDesc(long accountId);

	Optional<ApiToken> findByIdAndAccountId(long id, long accountId);

}
