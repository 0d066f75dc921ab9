package be.lokaalcirculair.shared.taxonomy;

import java.util.Optional;

/** Whom a fiche or an offer suits: municipalities starting out, or advanced ones. */
public enum TargetGroup implements Term {

	STARTER("starter"), GEVORDERD("gevorderd");

	private final String code;

	TargetGroup(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return this.code;
	}

	@Override
	public String messageKey() {
		return "target-group." + this.code;
	}

	/** The term with this code, or empty when the code is unknown. */
	public static Optional<TargetGroup> fromCode(String code) {
		return Terms.fromCode(values(), code);
	}

}
