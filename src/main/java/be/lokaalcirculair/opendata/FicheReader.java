package be.lokaalcirculair.opendata;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

import be.lokaalcirculair.organisation.Organisation;
import be.lokaalcirculair.organisation.Organisations;
import be.lokaalcirculair.practice.PracticeForm;
import be.lokaalcirculair.practice.PracticeImport;
import be.lokaalcirculair.shared.taxonomy.TargetGroup;
import be.lokaalcirculair.shared.text.Slugs;

/**
 * Turns one row (its cells by export column) into a fiche form and what the fiche has
 * beyond it, and checks it with the fiche form's own validation. Municipalities are found
 * by NIS code or name, also of before the 2025 mergers; the lead organisation by a
 * municipality's NIS code, a slug or its exact name. What cannot be found, or is
 * ambiguous, is reported at its column: never guessed. One reader serves one import, and
 * remembers what it looked up.
 */
final class FicheReader {

	/**
	 * What separates the values of a list in a cell: ";" as the export writes, "," or a
	 * new line as people do.
	 */
	static final java.util.regex.Pattern LIST = java.util.regex.Pattern.compile("[;,\\n]");

	private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("\\d+\\.\\d+"),
			THOUSANDS = java.util.regex.Pattern.compile("\\d{1,3}(\\.\\d{3})+"),
			CODE = java.util.regex.Pattern.compile("\\d{5}");

	private final Organisations organisations;

	private final PracticeImport practices;

	private final ImportMessages messages;

	private final Map<String, List<String>> municipalities = new HashMap<>();

	private final Map<String, Object> leads = new HashMap<>();

	FicheReader(Organisations organisations, PracticeImport practices, ImportMessages messages) {
		this.organisations = organisations;
		this.practices = practices;
		this.messages = messages;
	}

	/**
	 * A fiche read from a row.
	 *
	 * @param row the row's number
	 * @param form the fiche form's fields
	 * @param leadOrganisationId the organisation it belongs to, or {@code null} when
	 * unknown
	 * @param validated whether it is published as validated by the person importing
	 * @param lastReviewedAt when it was last found current, or {@code null}
	 * @param provenance where it came from, or {@code null} when the file does not say
	 * @param demo whether it is a demo fiche
	 */
	record Fiche(int row, PracticeForm form, Long leadOrganisationId, boolean validated, LocalDate lastReviewedAt,
			String provenance, boolean demo) {
	}

	/**
	 * Reads a row, adding every problem to {@code issues}; with {@code validate}, also
	 * checks the fiche as its form would (otherwise the writing checks it: see
	 * {@link #report}).
	 */
	Fiche read(int row, Map<String, String> cells, List<ImportIssue> issues, boolean validate) {
		Set<String> reported = new HashSet<>();
		Cells in = new Cells(row, cells, issues, reported);
		String municipalityColumn = in.has(FicheColumns.MUNICIPALITIES) ? FicheColumns.MUNICIPALITIES
				: FicheColumns.MUNICIPALITY_NAMES;
		String codes = municipalities(in, municipalityColumn);
		Long lead = lead(in);
		String language = in.text("language").isEmpty() ? "nl" : in.text("language").toLowerCase(Locale.ROOT);
		if (!language.equals("nl") && !language.equals("en")) {
			in.invalid("language");
		}
		if (in.has("targetGroup") && TargetGroup.fromCode(in.text("targetGroup")).isEmpty()) {
			in.invalid("targetGroup");
		}
		PracticeForm form = new PracticeForm(in.text("title"), in.text("summary"), in.text("description"), language,
				in.text("status"), in.text("startDate"), in.text("endDate"), budget(in.text("budgetEur")),
				in.text("staffEffort"), in.text("targetGroup"), codes, in.codes("themes"), in.codes("strategies"),
				in.codes("levers"), in.codes("sdgs"), in.text("partners"), in.text("fundingSources"),
				in.text("results"), in.text("successFactors"), in.text("obstacles"), in.text("lessons"),
				in.text("steps"), in.text("links"), in.text("testimonyQuote"), "", "", "", "", "");
		if (validate) {
			report(this.practices.check(form), row, cells, issues);
		}
		return new Fiche(row, form, lead, in.bool(FicheColumns.VALIDATED, true), in.date(FicheColumns.LAST_REVIEWED),
				in.has(FicheColumns.PROVENANCE) ? in.text(FicheColumns.PROVENANCE) : null,
				in.bool(FicheColumns.DEMO, false));
	}

	/**
	 * The form's own errors, at the column they belong to (one per column, and none where
	 * the reading already found one).
	 */
	void report(BindingResult errors, int row, Map<String, String> cells, List<ImportIssue> issues) {
		Cells in = new Cells(row, cells, issues, new HashSet<>());
		issues.forEach((issue) -> in.reported.add(issue.field()));
		String municipalityColumn = in.has(FicheColumns.MUNICIPALITIES) ? FicheColumns.MUNICIPALITIES
				: FicheColumns.MUNICIPALITY_NAMES;
		for (FieldError error : errors.getFieldErrors()) {
			String column = error.getField().equals("municipalities") ? municipalityColumn : error.getField();
			if (in.reported.add(column)) {
				in.issues.add(ImportIssue.error(in.row, column, in.text(column),
						(error.getDefaultMessage() != null) ? error.getDefaultMessage() : error.getCode()));
			}
		}
	}

	/** The NIS codes of the row's municipalities, each found by code or name. */
	private String municipalities(Cells in, String column) {
		Set<String> codes = new LinkedHashSet<>();
		for (String part : LIST.split(in.text(column))) {
			if (part.isBlank()) {
				continue;
			}
			List<String> candidates = this.municipalities.computeIfAbsent(part.strip().toLowerCase(Locale.ROOT),
					(key) -> this.organisations.municipalityCandidates(part));
			if (candidates.size() == 1) {
				codes.add(candidates.get(0));
			}
			else if (in.reported.add(column)) {
				in.issues.add(ImportIssue.error(in.row, column, part.strip(), candidates.isEmpty()
						? this.messages.text("import.row.unknown-municipality", part.strip())
						: this.messages.text("import.row.ambiguous-municipality", part.strip(), describe(candidates))));
			}
		}
		return String.join(", ", first(codes, in.text(FicheColumns.LOCATION)));
	}

	/**
	 * The codes with first the municipality named by the location (the export lists
	 * municipalities by name; a fiche is located at its first one).
	 */
	private List<String> first(Set<String> codes, String location) {
		List<String> ordered = new ArrayList<>(codes);
		if (!location.isEmpty()) {
			ordered.stream()
				.filter((code) -> this.organisations.municipality(code)
					.map((m) -> m.getName().equals(location))
					.orElse(false))
				.findFirst()
				.ifPresent((code) -> {
					ordered.remove(code);
					ordered.add(0, code);
				});
		}
		return ordered;
	}

	private String describe(List<String> codes) {
		return codes.stream()
			.map((code) -> this.organisations.municipality(code)
				.map((m) -> code + " (" + m.getName() + ")")
				.orElse(code))
			.collect(Collectors.joining(", "));
	}

	/**
	 * The lead organisation: by code, slug or name in one column, or by exact name in the
	 * other.
	 */
	private Long lead(Cells in) {
		String column = in.has(FicheColumns.LEAD) ? FicheColumns.LEAD : FicheColumns.LEAD_NAME;
		String value = in.text(column);
		if (value.isEmpty()) {
			in.reported.add(FicheColumns.LEAD);
			in.issues.add(
					ImportIssue.error(in.row, FicheColumns.LEAD, null, this.messages.text("import.row.lead-required")));
			return null;
		}
		Object found = this.leads.computeIfAbsent(column + "|" + value,
				(key) -> findLead(value, column.equals(FicheColumns.LEAD)));
		if (found instanceof Long id) {
			return id;
		}
		in.reported.add(column);
		in.issues.add(ImportIssue.error(in.row, column, value, (String) found));
		return null;
	}

	/** The organisation's id, or the message why there is none. */
	private Object findLead(String value, boolean codeOrSlug) {
		if (codeOrSlug && CODE.matcher(value).matches()) {
			return this.organisations.organisationOfMunicipality(value)
				.<Object>map(Organisation::getId)
				.orElseGet(() -> this.messages.text("import.row.unknown-lead", value));
		}
		if (codeOrSlug && Slugs.isWellFormed(value)) {
			Optional<Organisation> bySlug = this.organisations.organisation(value);
			if (bySlug.isPresent()) {
				return bySlug.get().getId();
			}
		}
		List<Organisation> named = this.organisations.organisationsNamed(value);
		if (named.size() == 1) {
			return named.get(0).getId();
		}
		return named.isEmpty() ? this.messages.text("import.row.unknown-lead", value)
				: this.messages.text("import.row.ambiguous-lead", value,
						named.stream().map(Organisation::getSlug).collect(Collectors.joining(", ")));
	}

	/**
	 * An amount as the form reads it: the export writes a decimal point ("12.5"), the
	 * form reads Dutch ("12,5", "186.000"); groups of three after points are thousands.
	 */
	static String budget(String text) {
		String value = text.strip().replace(" ", "");
		if (DECIMAL.matcher(value).matches() && !THOUSANDS.matcher(value).matches()) {
			return value.replace('.', ',');
		}
		return value;
	}

	/** The cells of one row, read the way their columns need, with what went wrong. */
	private final class Cells {

		private final int row;

		private final Map<String, String> values;

		private final List<ImportIssue> issues;

		private final Set<String> reported;

		Cells(int row, Map<String, String> values, List<ImportIssue> issues, Set<String> reported) {
			this.row = row;
			this.values = values;
			this.issues = issues;
			this.reported = reported;
		}

		boolean has(String column) {
			return !text(column).isEmpty();
		}

		String text(String column) {
			String value = this.values.get(column);
			return (value == null) ? "" : value.strip();
		}

		List<String> codes(String column) {
			return Arrays.stream(LIST.split(text(column))).map(String::strip).filter((s) -> !s.isEmpty()).toList();
		}

		boolean bool(String column, boolean otherwise) {
			String value = text(column).toLowerCase(Locale.ROOT);
			return switch (value) {
				case "" -> otherwise;
				case "true", "waar", "ja", "yes", "1" -> true;
				case "false", "onwaar", "nee", "no", "0" -> false;
				default -> {
					invalid(column);
					yield otherwise;
				}
			};
		}

		LocalDate date(String column) {
			if (!has(column)) {
				return null;
			}
			try {
				return LocalDate.parse(text(column));
			}
			catch (DateTimeParseException ex) {
				if (this.reported.add(column)) {
					this.issues.add(ImportIssue.error(this.row, column, text(column),
							FicheReader.this.messages.text("practice.form.date")));
				}
				return null;
			}
		}

		void invalid(String column) {
			if (this.reported.add(column)) {
				this.issues.add(ImportIssue.error(this.row, column, text(column),
						FicheReader.this.messages.text("form.invalid")));
			}
		}

	}

}
