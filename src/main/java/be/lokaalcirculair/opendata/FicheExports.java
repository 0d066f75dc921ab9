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
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

import be.lokaalcirculair.organisation.Organisation;
import be.lokaalcirculair.organisation.Organisations;
import be.lokaalcirculair.practice.Practice;
import be.lokaalcirculair.practice.PracticeCatalog;
import be.lokaalcirculair.practice.PracticeFilter;
import be.lokaalcirculair.practice.PracticeSort;

/**
 * Every published fiche written to a file, for the command line's {@code export}: JSON as
 * an array of the API's fiches (what the import reads back).
 */
@Component
class FicheExports {

	private final PracticeCatalog catalog;

	private final Organisations organisations;

	private final JsonMapper json;

	private final String baseUrl;

	FicheExports(PracticeCatalog catalog, Organisations organisations, JsonMapper json,
			@Value("${lc.base-url:http://localhost:8080}") String baseUrl) {
		this.catalog = catalog;
		this.organisations = organisations;
		this.json = json;
		this.baseUrl = baseUrl;
	}

	/**
	 * Writes every published fiche in the format.
	 * @param format {@code json}, {@code csv} or {@code xlsx}
	 * @return how many fiches were written
	 */
	long write(String format, OutputStream out) throws IOException {
		if (!format.equals("json")) {
			throw new IOException("not yet: " + format);
		}
		long count = 0;
		try (JsonGenerator generator = this.json.createGenerator(out)) {
			generator.writeStartArray();
			Page<Practice> page;
			int number = 0;
			do {
				page = this.catalog.published(PracticeFilter.none(), number++, PracticeCatalog.MAX_PAGE_SIZE,
						PracticeSort.NEWEST);
				for (PracticeJson fiche : fiches(page.getContent())) {
					this.json.writeValue(generator, fiche);
					count++;
				}
			}
			while (page.hasNext());
			generator.writeEndArray();
		}
		return count;
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
