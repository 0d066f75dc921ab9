package be.lokaalcirculair.opendata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A column mapping for a CSV or XLSX file that does not have the export's columns (an
 * inventory kept elsewhere): which of the file's columns fill which column of the export,
 * how their values become codes, and which values are fixed. It is a small JSON document
 * (described in docs/operations.md):
 *
 * <pre>
 * {"columns": {"title": {"from": "Title", "maxLength": 120},
 *              "themes": {"from": ["Key Area", "Sector"], "split": ",",
 *                         "values": {"Food": "voeding"}, "otherwise": "afval-en-materialen"},
 *              "levers": {"from": "Sector", "values": {"Research": "kennis-en-vorming"}, "others": "ignore"},
 *              "status": {"value": "lopend"}},
 *  "ignore": ["Country"]}
 * </pre>
 *
 * What it could not map is counted and reported as notes: the file's columns it did not
 * read, values without a code, texts it shortened, defaults it used.
 */
final class ColumnMapping {

	/** The longest mapping accepted, in characters. */
	static final int MAX_LENGTH = 100_000;

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final List<Target> targets;

	private final Set<String> ignored;

	private final Map<String, Integer> unmapped = new TreeMap<>();

	private final Map<String, Integer> shortened = new TreeMap<>();

	private final Map<String, Integer> defaulted = new TreeMap<>();

	private final List<String> unread = new ArrayList<>();

	private ColumnMapping(List<Target> targets, Set<String> ignored) {
		this.targets = targets;
		this.ignored = ignored;
	}

	/**
	 * One column of the export and how to fill it.
	 *
	 * @param column the export's column
	 * @param from the file's columns it is read from (empty with a fixed value)
	 * @param value the fixed value, or {@code null}
	 * @param split what separates several values in one cell, or {@code null}
	 * @param values translations of values (lower-cased) into codes, or {@code null} to
	 * keep values as they are; a translation may hold several codes separated by ";"
	 * @param otherwise the value when none is found, or {@code null}
	 * @param maxLength the longest text, shortened at a word, or {@code null}
	 * @param format a pattern for each value, with {@code {value}}, or {@code null}
	 * @param reportOthers whether values without a translation are reported (or left out
	 * silently, for a column that only picks some values)
	 */
	record Target(String column, List<String> from, String value, String split, Map<String, String> values,
			String otherwise, Integer maxLength, String format, boolean reportOthers) {
	}

	/** Reads a mapping, refusing one that names columns the export does not have. */
	static ColumnMapping parse(String json) {
		if (json.length() > MAX_LENGTH) {
			throw new ImportRefused("import.mapping.invalid", 0, "> " + MAX_LENGTH);
		}
		JsonNode root;
		try {
			root = MAPPER.readTree(json);
		}
		catch (JacksonException ex) {
			throw new ImportRefused("import.mapping.invalid", 0, ex.getOriginalMessage());
		}
		if (!root.path("columns").isObject()) {
			throw new ImportRefused("import.mapping.invalid", 0, "columns");
		}
		List<Target> targets = new ArrayList<>();
		for (Map.Entry<String, JsonNode> entry : root.path("columns").properties()) {
			targets.add(target(entry.getKey(), entry.getValue()));
		}
		Set<String> ignored = new LinkedHashSet<>();
		root.path("ignore").valueStream().forEach((name) -> ignored.add(name.asString()));
		return new ColumnMapping(List.copyOf(targets), ignored);
	}

	private static Target target(String column, JsonNode spec) {
		if (!FicheColumns.isRead(column) || !spec.isObject()) {
			throw new ImportRefused("import.mapping.unknown-target", 0, column);
		}
		List<String> from = new ArrayList<>();
		if (spec.path("from").isArray()) {
			spec.path("from").valueStream().forEach((name) -> from.add(name.asString()));
		}
		else if (spec.path("from").isString()) {
			from.add(spec.path("from").asString());
		}
		String value = text(spec, "value");
		if (from.isEmpty() == (value == null)) {
			throw new ImportRefused("import.mapping.invalid", 0, column);
		}
		Map<String, String> values = null;
		if (spec.path("values").isObject()) {
			values = new LinkedHashMap<>();
			for (Map.Entry<String, JsonNode> pair : spec.path("values").properties()) {
				values.put(pair.getKey().strip().toLowerCase(Locale.ROOT), pair.getValue().asString());
			}
		}
		Integer maxLength = spec.path("maxLength").isInt() ? spec.path("maxLength").asInt() : null;
		return new Target(column, List.copyOf(from), value, text(spec, "split"), values, text(spec, "otherwise"),
				maxLength, text(spec, "format"), !"ignore".equals(text(spec, "others")));
	}

	private static String text(JsonNode spec, String field) {
		return spec.path(field).isString() ? spec.path(field).asString() : null;
	}

	/** The export's columns this mapping fills. */
	List<String> columns() {
		return this.targets.stream().map(Target::column).toList();
	}

	/**
	 * Takes the file's header: refuses it when a column the mapping reads is missing, and
	 * remembers which of its columns the mapping leaves unread.
	 */
	void header(List<String> header) {
		List<String> missing = new ArrayList<>();
		Set<String> used = new LinkedHashSet<>();
		this.targets.forEach((target) -> used.addAll(target.from()));
		used.stream().filter((name) -> !header.contains(name)).forEach(missing::add);
		if (!missing.isEmpty()) {
			throw new ImportRefused("import.mapping.missing-column", 0, String.join(", ", missing));
		}
		header.stream().filter((name) -> !name.isEmpty() && !used.contains(name)).forEach(this.unread::add);
	}

	/** The row with the export's columns, filled from the file's. */
	Map<String, String> apply(Map<String, String> source) {
		Map<String, String> cells = new LinkedHashMap<>();
		for (Target target : this.targets) {
			String value = fill(target, source);
			if (!value.isEmpty()) {
				cells.put(target.column(), value);
			}
		}
		return cells;
	}

	private String fill(Target target, Map<String, String> source) {
		Set<String> parts = new LinkedHashSet<>();
		if (target.value() != null) {
			parts.add(target.value());
		}
		for (String column : target.from()) {
			for (String part : parts(source.get(column), target.split())) {
				translate(target, column, part, parts);
			}
		}
		String value = String.join(FicheColumns.separator(target.column()), parts);
		if (value.isEmpty() && target.otherwise() != null) {
			this.defaulted.merge(target.column() + "\u0000" + target.otherwise(), 1, Integer::sum);
			value = target.otherwise();
		}
		if (target.maxLength() != null && value.length() > target.maxLength()) {
			this.shortened.merge(target.column() + "\u0000" + target.maxLength(), 1, Integer::sum);
			value = shorten(value, target.maxLength());
		}
		return value;
	}

	private static List<String> parts(String cell, String split) {
		if (cell == null || cell.isBlank()) {
			return List.of();
		}
		if (split == null) {
			return List.of(cell.strip());
		}
		return java.util.Arrays.stream(cell.split(Pattern.quote(split)))
			.map(String::strip)
			.filter((part) -> !part.isEmpty())
			.toList();
	}

	private void translate(Target target, String column, String part, Set<String> parts) {
		if (target.values() == null) {
			parts.add((target.format() != null) ? target.format().replace("{value}", part) : part);
			return;
		}
		String codes = target.values().get(part.toLowerCase(Locale.ROOT));
		if (codes == null) {
			if (!target.reportOthers()) {
				return;
			}
			this.unmapped.merge(target.column() + "\u0000" + column + "\u0000" + part, 1, Integer::sum);
			return;
		}
		for (String code : codes.split(";")) {
			if (!code.isBlank()) {
				parts.add(code.strip());
			}
		}
	}

	/** A text cut to at most {@code max} characters at a word, ending in "…". */
	static String shorten(String text, int max) {
		String cut = text.substring(0, max - 1);
		int space = cut.lastIndexOf(' ');
		if (space > max / 2) {
			cut = cut.substring(0, space);
		}
		return cut.stripTrailing() + "…";
	}

	/** What the mapping could not map, as notes for the report. */
	List<ImportIssue> notes(ImportMessages messages) {
		List<ImportIssue> notes = new ArrayList<>();
		List<String> ignoredHere = this.unread.stream().filter(this.ignored::contains).toList();
		List<String> unknown = this.unread.stream().filter((name) -> !this.ignored.contains(name)).toList();
		if (!unknown.isEmpty()) {
			notes.add(ImportIssue.note(0, null, messages.text("import.mapping.unread", String.join(", ", unknown))));
		}
		if (!ignoredHere.isEmpty()) {
			notes.add(
					ImportIssue.note(0, null, messages.text("import.mapping.ignored", String.join(", ", ignoredHere))));
		}
		this.unmapped.forEach((key, count) -> {
			String[] parts = key.split("\u0000");
			notes.add(ImportIssue.note(0, parts[0],
					messages.text("import.mapping.unmapped", parts[2], parts[1], count, parts[0])));
		});
		this.defaulted.forEach((key, count) -> {
			String[] parts = key.split("\u0000");
			notes.add(ImportIssue.note(0, parts[0],
					messages.text("import.mapping.defaulted", parts[1], count, parts[0])));
		});
		this.shortened.forEach((key, count) -> {
			String[] parts = key.split("\u0000");
			notes.add(ImportIssue.note(0, parts[0],
					messages.text("import.mapping.shortened", parts[1], count, parts[0])));
		});
		return notes;
	}

}
