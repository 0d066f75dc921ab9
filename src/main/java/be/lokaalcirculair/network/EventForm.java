package be.lokaalcirculair.network;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import be.lokaalcirculair.shared.taxonomy.Lever;
import be.lokaalcirculair.shared.taxonomy.Theme;

/**
 * An event as the editor's form sends it. Times are Belgian wall-clock times as a
 * {@code datetime-local} field sends them ({@code 2026-10-25T10:00}); speakers are one
 * per line; linked fiches are ids separated by commas. Binds only these fields: a request
 * that also sends {@code cancelled} or {@code demo} sets nothing.
 */
public record EventForm(
		@NotBlank(message = "{form.required}") @Size(max = NetworkEvent.TITLE_MAX,
				message = "{form.too-long}") String title,
		@NotBlank(message = "{form.required}") @Size(max = NetworkEvent.SUMMARY_MAX,
				message = "{form.too-long}") String summary,
		String type, String track, List<String> themes, List<String> levers,
		@Size(max = 300, message = "{form.too-long}") String venue,
		@Pattern(regexp = "|[0-9]{5}", message = "{network.form.municipality.invalid}") String municipality,
		@Size(max = 500, message = "{form.too-long}") @Pattern(regexp = "|https?://\\S+",
				message = "{network.form.url.invalid}") String onlineUrl,
		@NotBlank(message = "{form.required}") String startsAt, @NotBlank(message = "{form.required}") String endsAt,
		String registrationDeadline, @NotBlank(message = "{form.required}") String capacity,
		@Size(max = 20_000, message = "{form.too-long}") String programme,
		@Size(max = 2000, message = "{form.too-long}") String speakers,
		@Size(max = 500, message = "{form.too-long}") @Pattern(regexp = "[0-9 ,]*",
				message = "{network.form.practices.invalid}") String practices,
		Boolean allowsGuests) {

	/**
	 * Where the errors of the derived checks are shown, for
	 * {@link be.lokaalcirculair.shared.web.FormErrors#of}.
	 */
	static final Map<String, String> FIELDS = Map.of("typeKnown", "type", "trackKnown", "track", "startValid",
			"startsAt", "endValid", "endsAt", "endAfterStart", "endsAt", "capacityPositive", "capacity",
			"deadlineValid", "registrationDeadline", "placeGiven", "venue");

	public EventForm {
		themes = (themes != null) ? themes : List.of();
		levers = (levers != null) ? levers : List.of();
		// an unticked checkbox sends nothing
		allowsGuests = Boolean.TRUE.equals(allowsGuests);
	}

	/** An empty form with the defaults of a new event. */
	public static EventForm empty() {
		return new EventForm("", "", "workshop", "iedereen", List.of(), List.of(), "", "", "", "", "", "", "25", "", "",
				"", false);
	}

	/** The form of an existing event, to edit it or to start a copy from. */
	static EventForm of(NetworkEvent event) {
		return new EventForm(event.getTitle(), event.getSummary(), event.getType().code(), event.getTrack().code(),
				event.getThemes().stream().map(Theme::code).sorted().toList(),
				event.getLevers().stream().map(Lever::code).sorted().toList(), text(event.getVenue()),
				text(event.getMunicipalityNis()), text(event.getOnlineUrl()), local(event.getStartsAt()),
				local(event.getEndsAt()), local(event.getRegistrationDeadline()), String.valueOf(event.getCapacity()),
				text(event.getProgramme()), text(event.getSpeakers()),
				String.join(", ", event.getPracticeIds().stream().map(String::valueOf).toList()),
				event.isAllowsGuests());
	}

	@AssertTrue(message = "{network.form.type.invalid}")
	public boolean isTypeKnown() {
		return EventType.fromCode(this.type).isPresent();
	}

	@AssertTrue(message = "{network.form.track.invalid}")
	public boolean isTrackKnown() {
		return Track.fromCode(this.track).isPresent();
	}

	@AssertTrue(message = "{network.form.datetime.invalid}")
	public boolean isStartValid() {
		return blank(this.startsAt) || parse(this.startsAt).isPresent();
	}

	@AssertTrue(message = "{network.form.datetime.invalid}")
	public boolean isEndValid() {
		return blank(this.endsAt) || parse(this.endsAt).isPresent();
	}

	@AssertTrue(message = "{network.form.end.before-start}")
	public boolean isEndAfterStart() {
		Optional<LocalDateTime> start = parse(this.startsAt), end = parse(this.endsAt);
		return start.isEmpty() || end.isEmpty() || end.get().isAfter(start.get());
	}

	@AssertTrue(message = "{network.form.deadline.invalid}")
	public boolean isDeadlineValid() {
		if (blank(this.registrationDeadline)) {
			return true;
		}
		Optional<LocalDateTime> deadline = parse(this.registrationDeadline), start = parse(this.startsAt);
		return deadline.isPresent() && (start.isEmpty() || !deadline.get().isAfter(start.get()));
	}

	@AssertTrue(message = "{network.form.capacity.invalid}")
	public boolean isCapacityPositive() {
		return blank(this.capacity) || seats().filter((seats) -> seats > 0).isPresent();
	}

	@AssertTrue(message = "{network.form.place.required}")
	public boolean isPlaceGiven() {
		return !blank(this.onlineUrl) || (!blank(this.venue) && !blank(this.municipality));
	}

	EventType eventType() {
		return EventType.fromCode(this.type).orElseThrow();
	}

	Track eventTrack() {
		return Track.fromCode(this.track).orElseThrow();
	}

	List<Theme> themeTerms() {
		return this.themes.stream().map(Theme::fromCode).flatMap(Optional::stream).distinct().toList();
	}

	List<Lever> leverTerms() {
		return this.levers.stream().map(Lever::fromCode).flatMap(Optional::stream).distinct().toList();
	}

	LocalDateTime start() {
		return parse(this.startsAt).orElseThrow();
	}

	LocalDateTime end() {
		return parse(this.endsAt).orElseThrow();
	}

	/** The deadline, or {@code null} when registrations close at the start. */
	LocalDateTime deadline() {
		return parse(this.registrationDeadline).orElse(null);
	}

	Optional<Integer> seats() {
		try {
			return Optional.of(Integer.parseInt(this.capacity.strip()));
		}
		catch (NumberFormatException | NullPointerException ex) {
			return Optional.empty();
		}
	}

	List<Long> practiceIds() {
		return Arrays.stream(Objects.requireNonNullElse(this.practices, "").split("[ ,]+"))
			.filter((id) -> !id.isEmpty() && id.length() < 18)
			.map(Long::valueOf)
			.distinct()
			.toList();
	}

	private static Optional<LocalDateTime> parse(String text) {
		if (blank(text)) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDateTime.parse(text.strip()));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

	private static String local(java.time.Instant instant) {
		return (instant != null) ? EventTime.local(instant).toString() : "";
	}

}
