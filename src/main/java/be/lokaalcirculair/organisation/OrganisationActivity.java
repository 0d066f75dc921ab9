package be.lokaalcirculair.organisation;

import java.util.List;

/**
 * What other modules contribute to an organisation's page (its fiches, later its events),
 * so that this module needs to know none of them. Implementations are Spring beans.
 */
public interface OrganisationActivity {

	/**
	 * The public activity of an organisation, newest first, at most {@code limit} items.
	 * @param organisation the organisation whose page is shown
	 * @param limit the most items to return
	 * @return a section of the page; empty items when there is nothing public
	 */
	ActivitySection activityOf(Organisation organisation, int limit);

	/**
	 * A section of an organisation's page.
	 *
	 * @param titleKey message key of the section heading
	 * @param emptyKey message key of the text shown when there are no items
	 * @param items the items to list
	 * @param total how many there are in all
	 * @param allUrl where all of them are listed
	 */
	record ActivitySection(String titleKey, String emptyKey, List<ActivityItem> items, long total, String allUrl) {
	}

	/**
	 * One item of a section.
	 *
	 * @param title the title
	 * @param url where it is shown
	 * @param summary a sentence or two
	 * @param demo whether it belongs to the demo data set
	 */
	record ActivityItem(String title, String url, String summary, boolean demo) {
	}

}
