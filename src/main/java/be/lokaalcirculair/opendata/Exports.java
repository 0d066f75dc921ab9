package be.lokaalcirculair.opendata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import be.lokaalcirculair.network.EventQuery;
import be.lokaalcirculair.organisation.Organisation;
import be.lokaalcirculair.organisation.OrganisationFilter;
import be.lokaalcirculair.organisation.Organisations;
import be.lokaalcirculair.practice.Practice;
import be.lokaalcirculair.practice.PracticeCatalog;

/**
 * Builds the rows of the exports and their version tags. Fiches are loaded a batch at a
 * time while the file is written, so that an export of any size needs little memory;
 * organisations and events are few enough to be read at once, and then share one way to
 * be tagged and written.
 */
@Component
class Exports {

	static final int BATCH = 100;

	private final PracticeCatalog catalog;

	private final Organisations organisations;

	private final EventRecords events;

	Exports(PracticeCatalog catalog, Organisations organisations, EventRecords events) {
		this.catalog = catalog;
		this.organisations = organisations;
		this.events = events;
	}

	/**
	 * The weak entity tag of a fiche export: it changes when the fiches found, their
	 * order, or any published fiche changes (every change of a fiche sets its update
	 * time, and the latest of those is part of the tag). Organisations and municipalities
	 * only change when reference data is loaded into an empty database.
	 */
	String practiceTag(ExportFormat format, List<Long> ids, String baseUrl) {
		StringBuilder version = new StringBuilder().append(format).append('|').append(baseUrl).append('|');
		PracticeRow.COLUMNS.forEach((column) -> version.append(column.name()).append(','));
		version.append('|').append(this.catalog.lastPublishedUpdate()).append('|');
		ids.forEach((id) -> version.append(id).append(','));
		return tag(version.toString());
	}

	/** Writes the fiches with these ids, in this order, a batch at a time. */
	void writePractices(List<Long> ids, TableWriter table, String baseUrl) throws IOException {
		table.header(names(PracticeRow.COLUMNS));
		for (int from = 0; from < ids.size(); from += BATCH) {
			List<Practice> batch = this.catalog.published(ids.subList(from, Math.min(ids.size(), from + BATCH)));
			Set<Long> leadIds = batch.stream().map(Practice::getLeadOrganisationId).collect(Collectors.toSet());
			Map<Long, Organisation> leads = this.organisations.organisations(leadIds);
			for (Practice practice : batch) {
				table.row(cells(PracticeRow.COLUMNS,
						new PracticeRow(practice, leads.get(practice.getLeadOrganisationId()),
								this.organisations.municipalities(practice.getMunicipalities()), baseUrl)));
			}
		}
	}

	/** The cells of every organisation the filter finds, by name. */
	List<List<Object>> organisationRows(OrganisationFilter filter, String baseUrl) {
		List<OrganisationRow> rows = new ArrayList<>();
		int page = 0;
		Page<Organisation> found;
		do {
			found = this.organisations.organisations(filter,
					PageRequest.of(page++, OrganisationQueries.MAX_SIZE, OrganisationQueries.ORDER));
			for (Organisation organisation : found) {
				rows.add(new OrganisationRow(organisation, (organisation.getMunicipalityNis() != null)
						? this.organisations.municipality(organisation.getMunicipalityNis()).orElse(null) : null,
						baseUrl));
			}
		}
		while (found.hasNext());
		return cells(OrganisationRow.COLUMNS, rows);
	}

	/** The cells of every event the query finds, by start. */
	List<List<Object>> eventRows(EventQuery query, String baseUrl) {
		return cells(EventRow.COLUMNS, this.events.all(query, baseUrl));
	}

	/**
	 * The weak entity tag of an export that is read whole before it is written: a digest
	 * of its columns and cells, so that it changes with any cell.
	 */
	static <R> String tableTag(ExportFormat format, List<ExportColumn<R>> columns, List<List<Object>> rows) {
		StringBuilder content = new StringBuilder().append(format).append('|');
		columns.forEach((column) -> content.append(column.name()).append(','));
		rows.forEach((row) -> content.append(row).append('\n'));
		return tag(content.toString());
	}

	/** Writes a header of these columns and rows made by {@link #cells(List, List)}. */
	static <R> void writeTable(List<ExportColumn<R>> columns, List<List<Object>> rows, TableWriter table)
			throws IOException {
		table.header(names(columns));
		for (List<Object> row : rows) {
			table.row(row);
		}
	}

	/** The cells of every row, in the columns' order. */
	static <R> List<List<Object>> cells(List<ExportColumn<R>> columns, List<R> rows) {
		List<List<Object>> cells = new ArrayList<>(rows.size());
		rows.forEach((row) -> cells.add(cells(columns, row)));
		return cells;
	}

	static <R> List<String> names(List<ExportColumn<R>> columns) {
		return columns.stream().map(ExportColumn::name).toList();
	}

	private static <R> List<Object> cells(List<ExportColumn<R>> columns, R row) {
		List<Object> cells = new ArrayList<>(columns.size());
		columns.forEach((column) -> cells.add(column.cell(row)));
		return cells;
	}

	/** A weak entity tag: the same content in another byte form has the same tag. */
	static String tag(String content) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
			return "W/\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java has SHA-256", ex);
		}
	}

}
