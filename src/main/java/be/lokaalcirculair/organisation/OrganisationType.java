package be.lokaalcirculair.organisation;

import java.util.Optional;

import be.lokaalcirculair.shared.taxonomy.Term;
import be.lokaalcirculair.shared.taxonomy.Terms;

/** The kinds of organisation of DESIGN.md section 4. */
public enum OrganisationType implements Term {

	GEMEENTE("gemeente"), OCMW("ocmw"),
	INTERGEMEENTELIJK_SAMENWERKINGSVERBAND("intergemeentelijk-samenwerkingsverband"), PROVINCIE("provincie"),
	AUTONOOM_GEMEENTEBEDRIJF("autonoom-gemeentebedrijf"), PARTNER("partner"), ANDERE("andere");

	private final String code;

	OrganisationType(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return this.code;
	}

	@Override
	public String messageKey() {
		return "organisation-type." + this.code;
	}

	/** The type with this code, or empty when the code is unknown. */
	public static Optional<OrganisationType> fromCode(String code) {
		return Terms.fromCode(values(), code);
	}

}
