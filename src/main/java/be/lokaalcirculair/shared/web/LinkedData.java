package be.lokaalcirculair.shared.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * A schema.org description of a page as JSON-LD, ready to be placed in a
 * {@code <script type="application/ld+json">} element. Properties are added in order;
 * empty values are left out, so that callers can add optional facts without checks.
 */
public final class LinkedData {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Map<String, Object> properties = new LinkedHashMap<>();

	private LinkedData(String type) {
		this.properties.put("@type", type);
	}

	/** A document of this schema.org type, with the schema.org context. */
	public static LinkedData document(String type) {
		LinkedData data = new LinkedData(type);
		Map<String, Object> withContext = new LinkedHashMap<>();
		withContext.put("@context", "https://schema.org");
		withContext.putAll(data.properties);
		data.properties.clear();
		data.properties.putAll(withContext);
		return data;
	}

	/** A nested node of this schema.org type. */
	public static LinkedData node(String type) {
		return new LinkedData(type);
	}

	/**
	 * Adds a property; {@code null}, blank strings and empty collections are left out.
	 * @param name the schema.org property
	 * @param value a string, number, boolean, {@link LinkedData} node or a collection of
	 * those
	 * @return this
	 */
	public LinkedData with(String name, Object value) {
		if (value == null || (value instanceof String text && text.isBlank())
				|| (value instanceof Collection<?> values && values.isEmpty())) {
			return this;
		}
		this.properties.put(name, (value instanceof Collection<?> values)
				? values.stream().map(LinkedData::plain).toList() : plain(value));
		return this;
	}

	private static Object plain(Object value) {
		return (value instanceof LinkedData node) ? node.properties : value;
	}

	/**
	 * The JSON text, safe inside a {@code script} element: {@code <}, {@code >} and
	 * {@code &} are written as Unicode escapes, so that no text can close the element.
	 */
	public String toScript() {
		return JSON.writeValueAsString(this.properties)
			.replace("<", "\\u003c")
			.replace(">", "\\u003e")
			.replace("&", "\\u0026");
	}

}
