package be.lokaalcirculair.shared.taxonomy;

import java.util.Optional;

/** Levers (hefbomen) a local government can pull. */
public enum Lever implements Term {

	VISIE_EN_STRATEGIE("visie-en-strategie"), CIRCULAIR_AANKOPEN("circulair-aankopen"),
	EIGEN_ORGANISATIE_EN_PATRIMONIUM("eigen-organisatie-en-patrimonium"),
	RUIMTELIJKE_PLANNING_EN_VERGUNNINGEN("ruimtelijke-planning-en-vergunningen"), REGELGEVING("regelgeving"),
	FISCALE_MAATREGELEN("fiscale-maatregelen"), FINANCIELE_STEUN("financiele-steun"),
	NETWERKEN_EN_PARTNERSCHAPPEN("netwerken-en-partnerschappen"), SENSIBILISERING("sensibilisering"),
	KENNIS_EN_VORMING("kennis-en-vorming"), AFVALBELEID("afvalbeleid"), SOCIALE_ECONOMIE("sociale-economie");

	private final String code;

	Lever(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return this.code;
	}

	@Override
	public String messageKey() {
		return "lever." + this.code;
	}

	/** The term with this code, or empty when the code is unknown. */
	public static Optional<Lever> fromCode(String code) {
		return Terms.fromCode(values(), code);
	}

}
