package be.lokaalcirculair.network;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

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

	/**
	 * Every registration with this address for the event: one per person, members and
	 * guests alike.
	 */
	List<Registration> findByEventIdAndEmailIgnoreCase(long eventId, String email);

	/** Removes the guests' requests that were never confirmed in time. */
	@Modifying
	@Query("delete from Registration r where r.status = :status and r.expiresAt < :now")
	int deleteExpired(@Param("status") Status status, @Param("now") Instant now);

	@Modifying
	@Query("delete from Registration r where r.accountId = :accountId")
	int deleteByAccount(@Param("accountId") long accountId);

	/** The upcoming, not cancelled events with someone on the waiting list. */
	@Query("select distinct e.id from NetworkEvent e, Registration r where r.eventId = e.id and r.status = :status"
			+ " and e.cancelled = false and e.startsAt > :now")
	List<Long> eventsWithQueue(@Param("status") Status status, @Param("now") Instant now);

	/** Those marked present at an event that began in the period. */
	@Query("select r from Registration r, NetworkEvent e where r.eventId = e.id and r.attendance = :attendance"
			+ " and e.startsAt >= :from and e.startsAt < :to order by r.id")
	List<Registration> attended(@Param("attendance") Registration.Attendance attendance, @Param("from") Instant from,
			@Param("to") Instant to);

}
