package be.lokaalcirculair.network;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.lokaalcirculair.network.Registration.Attendance;
import be.lokaalcirculair.network.Registration.Status;

/**
 * Feedback on events: who may give it (those who had a seat and were not marked absent),
 * when (from the start until {@code lc.network.feedback-days} after the end), and the
 * anonymous summary for editors.
 */
@Service
class EventFeedbacks {

	/** Whether the form is open for someone, and if not, why. */
	enum Access {

		OPEN, NOT_PARTICIPANT, NOT_YET, CLOSED

	}

	private final RegistrationRepository registrations;

	private final EventFeedbackRepository feedback;

	private final NetworkFollowUpSettings settings;

	EventFeedbacks(RegistrationRepository registrations, EventFeedbackRepository feedback,
			NetworkFollowUpSettings settings) {
		this.registrations = registrations;
		this.feedback = feedback;
		this.settings = settings;
	}

	/** The registration through which this person may give feedback, if any. */
	Optional<Registration> participation(long eventId, long accountId) {
		return this.registrations.findByEventIdAndAccountId(eventId, accountId)
			.filter((r) -> r.getStatus() == Status.CONFIRMED && r.getAttendance() != Attendance.ABSENT);
	}

	Access access(NetworkEvent event, long accountId, Instant now) {
		if (participation(event.getId(), accountId).isEmpty() || event.isCancelled()) {
			return Access.NOT_PARTICIPANT;
		}
		if (now.isBefore(event.getStartsAt())) {
			return Access.NOT_YET;
		}
		return now.isAfter(closes(event)) ? Access.CLOSED : Access.OPEN;
	}

	/** The moment the form closes. */
	Instant closes(NetworkEvent event) {
		return event.getEndsAt().plus(Duration.ofDays(this.settings.feedbackDays()));
	}

	/** What this participant sent before, to fill in the form again. */
	@Transactional(readOnly = true)
	Optional<EventFeedback> earlier(long registrationId) {
		return this.feedback.findByRegistrationId(registrationId);
	}

	/**
	 * Keeps a participant's feedback; a second time it replaces the first.
	 * @return whether it replaced earlier feedback
	 */
	@Transactional
	boolean save(NetworkEvent event, Registration registration, FeedbackForm form, Instant now) {
		Optional<EventFeedback> earlier = this.feedback.findByRegistrationId(registration.getId());
		EventFeedback feedback = earlier.orElseGet(() -> new EventFeedback(event.getId(), registration.getId(), now));
		feedback.change(form.scoreValue(), form.comment(), now);
		this.feedback.save(feedback);
		return earlier.isPresent();
	}

	/** The summary of an event's feedback, without names. */
	@Transactional(readOnly = true)
	FeedbackSummary summary(long eventId) {
		return FeedbackSummary.of(this.feedback.findByEventIdOrderByUpdatedAtDescIdDesc(eventId));
	}

}
