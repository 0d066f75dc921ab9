package be.lokaalcirculair.network;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import be.lokaalcirculair.network.Registration.Status;

interface RegistrationRepository extends JpaRepository<Registration, Long> {

	long countByEventIdAndStatus(long eventId, Status status);

	Optional<Registration> findByEventIdAndAccountId(long eventId, long accountId);

	Optional<Registration> findByTokenHash(String tokenHash);

	/** The first in line on the waiting list. */
	Optional<Registration> findFirstByEventIdAndStatusOrderByQueuedAtAscIdAsc(long eventId, Status status);

	/** Everyone who registered, confirmed first, each in the order they came. */
	List<Registration> findByEventIdAndStatusInOrderByStatusAscQueuedAtAscIdAsc(long eventId, List<Status> statuses);

	List<Registration> findByAccountId(long accountId);

}
