package be.lokaalcirculair.organisation;

import java.util.Optional;

import be.lokaalcirculair.shared.taxonomy.Term;

/**
 * Size classes of municipalities by population, so that a civil servant can find what a
 * municipality like theirs did.
 */
public enum PopulationClass implements Term {

	TOT_10000("tot-10000", 0, 10_000), VAN_10000_TOT_20000("10000-20000", 10_000, 20_000),
	VAN_20000_TOT_50000("20000-50000", 20_000, 50_000), VAN_50000_TOT_100000("50000-100000", 50_000, 100_000),
	VANAF_100000("vanaf-100000", 100_000, Integer.MAX_VALUE);

	private final String code;

	private final int from;

	private final int below;

	PopulationClass(String code, int from, int below) {
		this.code = code;
		this.from = from;
		this.below = below;
	}

	@Override
	public String code() {
		return this.code;
	}

	@Override
	public String messageKey() {
		return "population-class." + this.code;
	}

	/** The class a population falls in. */
	public static PopulationClass of(int population) {
		for (PopulationClass populationClass : values()) {
			if (population >= populationClass.from && population < populationClass.below) {
				return populationClass;
			}
		}
		throw new IllegalArgumentException("Negative population: " + population);
	}

	/** The class with this code, or empty when the code is unknown. */
	public static Optional<PopulationClass> fromCode(String code) {
		for (PopulationClass populationClass : values()) {
			if (code != null && populationClass.code.equalsIgnoreCase(code.strip())) {
				return Optional.of(populationClass);
			}
		}
		return Optional.empty();
	}

}
