package be.lokaalcirculair.opendata;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads fiches in the API's shape: one fiche as {@code GET /api/v1/practices/{id}} gives
 * it, an array of such fiches, or a list with {@code items}. Each fiche becomes a row
 * with the columns of the export, so that the rest of the import treats JSON, CSV and
 * XLSX alike. An array is read one fiche at a time.
 */
final class JsonSource implements ImportSource {

	/** Every field of the API's fiche shapes; others are reported. */
	static final Set<String> FIELDS = Stream
		.concat(Arrays.stream(PracticeJson.class.getRecordComponents()),
				Arrays.stream(PracticeSummaryJson.class.getRecordComponents()))
		.map((component) -> component.getName())
		.collect(Collectors.toCollection(TreeSet::new));

	/** Fields the API derives (identity, addresses, location, times): not imported. */
	static final Set<String> DERIVED = Set.of("id", "slug", "url", "publishedAt", "updatedAt");

	/** Reads one fiche of an array at a time: what follows it is the next one. */
	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private final Path file;

	private final ImportMessages messages;

	JsonSource(Path file, ImportMessages messages) {
		this.file = file;
		this.messages = messages;
	}

	@Override
	public void read(Receiver receiver) throws IOException {
		try (InputStream in = Files.newInputStream(this.file); JsonParser parser = MAPPER.createParser(in)) {
			JsonToken first = parser.nextToken();
			if (first == JsonToken.START_ARRAY) {
				int number = 0;
				while (parser.nextToken() != JsonToken.END_ARRAY) {
					emit(++number, MAPPER.readTree(parser), receiver);
				}
			}
			else if (first == JsonToken.START_OBJECT) {
				JsonNode root = MAPPER.readTree(parser);
				if (root.path("items").isArray()) {
					int number = 0;
					for (JsonNode item : root.path("items")) {
						emit(++number, item, receiver);
					}
				}
				else {
					emit(1, root, receiver);
				}
			}
			else {
				throw new ImportRefused("import.file.json-shape", 0);
			}
		}
		catch (JacksonException ex) {
			throw new ImportRefused("import.file.json-malformed", 0,
					(ex.getLocation() != null) ? ex.getLocation().getLineNr() : 0);
		}
	}

	private void emit(int number, JsonNode fiche, Receiver receiver) {
		List<ImportIssue> problems = new ArrayList<>();
		Map<String, String> cells = cells(number, fiche, this.messages, false, problems);
		receiver.row(number, cells, problems);
	}

	/**
	 * One fiche in the API's shape as a row of the export's columns: the import's JSON
	 * reading, also used for the body of the write API.
	 * @param number the row's number, for the problems
	 * @param fiche the fiche
	 * @param ignoreUnknown whether fields that are not the API's are passed over rather
	 * than reported (the write API ignores them: see docs/api.md)
	 * @param problems where fields of the wrong shape (and unknown fields) are reported
	 * @return the cells by column name
	 */
	static Map<String, String> cells(int number, JsonNode fiche, ImportMessages messages, boolean ignoreUnknown,
			List<ImportIssue> problems) {
		Map<String, String> cells = new HashMap<>();
		if (!fiche.isObject()) {
			problems.add(ImportIssue.error(number, null, null, messages.text("import.json.not-a-fiche")));
			return cells;
		}
		for (Map.Entry<String, JsonNode> field : fiche.properties()) {
			if (!FIELDS.contains(field.getKey())) {
				if (!ignoreUnknown) {
					problems.add(ImportIssue.error(number, field.getKey(), null,
							messages.text("import.json.unknown-field")));
				}
			}
			else if (!DERIVED.contains(field.getKey()) && !field.getValue().isNull()
					&& !cell(field.getKey(), field.getValue(), cells)) {
				problems.add(ImportIssue.error(number, field.getKey(), field.getValue().toString(),
						messages.text("import.json.wrong-type")));
			}
		}
		return cells;
	}

	/** Puts a field into the row's cells; false when its value has the wrong shape. */
	private static boolean cell(String name, JsonNode value, Map<String, String> cells) {
		return switch (name) {
			case "leadOrganisation" -> lead(value, cells);
			case "municipalities" -> put(cells, FicheColumns.MUNICIPALITIES, joined(value, ";", "nisCode", "name"));
			case "results" -> put(cells, name, joined(value, "\n", "name", "value", "unit", "year"));
			case "links" -> put(cells, name, joined(value, "\n", "label", "url"));
			case "testimony" -> value.isObject() && put(cells, "testimonyQuote", scalar(value.path("quote")));
			case "location" -> value.isObject() && put(cells, FicheColumns.LOCATION, scalar(value.path("label")));
			case "partners", "fundingSources", "successFactors", "obstacles", "lessons", "steps" ->
				put(cells, name, joined(value, "\n"));
			case "themes", "strategies", "levers", "sdgs" -> put(cells, name, joined(value, ";"));
			default -> put(cells, name, scalar(value));
		};
	}

	private static boolean lead(JsonNode value, Map<String, String> cells) {
		if (value.isObject()) {
			put(cells, FicheColumns.LEAD_NAME, scalar(value.path("name")));
			return put(cells, FicheColumns.LEAD, scalar(value.path("slug")))
					|| cells.containsKey(FicheColumns.LEAD_NAME);
		}
		return put(cells, FicheColumns.LEAD, scalar(value));
	}

	/**
	 * The elements of an array in one cell: scalars as they are, objects as their fields
	 * in order joined with " | " (as the export writes results and links).
	 */
	private static String joined(JsonNode array, String separator, String... fields) {
		if (!array.isArray()) {
			return scalar(array);
		}
		List<String> parts = new ArrayList<>();
		for (JsonNode element : array) {
			String part = element.isObject() ? objectLine(element, fields) : scalar(element);
			if (part == null) {
				return null;
			}
			parts.add(part);
		}
		return String.join(separator, parts);
	}

	/** An object's fields as one line; for a municipality its code, else its name. */
	private static String objectLine(JsonNode element, String... fields) {
		if (fields.length == 0) {
			return null;
		}
		if (fields[0].equals("nisCode")) {
			String code = scalar(element.path("nisCode"));
			return (code != null && !code.isEmpty()) ? code : scalar(element.path("name"));
		}
		List<String> values = new ArrayList<>();
		for (String field : fields) {
			String value = scalar(element.path(field));
			values.add((value != null) ? value : "");
		}
		while (!values.isEmpty() && values.get(values.size() - 1).isEmpty()) {
			values.remove(values.size() - 1);
		}
		return String.join(" | ", values);
	}

	private static String scalar(JsonNode value) {
		if (value.isString() || value.isBoolean()) {
			return value.asString();
		}
		if (value.isNumber()) {
			return value.decimalValue().stripTrailingZeros().toPlainString();
		}
		return value.isMissingNode() || value.isNull() ? "" : null;
	}

	private static boolean put(Map<String, String> cells, String column, String value) {
		if (value == null) {
			return false;
		}
		if (!value.isBlank()) {
			cells.put(column, value);
		}
		return true;
	}

}
