package be.lokaalcirculair.opendata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import be.lokaalcirculair.network.EventType;
import be.lokaalcirculair.network.Track;
import be.lokaalcirculair.opendata.TermLabels.TermJson;
import be.lokaalcirculair.organisation.OrganisationType;
import be.lokaalcirculair.organisation.Organisations;
import be.lokaalcirculair.organisation.PopulationClass;
import be.lokaalcirculair.shared.taxonomy.Lever;
import be.lokaalcirculair.shared.taxonomy.PracticeStatus;
import be.lokaalcirculair.shared.taxonomy.Sdg;
import be.lokaalcirculair.shared.taxonomy.Strategy;
import be.lokaalcirculair.shared.taxonomy.TargetGroup;
import be.lokaalcirculair.shared.taxonomy.Term;
import be.lokaalcirculair.shared.taxonomy.Theme;

/**
 * The controlled vocabularies with their stable codes and Dutch and English labels.
 */
@RestController
@Tag(name = "taxonomy", description = "Codes and labels of the vocabularies")
class TaxonomyApiController {

	private final TermLabels labels;

	private final Organisations organisations;

	TaxonomyApiController(TermLabels labels, Organisations organisations) {
		this.labels = labels;
		this.organisations = organisations;
	}

	@GetMapping(path = "/api/v1/taxonomy", produces = "application/json")
	@Operation(operationId = "getTaxonomy",
			summary = "All vocabularies: themes, strategies, levers, SDGs, statuses, target groups, "
					+ "organisation types, population classes, event types and tracks, provinces")
	Map<String, List<TermJson>> taxonomy() {
		Map<String, List<TermJson>> vocabularies = new LinkedHashMap<>();
		vocabularies.put("themes", terms(Theme.values()));
		vocabularies.put("strategies", terms(Strategy.values()));
		vocabularies.put("levers", terms(Lever.values()));
		vocabularies.put("sdgs",
				IntStream.of(Sdg.all())
					.mapToObj((goal) -> new TermJson(String.valueOf(goal), labels(Sdg.messageKey(goal))))
					.toList());
		vocabularies.put("statuses", terms(PracticeStatus.values()));
		vocabularies.put("targetGroups", terms(TargetGroup.values()));
		vocabularies.put("organisationTypes", terms(OrganisationType.values()));
		vocabularies.put("populationClasses", terms(PopulationClass.values()));
		vocabularies.put("eventTypes", terms(EventType.values()));
		vocabularies.put("eventTracks", terms(Track.values()));
		vocabularies.put("provinces",
				this.organisations.provinces()
					.stream()
					.map((province) -> new TermJson(province.nisCode(), labels("province." + province.nisCode())))
					.toList());
		return vocabularies;
	}

	private List<TermJson> terms(Term[] terms) {
		return this.labels.all(terms);
	}

	private Map<String, String> labels(String key) {
		return this.labels.labels(key);
	}

}
