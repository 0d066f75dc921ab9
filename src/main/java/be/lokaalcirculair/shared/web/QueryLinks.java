package be.lokaalcirculair.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Builds links to the current listing with one thing changed (another page, a filter
 * value added or removed), keeping everything else of the query, so that every state of a
 * listing has its own shareable URL.
 */
public final class QueryLinks {

	/** The query parameter of the page number, counted from 1. */
	public static final String PAGE = "pagina";

	private final String path;

	private final MultiValueMap<String, String> parameters;

	private QueryLinks(String path, MultiValueMap<String, String> parameters) {
		this.path = path;
		this.parameters = parameters;
	}

	/** Links relative to the current request. */
	public static QueryLinks of(HttpServletRequest request) {
		MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
		for (Map.Entry<String, String[]> entry : request.getParameterMap().entrySet()) {
			if (!"lang".equals(entry.getKey())) {
				parameters.put(entry.getKey(), new ArrayList<>(List.of(entry.getValue())));
			}
		}
		return new QueryLinks(request.getRequestURI(), parameters);
	}

	/** This listing at another page. */
	public String page(int number) {
		MultiValueMap<String, String> changed = copy();
		changed.remove(PAGE);
		if (number > 1) {
			changed.add(PAGE, String.valueOf(number));
		}
		return build(changed);
	}

	/** This listing, back at page 1, without one value of a parameter. */
	public String without(String name, String value) {
		MultiValueMap<String, String> changed = copy();
		changed.remove(PAGE);
		List<String> values = changed.get(name);
		if (values != null) {
			values.remove(value);
			if (values.isEmpty()) {
				changed.remove(name);
			}
		}
		return build(changed);
	}

	/** This listing, back at page 1, with one more value of a parameter. */
	public String and(String name, String value) {
		MultiValueMap<String, String> changed = copy();
		changed.remove(PAGE);
		changed.add(name, value);
		return build(changed);
	}

	/** This listing, back at page 1, with the parameter set to this one value only. */
	public String with(String name, String value) {
		MultiValueMap<String, String> changed = copy();
		changed.remove(PAGE);
		changed.put(name, new ArrayList<>(List.of(value)));
		return build(changed);
	}

	/** Whether the parameter has this value. */
	public boolean has(String name, String value) {
		List<String> values = this.parameters.get(name);
		return values != null && values.contains(value);
	}

	/** The first value of a parameter, or an empty string. */
	public String value(String name) {
		String value = this.parameters.getFirst(name);
		return (value != null) ? value : "";
	}

	private MultiValueMap<String, String> copy() {
		MultiValueMap<String, String> copy = new LinkedMultiValueMap<>();
		this.parameters.forEach((key, values) -> copy.put(key, new ArrayList<>(values)));
		return copy;
	}

	private String build(MultiValueMap<String, String> parameters) {
		return UriComponentsBuilder.fromPath(this.path).queryParams(parameters).build().encode().toUriString();
	}

}
