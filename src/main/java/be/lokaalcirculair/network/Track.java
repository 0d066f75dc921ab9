package be.lokaalcirculair.network;

import java.util.Optional;

import jakarta.persistence.Converter;

import be.lokaalcirculair.shared.taxonomy.Term;
import be.lokaalcirculair.shared.taxonomy.TermConverter;
import be.lokaalcirculair.shared.taxonomy.Terms;

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
		return Terms.fromCode(values(), code);
	}

	@Converter(autoApply = true)
	static class TrackConverter extends TermConverter<Track> {

		TrackConverter() {
			super(Track::fromCode);
		}

	}

}
