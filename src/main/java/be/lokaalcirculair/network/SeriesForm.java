package be.lokaalcirculair.network;

import java.util.Map;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A series as the editor's form sends it. Binds only these fields: a request that also
 * sends {@code demo} or {@code slug} sets nothing.
 */
public record SeriesForm(
		@NotBlank(message = "{form.required}") @Size(max = NetworkEvent.TITLE_MAX,
				message = "{form.too-long}") String title,
		@NotBlank(message = "{form.required}") @Size(max = NetworkEvent.SUMMARY_MAX,
				message = "{form.too-long}") String summary,
		@Size(max = 20_000, message = "{form.too-long}") String description, String track, String minimumAttended) {

	/** The highest minimum an editor can set. */
	static final int MINIMUM_MAX = 50;

	/** Where the errors of the derived checks are shown. */
	static final Map<String, String> FIELDS = Map.of("trackKnown", "track", "minimumValid", "minimumAttended");

	/** An empty form with the defaults of a new series. */
	public static SeriesForm empty() {
		return new SeriesForm("", "", "", "gevorderden", "3");
	}

	static SeriesForm of(MasterclassSeries series) {
		return new SeriesForm(series.getTitle(), series.getSummary(),
				(series.getDescription() != null) ? series.getDescription() : "", series.getTrack().code(),
				String.valueOf(series.getMinimumAttended()));
	}

	@AssertTrue(message = "{network.form.track.invalid}")
	public boolean isTrackKnown() {
		return Track.fromCode(this.track).isPresent();
	}

	@AssertTrue(message = "{network.series.form.minimum.invalid}")
	public boolean isMinimumValid() {
		return minimum() >= 1 && minimum() <= MINIMUM_MAX;
	}

	Track trackTerm() {
		return Track.fromCode(this.track).orElseThrow();
	}

	/** The minimum as a number; 0 when it is not one. */
	int minimum() {
		try {
			return (this.minimumAttended != null) ? Integer.parseInt(this.minimumAttended.strip()) : 0;
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
