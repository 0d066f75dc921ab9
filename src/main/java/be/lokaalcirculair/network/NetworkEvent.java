package be.lokaalcirculair.network;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import be.lokaalcirculair.shared.taxonomy.Lever;
import be.lokaalcirculair.shared.taxonomy.Theme;

/**
 * An event of the learning network: a workshop, study day, excursion, masterclass,
 * webinar or network session, at a place or online, with a number of seats.
 */
@Entity
@Table(name = "network_event")
public class NetworkEvent {

	/** Longest title and summary, in characters. */
	public static final int TITLE_MAX = 120, SUMMARY_MAX = 300;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String title;

	private String summary;

	@Column(name = "event_type")
	private EventType type;

	private Track track;

	@ElementCollection
	@CollectionTable(name = "network_event_theme", joinColumns = @JoinColumn(name = "event_id"))
	@Column(name = "code")
	private Set<Theme> themes = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "network_event_lever", joinColumns = @JoinColumn(name = "event_id"))
	@Column(name = "code")
	private Set<Lever> levers = new HashSet<>();

	private String venue;

	@Column(name = "municipality_nis")
	private String municipalityNis;

	@Column(name = "online_url")
	private String onlineUrl;

	@Column(name = "starts_at")
	private Instant startsAt;

	@Column(name = "ends_at")
	private Instant endsAt;

	private int capacity;

	@Column(name = "registration_deadline")
	private Instant registrationDeadline;

	private String programme;

	private String speakers;

	@ElementCollection
	@CollectionTable(name = "network_event_practice", joinColumns = @JoinColumn(name = "event_id"))
	@OrderColumn(name = "position")
	@Column(name = "practice_id")
	private List<Long> practiceIds = new ArrayList<>();

	@Column(name = "allows_guests")
	private boolean allowsGuests;

	private boolean cancelled;

	private boolean demo;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected NetworkEvent() {
	}

	NetworkEvent(String slug, boolean demo) {
		this.slug = slug;
		this.demo = demo;
		this.createdAt = Instant.now();
		this.updatedAt = this.createdAt;
	}

	/** Takes over what an editor wrote in the form (already validated). */
	void apply(EventForm form) {
		this.title = form.title().strip();
		this.summary = form.summary().strip();
		this.type = form.eventType();
		this.track = form.eventTrack();
		this.themes = new HashSet<>(form.themeTerms());
		this.levers = new HashSet<>(form.leverTerms());
		this.venue = blankToNull(form.venue());
		this.municipalityNis = blankToNull(form.municipality());
		this.onlineUrl = blankToNull(form.onlineUrl());
		this.startsAt = EventTime.of(form.start());
		this.endsAt = EventTime.of(form.end());
		this.capacity = form.seats().orElseThrow();
		this.registrationDeadline = (form.deadline() != null) ? EventTime.of(form.deadline()) : this.startsAt;
		this.programme = blankToNull(form.programme());
		this.speakers = blankToNull(form.speakers());
		this.practiceIds = new ArrayList<>(form.practiceIds());
		this.allowsGuests = form.allowsGuests();
		this.updatedAt = Instant.now();
	}

	void cancel() {
		this.cancelled = true;
		this.updatedAt = Instant.now();
	}

	/** Whether people can still register now: not cancelled, before the deadline. */
	public boolean isOpenForRegistration(Instant now) {
		return !this.cancelled && now.isBefore(this.registrationDeadline) && now.isBefore(this.startsAt);
	}

	/** Whether the event has ended. */
	public boolean isPast(Instant now) {
		return !this.endsAt.isAfter(now);
	}

	/**
	 * Whether it happens online (then the link is shown to registered participants only).
	 */
	public boolean isOnline() {
		return this.onlineUrl != null;
	}

	/** The speakers, one per line. */
	public List<String> speakerList() {
		return (this.speakers == null) ? List.of()
				: Arrays.stream(this.speakers.split("\\R")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
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

	public EventType getType() {
		return this.type;
	}

	public Track getTrack() {
		return this.track;
	}

	public Set<Theme> getThemes() {
		return this.themes;
	}

	public Set<Lever> getLevers() {
		return this.levers;
	}

	public String getVenue() {
		return this.venue;
	}

	public String getMunicipalityNis() {
		return this.municipalityNis;
	}

	public String getOnlineUrl() {
		return this.onlineUrl;
	}

	public Instant getStartsAt() {
		return this.startsAt;
	}

	public Instant getEndsAt() {
		return this.endsAt;
	}

	public int getCapacity() {
		return this.capacity;
	}

	public Instant getRegistrationDeadline() {
		return this.registrationDeadline;
	}

	public String getProgramme() {
		return this.programme;
	}

	public String getSpeakers() {
		return this.speakers;
	}

	public List<Long> getPracticeIds() {
		return this.practiceIds;
	}

	public boolean isAllowsGuests() {
		return this.allowsGuests;
	}

	public boolean isCancelled() {
		return this.cancelled;
	}

	public boolean isDemo() {
		return this.demo;
	}

	/** How often the event was changed: the SEQUENCE of its calendar entry. */
	public long getVersion() {
		return this.version;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
