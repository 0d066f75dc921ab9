package be.lokaalcirculair.opendata;

import java.util.List;

/**
 * What the open-data page (/open-data) shows: the downloads, how the files look and every
 * column, from the same definitions the exports are written with.
 *
 * @param practiceColumns the columns of the fiche export
 * @param organisationColumns the columns of the organisation export
 * @param eventColumns the columns of the event export
 * @param burst how many API requests an address may make at once
 * @param requestsPerMinute how many it earns back per minute
 * @param exportCost how many one export counts for
 * @param example an export address with filters, as an example
 */
public record OpenDataPage(List<ColumnView> practiceColumns, List<ColumnView> organisationColumns,
		List<ColumnView> eventColumns, int burst, int requestsPerMinute, int exportCost, String example) {

	/** The tables whose columns the page lists, by their names in message keys. */
	public static final List<String> TABLES = List.of(PracticeRow.TABLE, OrganisationRow.TABLE, EventRow.TABLE);

	/** The columns of a table of {@link #TABLES}. */
	public List<ColumnView> columns(String table) {
		return switch (table) {
			case PracticeRow.TABLE -> this.practiceColumns;
			case OrganisationRow.TABLE -> this.organisationColumns;
			default -> this.eventColumns;
		};
	}

	/** The template of the page. */
	static final String VIEW = "opendata/page";

	/** The page's address. */
	public static final String PATH = "/open-data";

	/**
	 * One column.
	 *
	 * @param name its stable name
	 * @param kindKey the message key of its kind of value
	 * @param meaningKey the message key of its meaning
	 */
	public record ColumnView(String name, String kindKey, String meaningKey) {
	}

	static <R> List<ColumnView> of(List<ExportColumn<R>> columns, String table) {
		return columns.stream()
			.map((column) -> new ColumnView(column.name(), column.kind().messageKey(), column.messageKey(table)))
			.toList();
	}

}
