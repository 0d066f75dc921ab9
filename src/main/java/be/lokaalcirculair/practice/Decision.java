package be.lokaalcirculair.practice;

import java.util.Locale;
import java.util.Optional;

import be.lokaalcirculair.account.AccountPrincipal;

/**
 * The steps an editor can take on a fiche, by the value of the button that asks for it.
 */
enum Decision {

	REVIEW("beoordelen", false), PUBLISH("publiceren", false), REQUEST_CHANGES("wijzigingen", true),
	REJECT("weigeren", true), ARCHIVE("archiveren", false);

	private final String code;

	private final boolean needsComment;

	Decision(String code, boolean needsComment) {
		this.code = code;
		this.needsComment = needsComment;
	}

	/** The decision with this button value, if any. */
	static Optional<Decision> of(String code) {
		for (Decision decision : values()) {
			if (decision.code.equals(code)) {
				return Optional.of(decision);
			}
		}
		return Optional.empty();
	}

	/** Whether the author must be told why. */
	boolean needsComment() {
		return this.needsComment;
	}

	/**
	 * Whether a fiche in this state allows the step (taking over one's own review is
	 * refused later, by the fiche itself).
	 */
	boolean allowedIn(ModerationState state) {
		return switch (this) {
			case REVIEW -> state.mayStartReview();
			case PUBLISH, REQUEST_CHANGES, REJECT -> state.mayDecide();
			case ARCHIVE -> state.mayArchive();
		};
	}

	void apply(PracticeModeration moderation, AccountPrincipal editor, long id, String comment, Locale locale) {
		switch (this) {
			case REVIEW -> moderation.startReview(editor, id, locale);
			case PUBLISH -> moderation.publish(editor, id, locale);
			case REQUEST_CHANGES -> moderation.decline(editor, id, ModerationState.CHANGES_REQUESTED, comment, locale);
			case REJECT -> moderation.decline(editor, id, ModerationState.REJECTED, comment, locale);
			case ARCHIVE -> moderation.decline(editor, id, ModerationState.ARCHIVED, comment, locale);
		}
	}

}
