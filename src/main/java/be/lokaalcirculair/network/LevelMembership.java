package be.lokaalcirculair.network;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An organisation is a member of one level of the network. */
@Entity
@Table(name = "network_level_member")
public class LevelMembership {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private NetworkLevel level;

	@Column(name = "organisation_id")
	private long organisationId;

	@Column(name = "joined_at")
	private Instant joinedAt;

	protected LevelMembership() {
	}

	LevelMembership(NetworkLevel level, long organisationId) {
		this.level = level;
		this.organisationId = organisationId;
		this.joinedAt = Instant.now();
	}

	public NetworkLevel getLevel() {
		return this.level;
	}

	public long getOrganisationId() {
		return this.organisationId;
	}

	public Instant getJoinedAt() {
		return this.joinedAt;
	}

}
