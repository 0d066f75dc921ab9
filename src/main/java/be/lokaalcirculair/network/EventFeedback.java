package be.lokaalcirculair.network;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A participant's feedback on an event: a score from 1 to 5 and an optional comment. One
 * per registration; sending the form again changes it. Editors see it without a name.
 */
@Entity
@Table(name = "event_feedback")
class EventFeedback {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "event_id")
	private long eventId;

	@Column(name = "registration_id")
	private long registrationId;

	private int score;

	private String comment;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	protected EventFeedback() {
	}

	EventFeedback(long eventId, long registrationId, Instant now) {
		this.eventId = eventId;
		this.registrationId = registrationId;
		this.createdAt = now;
	}

	void change(int score, String comment, Instant now) {
		this.score = score;
		this.comment = (comment == null || comment.isBlank()) ? null : comment.strip();
		this.updatedAt = now;
	}

	int getScore() {
		return this.score;
	}

	String getComment() {
		return this.comment;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
