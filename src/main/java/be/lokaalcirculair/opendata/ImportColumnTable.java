package be.lokaalcirculair.opendata;

import java.util.List;

/**
 * TEMPORARY: the names and kinds of the fiche export's columns, until the export's own
 * column definition is merged; then the import reads that one.
 */
final class ImportColumnTable {

	enum CellKind {

		TEXT, CODE, CODES, NAMES, LINES, NUMBER, DATE, TIMESTAMP, BOOLEAN

	}

	record Column(String name, CellKind kind) {
	}

	static final List<Column> COLUMNS = List.of(new Column("id", CellKind.NUMBER), new Column("slug", CellKind.CODE),
			new Column("url", CellKind.TEXT), new Column("title", CellKind.TEXT), new Column("summary", CellKind.TEXT),
			new Column("description", CellKind.TEXT), new Column("language", CellKind.CODE),
			new Column("leadOrganisationId", CellKind.NUMBER), new Column("leadOrganisationSlug", CellKind.CODE),
			new Column("leadOrganisationName", CellKind.TEXT), new Column("municipalities", CellKind.CODES),
			new Column("municipalityNames", CellKind.NAMES), new Column("partners", CellKind.LINES),
			new Column("themes", CellKind.CODES), new Column("strategies", CellKind.CODES),
			new Column("levers", CellKind.CODES), new Column("sdgs", CellKind.CODES),
			new Column("status", CellKind.CODE), new Column("startDate", CellKind.DATE),
			new Column("endDate", CellKind.DATE), new Column("budgetEur", CellKind.NUMBER),
			new Column("staffEffort", CellKind.TEXT), new Column("fundingSources", CellKind.LINES),
			new Column("results", CellKind.LINES), new Column("successFactors", CellKind.LINES),
			new Column("obstacles", CellKind.LINES), new Column("lessons", CellKind.LINES),
			new Column("steps", CellKind.LINES), new Column("targetGroup", CellKind.CODE),
			new Column("locationLabel", CellKind.TEXT), new Column("latitude", CellKind.NUMBER),
			new Column("longitude", CellKind.NUMBER), new Column("links", CellKind.LINES),
			new Column("testimonyQuote", CellKind.TEXT), new Column("validated", CellKind.BOOLEAN),
			new Column("lastReviewedAt", CellKind.DATE), new Column("provenance", CellKind.TEXT),
			new Column("demo", CellKind.BOOLEAN), new Column("publishedAt", CellKind.TIMESTAMP),
			new Column("updatedAt", CellKind.TIMESTAMP));

	private ImportColumnTable() {
	}

	/** TEMPORARY stand-in for the export's cell safety: undoes the formula mark. */
	static String restore(String cell) {
		if (cell == null || cell.length() < 2 || cell.charAt(0) != '\'') {
			return cell;
		}
		int index = 1;
		while (index < cell.length() && cell.charAt(index) == '\'') {
			index++;
		}
		if (index >= cell.length()) {
			return cell;
		}
		return switch (cell.charAt(index)) {
			case '=', '+', '-', '@', '\t', '\r' -> cell.substring(1);
			default -> cell;
		};
	}

}
