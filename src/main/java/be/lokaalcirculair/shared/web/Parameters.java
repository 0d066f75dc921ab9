package be.lokaalcirculair.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Checks on request parameters that every listing shares. A malformed or over-long value
 * is a bad request (400); an unknown value of a filter is reported back to the user, not
 * an error.
 */
public final class Parameters {

	/** The longest value a query parameter may have. */
	public static final int MAX_LENGTH = 200;

	/** The most values one filter parameter may have. */
	public static final int MAX_VALUES = 50;

	private Parameters() {
	}

	/** A page number from 1; 1 when absent; 400 when not a positive number. */
	public static int pageNumber(String value) {
		if (value == null || value.isBlank()) {
			return 1;
		}
		try {
			int number = Integer.parseInt(value.strip());
			if (number < 1) {
				throw badRequest();
			}
			return number;
		}
		catch (NumberFormatException ex) {
			throw badRequest();
		}
	}

	/** A short text; 400 when longer than allowed. */
	public static String text(String value) {
		if (value != null && value.length() > MAX_LENGTH) {
			throw badRequest();
		}
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/**
	 * The known values among the given codes. Unknown ones are added to {@code unknown};
	 * 400 when there are too many or one is over-long.
	 */
	public static <T> List<T> codes(List<String> values, Function<String, Optional<T>> lookup, List<String> unknown) {
		List<T> known = new ArrayList<>();
		if (values == null) {
			return known;
		}
		if (values.size() > MAX_VALUES) {
			throw badRequest();
		}
		for (String value : values) {
			if (value.length() > MAX_LENGTH) {
				throw badRequest();
			}
			if (value.isBlank()) {
				continue;
			}
			lookup.apply(value).ifPresentOrElse(known::add, () -> unknown.add(value));
		}
		return known;
	}

	public static ResponseStatusException badRequest() {
		return new ResponseStatusException(HttpStatus.BAD_REQUEST);
	}

}
