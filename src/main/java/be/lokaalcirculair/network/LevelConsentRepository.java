package be.lokaalcirculair.network;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LevelConsentRepository extends JpaRepository<LevelConsent, Long> {

	List<LevelConsent> findByLevel(NetworkLevel level);

	boolean existsByAccountIdAndLevel(long accountId, NetworkLevel level);

	@Modifying
	@Query("delete from LevelConsent c where c.accountId = :accountId and c.level = :level")
	int revoke(@Param("accountId") long accountId, @Param("level") NetworkLevel level);

	@Modifying
	@Query("delete from LevelConsent c where c.accountId = :accountId")
	int removeAll(@Param("accountId") long accountId);

}
