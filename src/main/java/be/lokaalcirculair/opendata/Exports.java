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

import be.lokaalcirculair.organisation.Organisation;
import be.lokaalcirculair.organisation.OrganisationFilter;
import be.lokaalcirculair.organisation.Organisations;
import be.lokaalcirculair.practice.Practice;
import be.lokaalcirculair.practice.PracticeCatalog;

/**
 * Builds the rows of the exports and their version tags. Fiches are loaded a batch at a
 * time while the file is written, so that an export of any size needs little memory;
 * organisations are few enough to be read at once.
 */
@Component
class Exports {

	static final int BATCH = 100;

	private final PracticeCatalog catalog;

	private final Organisations organisations;

	Exports(PracticeCatalog catalog, Organisations organisations) {
		this.catalog = catalog;
		this.organisations = organisations;
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
		List<List<Object>> rows = new ArrayList<>();
		int page = 0;
		Page<Organisation> found;
		do {
			found = this.organisations.organisations(filter,
					PageRequest.of(page++, OrganisationQueries.MAX_SIZE, OrganisationQueries.ORDER));
			for (Organisation organisation : found) {
				rows.add(cells(OrganisationRow.COLUMNS,
						new OrganisationRow(organisation, (organisation.getMunicipalityNis() != null)
								? this.organisations.municipality(organisation.getMunicipalityNis()).orElse(null)
								: null, baseUrl)));
			}
		}
		while (found.hasNext());
		return rows;
	}

	/** The weak entity tag of an organisation export: a digest of its cells. */
	String organisationTag(ExportFormat format, List<List<Object>> rows) {
		StringBuilder content = new StringBuilder().append(format).append('|');
		OrganisationRow.COLUMNS.forEach((column) -> content.append(column.name()).append(','));
		rows.forEach((row) -> content.append(row).append('\n'));
		return tag(content.toString());
	}

	/** Writes organisation rows made by {@link #organisationRows}. */
	void writeOrganisations(List<List<Object>> rows, TableWriter table) throws IOException {
		table.header(names(OrganisationRow.COLUMNS));
		for (List<Object> row : rows) {
			table.row(row);
		}
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
