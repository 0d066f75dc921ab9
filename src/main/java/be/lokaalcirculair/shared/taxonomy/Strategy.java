package be.lokaalcirculair.shared.taxonomy;

import java.util.Optional;

/** Strategies of the R-ladder, from R0 (refuse) to R9 (recover). */
public enum Strategy implements Term {

	R0("r0"), R1("r1"), R2("r2"), R3("r3"), R4("r4"), R5("r5"), R6("r6"), R7("r7"), R8("r8"), R9("r9");

	private final String code;

	Strategy(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return this.code;
	}

	@Override
	public String messageKey() {
		return "strategy." + this.code;
	}

	/** The term with this code, or empty when the code is unknown. */
	public static Optional<Strategy> fromCode(String code) {
		return Terms.fromCode(values(), code);
	}

}
