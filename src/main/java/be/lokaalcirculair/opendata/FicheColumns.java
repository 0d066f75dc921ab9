package be.lokaalcirculair.opendata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import be.lokaalcirculair.opendata.ExportColumn.Kind;
import be.lokaalcirculair.practice.PracticeForm;

/**
 * How the import reads the columns of the fiche export, so that an exported file comes
 * back as the same fiches. The columns themselves (names and kinds) are the export's
 * ({@link PracticeRow#COLUMNS}, one definition for both directions); here is only what
 * the import does with each: most set the field of the fiche form with the same name, a
 * few say whom the fiche belongs to and where it came from, and the rest the export
 * derives (identifiers, addresses, the location, times), which the import leaves alone.
 */
final class FicheColumns {

	static final String LEAD = "leadOrganisationSlug", LEAD_NAME = "leadOrganisationName",
			MUNICIPALITIES = "municipalities", MUNICIPALITY_NAMES = "municipalityNames", VALIDATED = "validated",
			LAST_REVIEWED = "lastReviewedAt", PROVENANCE = "provenance", DEMO = "demo", LOCATION = "locationLabel";

	/** Columns the import reads besides those of the form. */
	static final Set<String> FICHE_DETAILS = Set.of(LEAD, LEAD_NAME, MUNICIPALITY_NAMES, VALIDATED, LAST_REVIEWED,
			PROVENANCE, DEMO);

	/**
	 * Columns the export derives; an import does not set them (the location follows from
	 * the first municipality, and only tells which municipality that is).
	 */
	static final Set<String> DERIVED = Set.of("id", "slug", "url", "leadOrganisationId", "locationLabel", "latitude",
			"longitude", "publishedAt", "updatedAt");

	/** The fields of the fiche form, by name. */
	static final Set<String> FORM_FIELDS = Arrays.stream(PracticeForm.class.getRecordComponents())
		.map((component) -> component.getName())
		.collect(Collectors.toUnmodifiableSet());

	/** Every column of the export with what its cells hold, in the export's order. */
	static final Map<String, Kind> KINDS = kinds();

	private FicheColumns() {
	}

	private static Map<String, Kind> kinds() {
		Map<String, Kind> kinds = new LinkedHashMap<>();
		PracticeRow.COLUMNS.forEach((column) -> kinds.put(column.name(), column.kind()));
		return java.util.Collections.unmodifiableMap(kinds);
	}

	static boolean isKnown(String column) {
		return KINDS.containsKey(column);
	}

	/**
	 * Whether the import reads the column (rather than leaving a derived value alone).
	 */
	static boolean isRead(String column) {
		return isKnown(column) && !DERIVED.contains(column);
	}

	/**
	 * The required columns a header lacks: a title, a summary, a status, themes, the
	 * municipalities (codes or names) and the lead organisation (slug, code or name).
	 */
	static List<String> missing(Collection<String> header) {
		List<String> missing = new ArrayList<>();
		for (String column : List.of("title", "summary", "status", "themes")) {
			if (!header.contains(column)) {
				missing.add(column);
			}
		}
		if (!header.contains(MUNICIPALITIES) && !header.contains(MUNICIPALITY_NAMES)) {
			missing.add(MUNICIPALITIES);
		}
		if (!header.contains(LEAD) && !header.contains(LEAD_NAME)) {
			missing.add(LEAD);
		}
		return missing;
	}

	/** What separates the values of a list in a cell of this column. */
	static String separator(String column) {
		Kind kind = KINDS.get(column);
		if (kind == Kind.LINES) {
			return "\n";
		}
		return (kind == Kind.CODES || kind == Kind.NAMES) ? ";" : " ";
	}

}
