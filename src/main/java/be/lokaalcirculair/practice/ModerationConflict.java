package be.lokaalcirculair.practice;

/**
 * A step of the life cycle that the fiche's current state does not allow, such as
 * publishing a fiche that is already published. Nothing was changed.
 */
class ModerationConflict extends RuntimeException {

	private final ModerationState state;

	ModerationConflict(ModerationState state) {
		super("Not possible in state " + state);
		this.state = state;
	}

	/** The state the fiche is in, which did not allow the step. */
	ModerationState state() {
		return this.state;
	}

}
