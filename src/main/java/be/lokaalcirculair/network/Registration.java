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
 * queue. A guest (no account) is first pending: no seat, no place in line, until the link
 * in the mail is confirmed before {@code expiresAt}.
 */
@Entity
@Table(name = "event_registration")
public class Registration {

	/** Where a registration stands. */
	public enum Status {

		CONFIRMED, WAITING, CANCELLED, PENDING

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
	private Long accountId;

	@Column(name = "organisation_id")
	private Long organisationId;

	@Column(name = "organisation_name")
	private String organisationName;

	@Column(name = "expires_at")
	private Instant expiresAt;

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

	Registration(long eventId, Long accountId, String email, String displayName) {
		this.eventId = eventId;
		this.accountId = accountId;
		this.email = email;
		this.displayName = displayName;
	}

	/** The organisation as it was when the person registered. */
	void organisation(Long organisationId, String organisationName) {
		this.organisationId = organisationId;
		this.organisationName = organisationName;
	}

	/** A guest's request: no seat until the link is confirmed, before the expiry. */
	void await(String tokenHash, Instant expiresAt) {
		this.status = Status.PENDING;
		this.tokenHash = tokenHash;
		this.queuedAt = Instant.now();
		this.expiresAt = expiresAt;
		this.attendance = null;
	}

	/** Whether a guest's request can still be confirmed. */
	boolean isAwaiting(Instant now) {
		return this.status == Status.PENDING && this.expiresAt != null && now.isBefore(this.expiresAt);
	}

	/** (Again) in the queue now, with a new cancellation link. */
	void queue(Status status, String tokenHash) {
		this.status = status;
		this.tokenHash = tokenHash;
		this.queuedAt = Instant.now();
		this.attendance = null;
		this.expiresAt = null;
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

	/** Whether it holds a seat or a place in line (a pending guest holds neither). */
	public boolean isActive() {
		return this.status == Status.CONFIRMED || this.status == Status.WAITING;
	}

	public Long getId() {
		return this.id;
	}

	public long getEventId() {
		return this.eventId;
	}

	/** The account, or {@code null} for a guest. */
	public Long getAccountId() {
		return this.accountId;
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	/** The organisation a guest gave, or {@code null} for a member. */
	public String getOrganisationName() {
		return this.organisationName;
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
