package be.lokaalcirculair.opendata;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

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
import be.lokaalcirculair.shared.web.Languages;

/**
 * The controlled vocabularies with their stable codes and Dutch and English labels.
 */
@RestController
@Tag(name = "taxonomy", description = "Codes and labels of the vocabularies")
class TaxonomyApiController {

	private final MessageSource messages;

	private final Organisations organisations;

	TaxonomyApiController(MessageSource messages, Organisations organisations) {
		this.messages = messages;
		this.organisations = organisations;
	}

	@GetMapping(path = "/api/v1/taxonomy", produces = "application/json")
	@Operation(operationId = "getTaxonomy",
			summary = "All vocabularies: themes, strategies, levers, SDGs, statuses, target groups, "
					+ "organisation types, population classes, provinces")
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
		vocabularies.put("provinces",
				this.organisations.provinces()
					.stream()
					.map((province) -> new TermJson(province.nisCode(), labels("province." + province.nisCode())))
					.toList());
		return vocabularies;
	}

	private List<TermJson> terms(Term[] terms) {
		return Arrays.stream(terms).map((term) -> new TermJson(term.code(), labels(term.messageKey()))).toList();
	}

	private Map<String, String> labels(String key) {
		Map<String, String> labels = new LinkedHashMap<>();
		for (Locale locale : Languages.SUPPORTED) {
			labels.put(locale.getLanguage(), this.messages.getMessage(key, null, key, locale));
		}
		return labels;
	}

	/**
	 * One term.
	 *
	 * @param code the stable code
	 * @param labels the label by language ("nl", "en")
	 */
	record TermJson(String code, Map<String, String> labels) {
	}

}
