package be.lokaalcirculair.network;

import be.lokaalcirculair.organisation.Organisation;

/**
 * Where the signed-in person and their organisation stand on a level.
 *
 * @param organisation their organisation, or {@code null} when they belong to none
 * @param coordinator whether they act for it (join, ask, leave)
 * @param member whether it is a member of the level
 * @param latestRequest its latest request to join the level, or {@code null}
 * @param consent whether the person agreed to be named on the member list
 */
public record LevelViewer(Organisation organisation, boolean coordinator, boolean member, LevelRequest latestRequest,
		boolean consent) {

	/** Whether a request of the organisation waits for a decision. */
	public boolean pending() {
		return this.latestRequest != null && this.latestRequest.isPending();
	}

	/** Whether the last request was refused (and no new one is pending). */
	public boolean refused() {
		return !this.member && this.latestRequest != null
				&& this.latestRequest.getStatus() == LevelRequest.Status.REFUSED;
	}

}
