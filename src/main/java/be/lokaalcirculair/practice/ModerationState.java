package be.lokaalcirculair.practice;

import java.util.Optional;

/**
 * Where a fiche is in its editorial life cycle. Only {@link #PUBLISHED} fiches are
 * public.
 *
 * <ul>
 * <li>draft, changes requested → submitted (the author hands it in);</li>
 * <li>submitted, archived, or in review by a colleague → in review (an editor takes
 * it);</li>
 * <li>in review → published, changes requested or rejected (the editor decides);</li>
 * <li>published → archived.</li>
 * </ul>
 *
 * An editor may decide on a submitted fiche at once: the decision then starts the review
 * first, so that the history shows both steps. An archived fiche can be taken into review
 * again. The database stores the constant's name (a check constraint lists them), so the
 * names are stable codes: renaming one needs a migration. URLs use {@link #code()}.
 */
public enum ModerationState {

	DRAFT("kladversie"), SUBMITTED("ingediend"), IN_REVIEW("in-beoordeling"), CHANGES_REQUESTED("wijzigingen-gevraagd"),
	PUBLISHED("gepubliceerd"), REJECTED("geweigerd"), ARCHIVED("gearchiveerd");

	private final String code;

	ModerationState(String code) {
		this.code = code;
	}

	/** The stable code of the state in URLs, e.g. {@code in-beoordeling}. */
	public String code() {
		return this.code;
	}

	/** The message key of the state's label. */
	public String messageKey() {
		return "moderation." + name().toLowerCase(java.util.Locale.ROOT);
	}

	/** The state with this URL code, if any. */
	public static Optional<ModerationState> fromCode(String code) {
		for (ModerationState state : values()) {
			if (state.code.equalsIgnoreCase((code != null) ? code.strip() : "")) {
				return Optional.of(state);
			}
		}
		return Optional.empty();
	}

	/** Whether visitors may see a fiche in this state. */
	public boolean isPublic() {
		return this == PUBLISHED;
	}

	/** Whether the author may hand the fiche in for review from this state. */
	public boolean maySubmit() {
		return this == DRAFT || this == CHANGES_REQUESTED;
	}

	/** Whether an editor may take the fiche into review from this state. */
	public boolean mayStartReview() {
		return this == SUBMITTED || this == IN_REVIEW || this == ARCHIVED;
	}

	/**
	 * Whether an editor may publish, request changes or reject from this state (from
	 * {@link #SUBMITTED} by starting the review first).
	 */
	public boolean mayDecide() {
		return this == SUBMITTED || this == IN_REVIEW;
	}

	/** Whether an editor may archive the fiche from this state. */
	public boolean mayArchive() {
		return this == PUBLISHED;
	}

	/** Whether the fiche waits for an editor in this state. */
	public boolean isOpen() {
		return this == SUBMITTED || this == IN_REVIEW;
	}

}
