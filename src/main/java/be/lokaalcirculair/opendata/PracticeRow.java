package be.lokaalcirculair.opendata;

import java.util.List;

import be.lokaalcirculair.organisation.Municipality;
import be.lokaalcirculair.organisation.Organisation;
import be.lokaalcirculair.practice.Practice;
import be.lokaalcirculair.practice.ResultIndicator;
import be.lokaalcirculair.shared.taxonomy.Terms;

import static be.lokaalcirculair.opendata.ExportColumn.Kind.BOOLEAN;
import static be.lokaalcirculair.opendata.ExportColumn.Kind.CODE;
import static be.lokaalcirculair.opendata.ExportColumn.Kind.CODES;
import static be.lokaalcirculair.opendata.ExportColumn.Kind.DATE;
import static be.lokaalcirculair.opendata.ExportColumn.Kind.LINES;
import static be.lokaalcirculair.opendata.ExportColumn.Kind.NAMES;
import static be.lokaalcirculair.opendata.ExportColumn.Kind.NUMBER;
import static be.lokaalcirculair.opendata.ExportColumn.Kind.TEXT;
import static be.lokaalcirculair.opendata.ExportColumn.Kind.TIMESTAMP;

/**
 * A published fiche with what its export row needs, and the columns of the fiche export.
 * The column names are those of the API's fiche (flattened), so that CSV, XLSX and JSON
 * speak one vocabulary. Personal data has no column: no contact person, no author, no
 * editor, no moderation comment, no name of a quoted person.
 *
 * @param practice the fiche
 * @param lead its lead organisation, or {@code null}
 * @param municipalities its municipalities of 2025 (pre-2025 codes resolved)
 * @param baseUrl the site's address, for the fiche's link
 */
record PracticeRow(Practice practice, Organisation lead, List<Municipality> municipalities, String baseUrl) {

	/** The name of the table, in message keys and sheet names. */
	static final String TABLE = "practice";

	/** The columns, in order. Add new ones at the end; never rename one. */
	static final List<ExportColumn<PracticeRow>> COLUMNS = List.of(column("id", NUMBER, (r) -> r.practice.getId()),
			column("slug", CODE, (r) -> r.practice.getSlug()),
			column("url", TEXT, (r) -> r.baseUrl + "/praktijken/" + r.practice.getSlug()),
			column("title", TEXT, (r) -> r.practice.getTitle()),
			column("summary", TEXT, (r) -> r.practice.getSummary()),
			column("description", TEXT, (r) -> r.practice.getDescription()),
			column("language", CODE, (r) -> r.practice.getLanguage()),
			column("leadOrganisationId", NUMBER, (r) -> (r.lead != null) ? r.lead.getId() : null),
			column("leadOrganisationSlug", CODE, (r) -> (r.lead != null) ? r.lead.getSlug() : null),
			column("leadOrganisationName", TEXT, (r) -> (r.lead != null) ? r.lead.getName() : null),
			column("municipalities", CODES, (r) -> r.municipalities.stream().map(Municipality::getNisCode).toList()),
			column("municipalityNames", NAMES, (r) -> r.municipalities.stream().map(Municipality::getName).toList()),
			column("partners", LINES, (r) -> r.practice.getPartners()),
			column("themes", CODES, (r) -> Terms.codes(r.practice.getThemes())),
			column("strategies", CODES, (r) -> Terms.codes(r.practice.getStrategies())),
			column("levers", CODES, (r) -> Terms.codes(r.practice.getLevers())),
			column("sdgs", CODES, (r) -> r.practice.getSdgs()),
			column("status", CODE, (r) -> r.practice.getStatus().code()),
			column("startDate", DATE, (r) -> r.practice.getStartDate()),
			column("endDate", DATE, (r) -> r.practice.getEndDate()),
			column("budgetEur", NUMBER, (r) -> r.practice.getBudgetEur()),
			column("staffEffort", TEXT, (r) -> r.practice.getStaffEffort()),
			column("fundingSources", LINES, (r) -> r.practice.getFundingSources()),
			column("results", LINES, (r) -> r.practice.getResults().stream().map(PracticeRow::result).toList()),
			column("successFactors", LINES, (r) -> r.practice.getSuccessFactors()),
			column("obstacles", LINES, (r) -> r.practice.getObstacles()),
			column("lessons", LINES, (r) -> r.practice.getLessons()),
			column("steps", LINES, (r) -> r.practice.getSteps()),
			column("targetGroup", CODE,
					(r) -> (r.practice.getTargetGroup() != null) ? r.practice.getTargetGroup().code() : null),
			column("locationLabel", TEXT, (r) -> r.practice.getLocationLabel()),
			column("latitude", NUMBER, (r) -> r.practice.getLatitude()),
			column("longitude", NUMBER, (r) -> r.practice.getLongitude()),
			column("links", LINES,
					(r) -> r.practice.getLinks().stream().map((link) -> link.label() + " | " + link.url()).toList()),
			column("testimonyQuote", TEXT,
					(r) -> (r.practice.getTestimony() != null) ? r.practice.getTestimony().quote() : null),
			column("validated", BOOLEAN, (r) -> r.practice.getValidatedAt() != null),
			column("lastReviewedAt", DATE, (r) -> r.practice.getLastReviewedAt()),
			column("provenance", TEXT, (r) -> r.practice.getProvenance()),
			column("demo", BOOLEAN, (r) -> r.practice.isDemo()),
			column("publishedAt", TIMESTAMP, (r) -> r.practice.getPublishedAt()),
			column("updatedAt", TIMESTAMP, (r) -> r.practice.getUpdatedAt()));

	/** A result as the fiche form writes it: "name | value | unit | year". */
	static String result(ResultIndicator indicator) {
		return indicator.name() + " | " + indicator.amount().stripTrailingZeros().toPlainString() + " | "
				+ indicator.unit() + ((indicator.year() != null) ? " | " + indicator.year() : "");
	}

	private static ExportColumn<PracticeRow> column(String name, ExportColumn.Kind kind,
			java.util.function.Function<PracticeRow, Object> value) {
		return new ExportColumn<>(name, kind, value);
	}

}
