package be.lokaalcirculair.network;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A member who follows a series. Name and organisation are kept as they were when they
 * followed, for the attendance matrix and the certificate; erasing the account removes
 * the row (foreign key with cascade).
 */
@Entity
@Table(name = "series_follower")
public class SeriesFollower {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "series_id")
	private long seriesId;

	@Column(name = "account_id")
	private long accountId;

	private String email;

	@Column(name = "display_name")
	private String displayName;

	@Column(name = "organisation_id")
	private Long organisationId;

	@Column(name = "followed_at")
	private Instant followedAt;

	protected SeriesFollower() {
	}

	SeriesFollower(long seriesId, long accountId, String email, String displayName, Long organisationId) {
		this.seriesId = seriesId;
		this.accountId = accountId;
		this.email = email;
		this.displayName = displayName;
		this.organisationId = organisationId;
		this.followedAt = Instant.now();
	}

	public Long getId() {
		return this.id;
	}

	public long getSeriesId() {
		return this.seriesId;
	}

	public long getAccountId() {
		return this.accountId;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public Instant getFollowedAt() {
		return this.followedAt;
	}

	String getEmail() {
		return this.email;
	}

}
