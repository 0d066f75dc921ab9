package be.lokaalcirculair.network;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SeriesRepository extends JpaRepository<MasterclassSeries, Long> {

	Optional<MasterclassSeries> findBySlug(String slug);

	boolean existsBySlug(String slug);

	List<MasterclassSeries> findAllByOrderByTitleAsc();

	/** The series an event is a session of (an event is in at most one). */
	@Query("select s from MasterclassSeries s join s.sessionIds e where e = :eventId")
	Optional<MasterclassSeries> findBySession(@Param("eventId") long eventId);

	/** Every event that is a session of some series. */
	@Query("select e from MasterclassSeries s join s.sessionIds e")
	java.util.Set<Long> linkedEventIds();

	/** The registrations of these people for these events, for the attendance matrix. */
	@Query("select r from Registration r where r.eventId in :eventIds and r.accountId in :accountIds")
	List<Registration> registrations(@Param("eventIds") Collection<Long> eventIds,
			@Param("accountIds") Collection<Long> accountIds);

}
