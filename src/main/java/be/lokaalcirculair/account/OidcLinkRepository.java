package be.lokaalcirculair.account;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface OidcLinkRepository extends JpaRepository<OidcLink, Long> {

	Optional<OidcLink> findByIssuerAndSubject(String issuer, String subject);

}
