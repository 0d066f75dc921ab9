package be.lokaalcirculair.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An invitation by a coordinator (or an editor) to join an organisation, sent to an
 * e-mail address with a single-use link. Only a hash of the link's token is stored, as
 * for {@link AccountToken}s.
 */
@Entity
@Table(name = "invitation")
public class Invitation {

	/** Where an invitation stands, as its list shows it. */
	public enum State {

		/** Sent; the link still works. */
		OPEN,
		/** The link was used: the person joined. */
		ACCEPTED,
		/** Nobody used the link in time. */
		EXPIRED,
		/** Withdrawn before it was used. */
		REVOKED;

		public String messageKey() {
			return "invitation.state." + name().toLowerCase(Locale.ROOT);
		}

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "organisation_id")
	private long organisationId;

	private String email;

	@Column(name = "token_hash")
	private String tokenHash;

	private String message;

	@Column(name = "invited_by")
	private Long invitedBy;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "expires_at")
	private Instant expiresAt;

	@Column(name = "accepted_at")
	private Instant acceptedAt;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	@Version
	private long version;

	protected Invitation() {
	}

	Invitation(long organisationId, String email, String tokenHash, String message, long invitedBy, Duration validity) {
		this.organisationId = organisationId;
		this.email = Account.normalise(email);
		this.tokenHash = tokenHash;
		this.message = message;
		this.invitedBy = invitedBy;
		this.createdAt = Instant.now();
		this.expiresAt = this.createdAt.plus(validity);
	}

	/** Where the invitation stands now. */
	public State getState() {
		if (this.acceptedAt != null) {
			return State.ACCEPTED;
		}
		if (this.revokedAt != null) {
			return State.REVOKED;
		}
		return Instant.now().isBefore(this.expiresAt) ? State.OPEN : State.EXPIRED;
	}

	void accept() {
		this.acceptedAt = Instant.now();
	}

	void revoke() {
		this.revokedAt = Instant.now();
	}

	public Long getId() {
		return this.id;
	}

	public long getOrganisationId() {
		return this.organisationId;
	}

	/** The address invited (lower case). */
	public String getEmail() {
		return this.email;
	}

	/** The personal message of the person who invited, or {@code null}. */
	public String getMessage() {
		return this.message;
	}

	/** The account that invited, or {@code null} when it was erased since. */
	public Long getInvitedBy() {
		return this.invitedBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getExpiresAt() {
		return this.expiresAt;
	}

	public Instant getAcceptedAt() {
		return this.acceptedAt;
	}

}
