package be.lokaalcirculair.network;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One person's registration for an event: confirmed, on the waiting list (in the order of
 * {@code queuedAt}) or cancelled; after the event the editor marks attendance. One per
 * person per event: registering again after cancelling reuses it, at the back of the
 * queue.
 */
@Entity
@Table(name = "event_registration")
public class Registration {

	/** Where a registration stands. */
	public enum Status {

		CONFIRMED, WAITING, CANCELLED

	}

	/** Whether the participant came. */
	public enum Attendance {

		PRESENT, ABSENT

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "event_id")
	private long eventId;

	@Column(name = "account_id")
	private long accountId;

	private String email;

	@Column(name = "display_name")
	private String displayName;

	@Enumerated(EnumType.STRING)
	private Status status;

	@Enumerated(EnumType.STRING)
	private Attendance attendance;

	@Column(name = "queued_at")
	private Instant queuedAt;

	@Column(name = "token_hash")
	private String tokenHash;

	@Version
	private long version;

	protected Registration() {
	}

	Registration(long eventId, long accountId, String email, String displayName) {
		this.eventId = eventId;
		this.accountId = accountId;
		this.email = email;
		this.displayName = displayName;
	}

	/** (Again) in the queue now, with a new cancellation link. */
	void queue(Status status, String tokenHash) {
		this.status = status;
		this.tokenHash = tokenHash;
		this.queuedAt = Instant.now();
		this.attendance = null;
	}

	/** From the waiting list to a seat, with a new cancellation link for the mail. */
	void promote(String tokenHash) {
		this.status = Status.CONFIRMED;
		this.tokenHash = tokenHash;
	}

	void cancel() {
		this.status = Status.CANCELLED;
	}

	void mark(Attendance attendance) {
		this.attendance = attendance;
	}

	public boolean isActive() {
		return this.status != Status.CANCELLED;
	}

	public Long getId() {
		return this.id;
	}

	public long getEventId() {
		return this.eventId;
	}

	public long getAccountId() {
		return this.accountId;
	}

	public String getEmail() {
		return this.email;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public Status getStatus() {
		return this.status;
	}

	public Attendance getAttendance() {
		return this.attendance;
	}

	public Instant getQueuedAt() {
		return this.queuedAt;
	}

}
