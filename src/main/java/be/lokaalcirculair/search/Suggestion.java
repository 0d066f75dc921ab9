package be.lokaalcirculair.search;

/**
 * A suggestion while typing in the search box.
 *
 * @param label what is shown
 * @param kind what it is: "fiche", "gemeente" or "thema"
 * @param url where choosing it leads
 */
record Suggestion(String label, String kind, String url) {
}
