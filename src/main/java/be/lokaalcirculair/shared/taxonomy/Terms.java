package be.lokaalcirculair.shared.taxonomy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Helpers shared by the vocabularies.
 */
public final class Terms {

	private Terms() {
	}

	/**
	 * The term with this code (ignoring case and surrounding spaces), or empty when none
	 * has it.
	 */
	public static <T extends Term> Optional<T> fromCode(T[] terms, String code) {
		if (code == null) {
			return Optional.empty();
		}
		for (T term : terms) {
			if (term.code().equalsIgnoreCase(code.strip())) {
				return Optional.of(term);
			}
		}
		return Optional.empty();
	}

	/** The codes of the given terms, in the order given. */
	public static List<String> codes(Collection<? extends Term> terms) {
		List<String> codes = new ArrayList<>(terms.size());
		terms.forEach((term) -> codes.add(term.code()));
		return codes;
	}

}
