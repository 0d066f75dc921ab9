package be.lokaalcirculair.account;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A one-time token sent by mail (e-mail verification, later password reset and
 * invitations). Only a hash of the token is stored, so that the database alone cannot be
 * used to take over an account.
 */
@Entity
@Table(name = "account_token")
class AccountToken {

	enum Purpose {

		VERIFY_EMAIL, PASSWORD_RESET

	}

	@Id
	@Column(name = "token_hash")
	private String tokenHash;

	@Column(name = "account_id")
	private Long accountId;

	@Enumerated(EnumType.STRING)
	private Purpose purpose;

	@Column(name = "expires_at")
	private Instant expiresAt;

	@Column(name = "used_at")
	private Instant usedAt;

	protected AccountToken() {
	}

	AccountToken(String tokenHash, long accountId, Purpose purpose, Duration validity) {
		this.tokenHash = tokenHash;
		this.accountId = accountId;
		this.purpose = purpose;
		this.expiresAt = Instant.now().plus(validity);
	}

	boolean isUsable(Purpose purpose) {
		return this.purpose == purpose && this.usedAt == null && Instant.now().isBefore(this.expiresAt);
	}

	void use() {
		this.usedAt = Instant.now();
	}

	Long getAccountId() {
		return this.accountId;
	}

}
