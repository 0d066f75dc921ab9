package be.lokaalcirculair.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An identity at an OpenID Connect issuer (its issuer and subject, which together never
 * change and are never reused) that logs in to an account. Erasing the account removes
 * its links (the database cascades).
 */
@Entity
@Table(name = "account_oidc_link")
class OidcLink {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String issuer;

	private String subject;

	@Column(name = "account_id")
	private Long accountId;

	@Column(name = "linked_at")
	private Instant linkedAt;

	protected OidcLink() {
	}

	OidcLink(String issuer, String subject, long accountId) {
		this.issuer = issuer;
		this.subject = subject;
		this.accountId = accountId;
		this.linkedAt = Instant.now();
	}

	Long getAccountId() {
		return this.accountId;
	}

}
