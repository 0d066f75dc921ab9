package be.lokaalcirculair.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccountRepository extends JpaRepository<Account, Long> {

	Optional<Account> findByEmail(String email);

	boolean existsByEmail(String email);

	List<Account> findByMembershipOrderByCreatedAtAsc(Membership membership);

	List<Account> findByOrganisationIdAndMembershipAndCoordinatorTrue(long organisationId, Membership membership);

	long countByDemoTrue();

	List<Account> findByOrganisationIdAndMembershipOrderByDisplayNameAsc(long organisationId, Membership membership);

	long countByOrganisationIdAndMembershipAndCoordinatorTrue(long organisationId, Membership membership);

}
