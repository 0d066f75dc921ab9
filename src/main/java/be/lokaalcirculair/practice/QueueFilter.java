package be.lokaalcirculair.practice;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import be.lokaalcirculair.shared.taxonomy.Theme;

/**
 * What the editors' queue shows. An empty criterion does not restrict.
 *
 * @param states fiches in any of these states; empty means those waiting for an editor
 * (submitted and in review)
 * @param themes with any of these themes
 * @param organisationId led by this organisation, or {@code null}
 * @param reviewerId reviewed by this editor ("assigned to me"), or {@code null}
 * @param newestFirst whether the most recently handed in come first (oldest first
 * otherwise)
 */
record QueueFilter(Set<ModerationState> states, Set<Theme> themes, Long organisationId, Long reviewerId,
		boolean newestFirst) {

	/**
	 * The states an editor can list: every one but drafts, which are the authors' own.
	 */
	static final List<ModerationState> LISTED = List.of(ModerationState.SUBMITTED, ModerationState.IN_REVIEW,
			ModerationState.CHANGES_REQUESTED, ModerationState.PUBLISHED, ModerationState.REJECTED,
			ModerationState.ARCHIVED);

	/** The states the fiches must be in. */
	Set<ModerationState> effectiveStates() {
		if (this.states.isEmpty()) {
			return EnumSet.of(ModerationState.SUBMITTED, ModerationState.IN_REVIEW);
		}
		Set<ModerationState> listed = EnumSet.noneOf(ModerationState.class);
		this.states.stream().filter(LISTED::contains).forEach(listed::add);
		return listed;
	}

	/** The same criteria in every listed state, for counting per state. */
	QueueFilter inEveryState() {
		return new QueueFilter(EnumSet.copyOf(LISTED), this.themes, this.organisationId, this.reviewerId,
				this.newestFirst);
	}

}
