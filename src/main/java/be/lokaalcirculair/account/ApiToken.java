package be.lokaalcirculair.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A personal API token of an editor, for the write API. Only the SHA-256 hash of the
 * token is kept: the plain token is shown once, when it is made.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "account_id")
	private long accountId;

	private String name;

	@Column(name = "token_hash")
	private String tokenHash;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "expires_at")
	private Instant expiresAt;

	@Column(name = "last_used_at")
	private Instant lastUsedAt;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	protected ApiToken() {
	}

	ApiToken(long accountId, String name, String tokenHash, Instant expiresAt) {
		this.accountId = accountId;
		this.name = name;
		this.tokenHash = tokenHash;
		this.createdAt = Instant.now();
		this.expiresAt = expiresAt;
	}

	/** Whether the token may be used now: neither revoked nor expired. */
	public boolean isActive() {
		return this.revokedAt == null && Instant.now().isBefore(this.expiresAt);
	}

	void used(Instant when) {
		this.lastUsedAt = when;
	}

	void revoke() {
		if (this.revokedAt == null) {
			this.revokedAt = Instant.now();
		}
	}

	public Long getId() {
		return this.id;
	}

	long getAccountId() {
		return this.accountId;
	}

	public String getName() {
		return this.name;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getExpiresAt() {
		return this.expiresAt;
	}

	/** When the token was last used, or {@code null} for never. */
	public Instant getLastUsedAt() {
		return this.lastUsedAt;
	}

	/** When the token was revoked, or {@code null}. */
	public Instant getRevokedAt() {
		return this.revokedAt;
	}

}
