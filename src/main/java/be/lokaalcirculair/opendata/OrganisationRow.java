package be.lokaalcirculair.opendata;

import java.util.List;

import be.lokaalcirculair.organisation.Municipality;
import be.lokaalcirculair.organisation.Organisation;

import static be.lokaalcirculair.opendata.ExportColumn.Kind.BOOLEAN;
import static be.lokaalcirculair.opendata.ExportColumn.Kind.CODE;
import static be.lokaalcirculair.opendata.ExportColumn.Kind.CODES;
import static be.lokaalcirculair.opendata.ExportColumn.Kind.NUMBER;
import static be.lokaalcirculair.opendata.ExportColumn.Kind.TEXT;

/**
 * An organisation with what its export row needs, and the columns of the organisation
 * export, named as in the API's organisation.
 *
 * @param organisation the organisation
 * @param municipality the municipality it stands for, or {@code null}
 * @param baseUrl the site's address, for the organisation's link
 */
record OrganisationRow(Organisation organisation, Municipality municipality, String baseUrl) {

	/** The name of the table, in message keys and sheet names. */
	static final String TABLE = "organisation";

	/** The columns, in order. Add new ones at the end; never rename one. */
	static final List<ExportColumn<OrganisationRow>> COLUMNS = List.of(
			column("id", NUMBER, (r) -> r.organisation.getId()), column("slug", CODE, (r) -> r.organisation.getSlug()),
			column("url", TEXT, (r) -> r.baseUrl + "/organisaties/" + r.organisation.getSlug()),
			column("name", TEXT, (r) -> r.organisation.getName()),
			column("type", CODE, (r) -> r.organisation.getType().code()),
			column("municipality", CODE, (r) -> (r.municipality != null) ? r.municipality.getNisCode() : null),
			column("municipalityName", TEXT, (r) -> (r.municipality != null) ? r.municipality.getName() : null),
			column("provinceNis", CODE, (r) -> r.organisation.getProvinceNis()),
			column("region", CODE, (r) -> (r.municipality != null) ? r.municipality.getRegion().code() : null),
			column("populationClass", CODE,
					(r) -> (r.municipality != null) ? r.municipality.getPopulationClass().code() : null),
			column("memberMunicipalities", CODES, (r) -> List.copyOf(r.organisation.getMemberMunicipalities())),
			column("description", TEXT, (r) -> r.organisation.getDescription()),
			column("website", TEXT, (r) -> r.organisation.getWebsite()),
			column("demo", BOOLEAN, (r) -> r.organisation.isDemo()));

	private static ExportColumn<OrganisationRow> column(String name, ExportColumn.Kind kind,
			java.util.function.Function<OrganisationRow, Object> value) {
		return new ExportColumn<>(name, kind, value);
	}

}
