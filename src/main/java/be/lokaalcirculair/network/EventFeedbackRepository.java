package be.lokaalcirculair.network;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface EventFeedbackRepository extends JpaRepository<EventFeedback, Long> {

	Optional<EventFeedback> findByRegistrationId(long registrationId);

	/** Newest first, so that editors read the latest comments at the top. */
	List<EventFeedback> findByEventIdOrderByUpdatedAtDescIdDesc(long eventId);

}
