package be.lokaalcirculair.opendata;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Strict checks of API parameters: unlike the pages, which report an unknown filter value
 * and go on, the API answers a request it cannot honour exactly with 400 and says what
 * was wrong.
 */
final class ApiParameters {

	static final int MAX_VALUES = 50, MAX_LENGTH = 200;

	private ApiParameters() {
	}

	static int page(Integer page) {
		if (page == null) {
			return 0;
		}
		if (page < 1) {
			throw bad("page must be 1 or more");
		}
		return page - 1;
	}

	static int size(Integer size, int fallback, int max) {
		if (size == null) {
			return fallback;
		}
		if (size < 1 || size > max) {
			throw bad("size must be between 1 and " + max);
		}
		return size;
	}

	static <T> List<T> codes(String name, List<String> values, Function<String, Optional<T>> lookup) {
		List<T> known = new ArrayList<>();
		if (values == null) {
			return known;
		}
		if (values.size() > MAX_VALUES) {
			throw bad("too many values for " + name);
		}
		for (String value : values) {
			if (value.length() > MAX_LENGTH) {
				throw bad("value too long for " + name);
			}
			known.add(lookup.apply(value).orElseThrow(() -> bad("unknown value for " + name + ": " + value)));
		}
		return known;
	}

	static <T> T code(String name, String value, Function<String, Optional<T>> lookup) {
		return (value == null) ? null : codes(name, List.of(value), lookup).get(0);
	}

	static String text(String name, String value) {
		if (value != null && value.length() > MAX_LENGTH) {
			throw bad(name + " is longer than " + MAX_LENGTH + " characters");
		}
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/**
	 * Refuses parameters the endpoint does not know: a misspelt filter would otherwise
	 * silently give everything.
	 */
	static void onlyKnown(Map<String, ?> parameters, Collection<String> known) {
		for (String name : parameters.keySet()) {
			if (!known.contains(name)) {
				throw bad("unknown parameter " + ((name.length() > 40) ? name.substring(0, 40) + "…" : name)
						+ "; known: " + String.join(", ", known));
			}
		}
	}

	/** The one value of a parameter that may be given once, or {@code null}. */
	static String single(Map<String, List<String>> parameters, String name) {
		List<String> values = parameters.get(name);
		if (values == null || values.isEmpty()) {
			return null;
		}
		if (values.size() > 1) {
			throw bad(name + " may be given only once");
		}
		return values.get(0);
	}

	/** A whole number, or {@code null} when the parameter is absent. */
	static Integer integer(Map<String, List<String>> parameters, String name) {
		String value = single(parameters, name);
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			throw bad(name + " must be a whole number");
		}
	}

	static ResponseStatusException bad(String reason) {
		return new ResponseStatusException(HttpStatus.BAD_REQUEST, reason);
	}

}
