package be.lokaalcirculair.practice;

import java.util.Locale;

/**
 * What made a new revision of a fiche. Stored by name: the names are stable codes.
 */
public enum RevisionAction {

	/** The fiche as it was when the history began (it existed before). */
	BASELINE,
	/** Written and saved for the first time. */
	CREATED,
	/** Changes saved. */
	SAVED,
	/** Handed in for review (with the changes of that moment). */
	SUBMITTED,
	/** An editor took the fiche into review. */
	REVIEW_STARTED, PUBLISHED, CHANGES_REQUESTED, REJECTED, ARCHIVED, IMAGE_ADDED, IMAGE_REMOVED, ATTACHMENT_ADDED;

	/** The message key of the action's label. */
	public String messageKey() {
		return "practice.revision.action." + name().toLowerCase(Locale.ROOT);
	}

	/** The action of a moderation decision that leads to this state. */
	static RevisionAction of(ModerationState state) {
		return switch (state) {
			case PUBLISHED -> PUBLISHED;
			case CHANGES_REQUESTED -> CHANGES_REQUESTED;
			case REJECTED -> REJECTED;
			case ARCHIVED -> ARCHIVED;
			default -> throw new IllegalArgumentException("Not a decision: " + state);
		};
	}

}
