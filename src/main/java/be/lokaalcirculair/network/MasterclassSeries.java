package be.lokaalcirculair.network;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A masterclass series: sessions (events of the agenda, each in at most one series) that
 * members follow as a whole. A follower who attended at least {@code minimumAttended}
 * sessions gets a participation certificate.
 */
@Entity
@Table(name = "masterclass_series")
public class MasterclassSeries {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String title;

	private String summary;

	private String description;

	private Track track;

	@Column(name = "minimum_attended")
	private int minimumAttended;

	private boolean demo;

	// eager: a series is always shown with its sessions, and pages render after the
	// transaction (open-in-view is off)
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "masterclass_series_session", joinColumns = @JoinColumn(name = "series_id"))
	@Column(name = "event_id")
	private Set<Long> sessionIds = new HashSet<>();

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected MasterclassSeries() {
	}

	MasterclassSeries(String slug, boolean demo) {
		this.slug = slug;
		this.demo = demo;
		this.createdAt = Instant.now();
		this.updatedAt = this.createdAt;
	}

	/** Takes over what an editor wrote in the form (already validated). */
	void apply(SeriesForm form) {
		this.title = form.title().strip();
		this.summary = form.summary().strip();
		this.description = (form.description() == null || form.description().isBlank()) ? null
				: form.description().strip();
		this.track = form.trackTerm();
		this.minimumAttended = form.minimum();
		this.updatedAt = Instant.now();
	}

	void link(long eventId) {
		this.sessionIds.add(eventId);
		this.updatedAt = Instant.now();
	}

	void unlink(long eventId) {
		this.sessionIds.remove(eventId);
		this.updatedAt = Instant.now();
	}

	/** Whether someone who attended this many sessions gets a certificate. */
	public boolean qualifies(int attended) {
		return attended >= Math.max(1, this.minimumAttended);
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getDescription() {
		return this.description;
	}

	public Track getTrack() {
		return this.track;
	}

	public int getMinimumAttended() {
		return this.minimumAttended;
	}

	public boolean isDemo() {
		return this.demo;
	}

	public Set<Long> getSessionIds() {
		return this.sessionIds;
	}

}
