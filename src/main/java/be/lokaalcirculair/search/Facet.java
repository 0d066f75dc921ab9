package be.lokaalcirculair.search;

import java.util.Optional;
import java.util.function.Function;

import be.lokaalcirculair.organisation.OrganisationType;
import be.lokaalcirculair.organisation.PopulationClass;
import be.lokaalcirculair.shared.taxonomy.Lever;
import be.lokaalcirculair.shared.taxonomy.PracticeStatus;
import be.lokaalcirculair.shared.taxonomy.Sdg;
import be.lokaalcirculair.shared.taxonomy.Strategy;
import be.lokaalcirculair.shared.taxonomy.TargetGroup;
import be.lokaalcirculair.shared.taxonomy.Term;
import be.lokaalcirculair.shared.taxonomy.Theme;

/**
 * The facets of the practice search: what a fiche can be filtered and counted by. Each
 * has the name of its parameter on the pages (Dutch) and in the API (English), and knows
 * its valid values.
 */
public enum Facet {

	THEME("thema", "theme", PracticeFields.THEME, "facet.theme", term(Theme::fromCode), "theme."),
	STRATEGY("strategie", "strategy", PracticeFields.STRATEGY, "facet.strategy", term(Strategy::fromCode), "strategy."),
	LEVER("hefboom", "lever", PracticeFields.LEVER, "facet.lever", term(Lever::fromCode), "lever."),
	PROVINCE("provincie", "province", PracticeFields.PROVINCE, "facet.province", Facet::provinceCode, "province."),
	MUNICIPALITY("gemeente", "municipality", PracticeFields.MUNICIPALITY, "facet.municipality", Facet::nisCode, null),
	POPULATION_CLASS("grootte", "populationClass", PracticeFields.POPULATION_CLASS, "facet.population-class",
			term(PopulationClass::fromCode), "population-class."),
	ORGANISATION_TYPE("organisatietype", "organisationType", PracticeFields.ORGANISATION_TYPE,
			"facet.organisation-type", term(OrganisationType::fromCode), "organisation-type."),
	STATUS("status", "status", PracticeFields.STATUS, "facet.status", term(PracticeStatus::fromCode), "status."),
	TARGET_GROUP("doelgroep", "targetGroup", PracticeFields.TARGET_GROUP, "facet.target-group",
			term(TargetGroup::fromCode), "target-group."),
	SDG("sdg", "sdg", PracticeFields.SDG, "facet.sdg", Facet::sdg, "sdg."),
	START_YEAR("startjaar", "startYear", PracticeFields.START_YEAR, "facet.start-year", Facet::year, null);

	private final String parameter;

	private final String apiParameter;

	private final String field;

	private final String messageKey;

	private final Function<String, Optional<String>> normaliser;

	private final String labelPrefix;

	Facet(String parameter, String apiParameter, String field, String messageKey,
			Function<String, Optional<String>> normaliser, String labelPrefix) {
		this.labelPrefix = labelPrefix;
		this.parameter = parameter;
		this.apiParameter = apiParameter;
		this.field = field;
		this.messageKey = messageKey;
		this.normaliser = normaliser;
	}

	/** The query parameter on the pages. */
	public String parameter() {
		return this.parameter;
	}

	/** The query parameter in the API. */
	public String apiParameter() {
		return this.apiParameter;
	}

	/** The message key of the facet's heading. */
	public String messageKey() {
		return this.messageKey;
	}

	/**
	 * The message key of a value's label, or {@code null} when the value is its own label
	 * (a year) or is named elsewhere (a municipality).
	 */
	public String labelKey(String value) {
		return (this.labelPrefix != null) ? this.labelPrefix + value : null;
	}

	String field() {
		return this.field;
	}

	/**
	 * The value in its canonical form, or empty when it is not a valid value of this
	 * facet (a municipality is valid when it has the form of a NIS code; whether it
	 * exists is for the caller).
	 */
	public Optional<String> normalise(String value) {
		return (value == null || value.length() > 60) ? Optional.empty() : this.normaliser.apply(value.strip());
	}

	/** Whether the values are numbers (and are counted and filtered as such). */
	boolean isNumeric() {
		return this == START_YEAR;
	}

	private static Function<String, Optional<String>> term(
			Function<String, ? extends Optional<? extends Term>> lookup) {
		return (value) -> lookup.apply(value).map(Term::code);
	}

	private static Optional<String> provinceCode(String value) {
		return value.matches("\\d{5}") ? Optional.of(value) : Optional.empty();
	}

	private static Optional<String> nisCode(String value) {
		return value.matches("\\d{5}") ? Optional.of(value) : Optional.empty();
	}

	private static Optional<String> sdg(String value) {
		try {
			int goal = Integer.parseInt(value);
			return Sdg.isValid(goal) ? Optional.of(String.valueOf(goal)) : Optional.empty();
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static Optional<String> year(String value) {
		return value.matches("(19|20)\\d{2}") ? Optional.of(value) : Optional.empty();
	}

}
