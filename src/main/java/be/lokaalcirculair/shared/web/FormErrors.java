package be.lokaalcirculair.shared.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * The errors of a submitted form, for the page that shows it again: next to each field,
 * and all of them in a summary at the top that links to the fields.
 *
 * @param fields the messages per field name
 * @param global the messages that belong to no single field
 */
public record FormErrors(Map<String, List<String>> fields, List<String> global) {

	/** No errors. */
	public static FormErrors none() {
		return new FormErrors(Map.of(), List.of());
	}

	/**
	 * The errors of a validated form, with their messages already in the user's language.
	 * @param result the outcome of the validation
	 * @param aliases where errors of derived properties are shown, e.g.
	 * {@code passwordRepeated} at the field {@code passwordRepeat}
	 */
	public static FormErrors of(BindingResult result, Map<String, String> aliases) {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		List<String> global = new ArrayList<>();
		for (ObjectError error : result.getAllErrors()) {
			String message = (error.getDefaultMessage() != null) ? error.getDefaultMessage() : error.getCode();
			if (error instanceof FieldError field) {
				String name = aliases.getOrDefault(field.getField(), field.getField());
				fields.computeIfAbsent(name, (k) -> new ArrayList<>()).add(message);
			}
			else {
				global.add(message);
			}
		}
		return new FormErrors(fields, global);
	}

	public boolean isEmpty() {
		return this.fields.isEmpty() && this.global.isEmpty();
	}

	public boolean has(String field) {
		return this.fields.containsKey(field);
	}

	/** The messages of one field, joined. */
	public String of(String field) {
		return String.join(" ", this.fields.getOrDefault(field, List.of()));
	}

}
