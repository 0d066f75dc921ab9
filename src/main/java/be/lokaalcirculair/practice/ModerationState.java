package be.lokaalcirculair.practice;

/**
 * Where a fiche is in its editorial life cycle. Only {@link #PUBLISHED} fiches are
 * public.
 */
public enum ModerationState {

	DRAFT, SUBMITTED, IN_REVIEW, CHANGES_REQUESTED, PUBLISHED, REJECTED, ARCHIVED;

	/** Whether visitors may see a fiche in this state. */
	public boolean isPublic() {
		return this == PUBLISHED;
	}

}
