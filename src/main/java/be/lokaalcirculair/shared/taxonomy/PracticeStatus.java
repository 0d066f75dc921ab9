package be.lokaalcirculair.shared.taxonomy;

import java.util.Optional;

/**
 * The life-cycle status of the project itself (not of its moderation); stopped projects
 * teach too.
 */
public enum PracticeStatus implements Term {

	IDEE("idee"), IN_VOORBEREIDING("in-voorbereiding"), LOPEND("lopend"), AFGEROND("afgerond"), STOPGEZET("stopgezet");

	private final String code;

	PracticeStatus(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return this.code;
	}

	@Override
	public String messageKey() {
		return "status." + this.code;
	}

	/** The term with this code, or empty when the code is unknown. */
	public static Optional<PracticeStatus> fromCode(String code) {
		return Terms.fromCode(values(), code);
	}

}
