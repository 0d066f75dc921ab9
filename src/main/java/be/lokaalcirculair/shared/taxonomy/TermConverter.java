package be.lokaalcirculair.shared.taxonomy;

import java.util.function.Function;

import jakarta.persistence.AttributeConverter;

/**
 * Stores a term by its stable code, so that renaming a Java constant never changes the
 * data.
 */
public abstract class TermConverter<T extends Term> implements AttributeConverter<T, String> {

	private final Function<String, java.util.Optional<T>> lookup;

	protected TermConverter(Function<String, java.util.Optional<T>> lookup) {
		this.lookup = lookup;
	}

	@Override
	public String convertToDatabaseColumn(T term) {
		return (term != null) ? term.code() : null;
	}

	@Override
	public T convertToEntityAttribute(String code) {
		if (code == null) {
			return null;
		}
		return this.lookup.apply(code)
			.orElseThrow(() -> new IllegalStateException("Unknown taxonomy code in database: " + code));
	}

}
