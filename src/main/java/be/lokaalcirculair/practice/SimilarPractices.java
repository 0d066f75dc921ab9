package be.lokaalcirculair.practice;

import java.util.List;

/**
 * Finds the fiches most like a given one, for "related fiches" on its page. Implemented
 * by the search module, which knows the words of every fiche; this module knows no
 * search.
 */
public interface SimilarPractices {

	/**
	 * The published fiches most like this one, best first.
	 * @param practice the fiche
	 * @param limit the most fiches to return
	 * @return never the fiche itself
	 */
	List<Practice> similarTo(Practice practice, int limit);

}
