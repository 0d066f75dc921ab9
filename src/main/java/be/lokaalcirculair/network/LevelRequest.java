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

/**
 * An organisation asks to join a level that is joined on request; an editor approves or
 * refuses it, with an optional reason.
 */
@Entity
@Table(name = "network_level_request")
public class LevelRequest {

	/** Longest motivation and reason, in characters. */
	public static final int MOTIVATION_MAX = 2000, REASON_MAX = 1000;

	/** Where a request stands. */
	public enum Status {

		PENDING, APPROVED, REFUSED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private NetworkLevel level;

	@Column(name = "organisation_id")
	private long organisationId;

	@Column(name = "requester_account_id")
	private Long requesterAccountId;

	private String motivation;

	@Enumerated(EnumType.STRING)
	private Status status;

	private String reason;

	/**
	 * Set while pending: its unique constraint allows one open request per organisation.
	 */
	@Column(name = "open_key")
	private String openKey;

	@Column(name = "requested_at")
	private Instant requestedAt;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "decided_by")
	private Long decidedBy;

	protected LevelRequest() {
	}

	LevelRequest(NetworkLevel level, long organisationId, long requesterAccountId, String motivation) {
		this.level = level;
		this.organisationId = organisationId;
		this.requesterAccountId = requesterAccountId;
		this.motivation = motivation.strip();
		this.status = Status.PENDING;
		this.openKey = level.code() + ":" + organisationId;
		this.requestedAt = Instant.now();
	}

	void decide(boolean approved, String reason, long editorId) {
		this.status = approved ? Status.APPROVED : Status.REFUSED;
		this.reason = (reason == null || reason.isBlank()) ? null : reason.strip();
		this.openKey = null;
		this.decidedAt = Instant.now();
		this.decidedBy = editorId;
	}

	public boolean isPending() {
		return this.status == Status.PENDING;
	}

	public Long getId() {
		return this.id;
	}

	public NetworkLevel getLevel() {
		return this.level;
	}

	public long getOrganisationId() {
		return this.organisationId;
	}

	/** Who asked, or {@code null} once their account was erased. */
	public Long getRequesterAccountId() {
		return this.requesterAccountId;
	}

	public String getMotivation() {
		return this.motivation;
	}

	public Status getStatus() {
		return this.status;
	}

	/** Why it was refused, or {@code null}. */
	public String getReason() {
		return this.reason;
	}

	public Instant getRequestedAt() {
		return this.requestedAt;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

}
