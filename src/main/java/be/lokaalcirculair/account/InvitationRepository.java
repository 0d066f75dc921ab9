package be.lokaalcirculair.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

	Optional<Invitation> findByTokenHash(String tokenHash);

	List<Invitation> findByOrganisationIdOrderByCreatedAtDesc(long organisationId);

	List<Invitation> findByOrganisationIdAndEmail(long organisationId, String email);

	long countByOrganisationIdAndCreatedAtAfter(long organisationId, Instant after);

}
