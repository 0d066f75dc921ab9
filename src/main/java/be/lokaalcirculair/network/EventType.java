package be.lokaalcirculair.network;

import java.util.Optional;

import jakarta.persistence.Converter;

import be.lokaalcirculair.shared.taxonomy.Term;
import be.lokaalcirculair.shared.taxonomy.TermConverter;
import be.lokaalcirculair.shared.taxonomy.Terms;

/** What kind of event it is; stored and used in URLs by its stable code. */
public enum EventType implements Term {

	WORKSHOP("workshop"), STUDIEDAG("studiedag"), EXCURSIE("excursie"), MASTERCLASS("masterclass"), WEBINAR("webinar"),
	LEREND_NETWERKSESSIE("lerend-netwerksessie");

	private final String code;

	EventType(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return this.code;
	}

	@Override
	public String messageKey() {
		return "network.type." + this.code;
	}

	/** The type with this code, or empty when the code is unknown. */
	public static Optional<EventType> fromCode(String code) {
		return Terms.fromCode(values(), code);
	}

	@Converter(autoApply = true)
	static class TypeConverter extends TermConverter<EventType> {

		TypeConverter() {
			super(EventType::fromCode);
		}

	}

}
