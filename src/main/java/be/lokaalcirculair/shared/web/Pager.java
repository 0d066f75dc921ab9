package be.lokaalcirculair.shared.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Page;

/**
 * The page links under a listing: previous, next, the first and last page and those
 * around the current one, with gaps shown as an ellipsis (a {@code null} number).
 *
 * @param current the current page, from 1
 * @param total the number of pages
 * @param previousUrl the previous page, or {@code null} on the first
 * @param nextUrl the next page, or {@code null} on the last
 * @param links the numbered links
 */
public record Pager(int current, int total, String previousUrl, String nextUrl, List<PageLink> links) {

	/** The pager for a page of results. */
	public static Pager of(Page<?> page, QueryLinks links) {
		int current = page.getNumber() + 1;
		int total = page.getTotalPages();
		List<PageLink> numbered = new ArrayList<>();
		Integer previous = null;
		for (int number = 1; number <= total; number++) {
			if (number == 1 || number == total || Math.abs(number - current) <= 2) {
				if (previous != null && number - previous > 1) {
					numbered.add(new PageLink(null, null, false));
				}
				numbered.add(new PageLink(number, links.page(number), number == current));
				previous = number;
			}
		}
		return new Pager(current, total, (current > 1 && current <= total) ? links.page(current - 1) : null,
				(current < total) ? links.page(current + 1) : null, numbered);
	}

	/** Whether there is more than one page. */
	public boolean isNeeded() {
		return this.total > 1;
	}

	/**
	 * A numbered page link.
	 *
	 * @param number the page number, or {@code null} for a gap
	 * @param url the link
	 * @param current whether it is the current page
	 */
	public record PageLink(Integer number, String url, boolean current) {
	}

}
