package be.lokaalcirculair.opendata;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import be.lokaalcirculair.organisation.Organisation;
import be.lokaalcirculair.organisation.Organisations;
import be.lokaalcirculair.practice.Practice;
import be.lokaalcirculair.practice.PracticeCatalog;
import be.lokaalcirculair.search.PracticeQuery;
import be.lokaalcirculair.search.PracticeSearch;

/**
 * Every published fiche written to a file, for the command line's {@code export}: CSV and
 * XLSX exactly as the API's exports write them, JSON as an array of the API's fiches; the
 * import reads each of them back.
 */
@Component
class FicheExports {

	private final PracticeSearch search;

	private final Exports exports;

	private final PracticeCatalog catalog;

	private final Organisations organisations;

	private final JsonMapper json;

	private final String baseUrl;

	FicheExports(PracticeSearch search, Exports exports, PracticeCatalog catalog, Organisations organisations,
			JsonMapper json, @Value("${lc.base-url:http://localhost:8080}") String baseUrl) {
		this.search = search;
		this.exports = exports;
		this.catalog = catalog;
		this.organisations = organisations;
		this.json = json;
		this.baseUrl = baseUrl;
	}

	/**
	 * Writes every published fiche, newest first.
	 * @param format {@code json}, {@code csv} or {@code xlsx}
	 * @return how many fiches were written
	 */
	long write(String format, OutputStream out) throws IOException {
		List<Long> ids = this.search.allIds(PracticeQuery.all(0, 1));
		if (format.equals("json")) {
			writeJson(ids, out);
		}
		else {
			ExportFormat table = format.equals("csv") ? ExportFormat.CSV : ExportFormat.XLSX;
			try (TableWriter writer = table.writer(out, "praktijken")) {
				this.exports.writePractices(ids, writer, this.baseUrl);
			}
		}
		return ids.size();
	}

	private void writeJson(List<Long> ids, OutputStream out) {
		try (JsonGenerator generator = this.json.createGenerator(out)) {
			generator.writeStartArray();
			for (int from = 0; from < ids.size(); from += Exports.BATCH) {
				for (PracticeJson fiche : fiches(
						this.catalog.published(ids.subList(from, Math.min(ids.size(), from + Exports.BATCH))))) {
					this.json.writeValue(generator, fiche);
				}
			}
			generator.writeEndArray();
		}
	}

	private List<PracticeJson> fiches(List<Practice> practices) {
		Set<Long> leadIds = new HashSet<>();
		practices.forEach((practice) -> leadIds.add(practice.getLeadOrganisationId()));
		Map<Long, Organisation> leads = this.organisations.organisations(leadIds);
		return practices.stream()
			.map((practice) -> PracticeJson.of(practice, leads.get(practice.getLeadOrganisationId()),
					this.organisations.municipalities(practice.getMunicipalities()), this.baseUrl))
			.toList();
	}

}
