package be.lokaalcirculair.network;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A person agrees that their name is shown on the member list of one level; without it
 * only their organisation is listed. Revoked by deleting it.
 */
@Entity
@Table(name = "network_level_consent")
class LevelConsent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "account_id")
	private long accountId;

	private NetworkLevel level;

	@Column(name = "given_at")
	private Instant givenAt;

	protected LevelConsent() {
	}

	LevelConsent(long accountId, NetworkLevel level) {
		this.accountId = accountId;
		this.level = level;
		this.givenAt = Instant.now();
	}

	long getAccountId() {
		return this.accountId;
	}

}
