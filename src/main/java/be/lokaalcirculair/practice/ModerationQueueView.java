package be.lokaalcirculair.practice;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import be.lokaalcirculair.organisation.Organisation;
import be.lokaalcirculair.shared.taxonomy.Theme;
import be.lokaalcirculair.shared.web.Pager;
import be.lokaalcirculair.shared.web.QueryLinks;

/**
 * What the editors' queue page shows.
 *
 * @param rows the fiches of this page
 * @param total how many fiches meet the criteria
 * @param pager the page links
 * @param states every listed state with its count, plus "open" and "all"
 * @param selectedState the code of the chosen state, {@link #OPEN} by default
 * @param themes the themes to choose from
 * @param theme the chosen theme's code, or an empty string
 * @param organisations the organisations to choose from (those that lead a fiche)
 * @param organisation the chosen organisation's slug, or an empty string
 * @param mine whether only the fiches the editor reviews are shown
 * @param newestFirst whether the most recently handed in come first
 * @param unknown values of parameters that were not understood and are ignored
 */
public record ModerationQueueView(List<Row> rows, long total, Pager pager, List<StateCount> states,
		String selectedState, List<Theme> themes, String theme, List<Organisation> organisations, String organisation,
		boolean mine, boolean newestFirst, List<String> unknown) {

	/** The query parameters of the queue. */
	public static final String STATE = "toestand", THEME = "thema", ORGANISATION = "organisatie", MINE = "mij",
			ORDER = "sorteer";

	/** The state values that stand for several states. */
	public static final String OPEN = "open", ALL = "alle";

	/** The order values. */
	public static final String OLDEST = "oudste", NEWEST = "nieuwste";

	/** The value of {@link #MINE} that switches it on. */
	public static final String YES = "ja";

	/**
	 * A fiche in the queue.
	 *
	 * @param card the fiche with the names of its organisation and municipalities
	 * @param waitingSince since when it waits (handed in, or last changed)
	 * @param waitingDays for how many whole days
	 */
	public record Row(PracticeCard card, Instant waitingSince, long waitingDays) {

		static Row of(PracticeCard card, Instant now) {
			Practice p = card.practice();
			Instant since = (p.getSubmittedAt() != null) ? p.getSubmittedAt() : p.getUpdatedAt();
			return new Row(card, since, Math.max(0, Duration.between(since, now).toDays()));
		}

		public Practice practice() {
			return this.card.practice();
		}

		/** Whether the editor named as reviewer is reviewing it now. */
		public boolean inReview() {
			return practice().getModerationState() == ModerationState.IN_REVIEW;
		}

	}

	/**
	 * A choice of state with its number of fiches.
	 *
	 * @param code the parameter value
	 * @param labelKey the message key of its label
	 * @param count how many fiches meet the other criteria in it
	 * @param url the queue in that state, with the other criteria kept
	 * @param selected whether it is the chosen one
	 */
	public record StateCount(String code, String labelKey, long count, String url, boolean selected) {

		static StateCount of(String code, String labelKey, long count, QueryLinks links, String selected) {
			return new StateCount(code, labelKey, count, links.with(STATE, code), code.equals(selected));
		}

	}

}
