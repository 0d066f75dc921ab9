package be.lokaalcirculair.network;

import java.util.Arrays;
import java.util.Optional;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import be.lokaalcirculair.shared.taxonomy.Term;

/**
 * For whom an event is meant: starters need inspiration, advanced municipalities depth.
 */
public enum Track implements Term {

	STARTERS("starters"), GEVORDERDEN("gevorderden"), IEDEREEN("iedereen");

	private final String code;

	Track(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return this.code;
	}

	@Override
	public String messageKey() {
		return "network.track." + this.code;
	}

	/** The track with this code, or empty when the code is unknown. */
	public static Optional<Track> fromCode(String code) {
		return Arrays.stream(values()).filter((track) -> track.code.equals(code)).findFirst();
	}

	@Converter(autoApply = true)
	static class TrackConverter implements AttributeConverter<Track, String> {

		@Override
		public String convertToDatabaseColumn(Track track) {
			return (track != null) ? track.code : null;
		}

		@Override
		public Track convertToEntityAttribute(String code) {
			return (code != null) ? fromCode(code).orElseThrow() : null;
		}

	}

}
