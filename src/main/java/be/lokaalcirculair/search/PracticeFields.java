package be.lokaalcirculair.search;

/**
 * Names of the fields of a fiche's search document.
 */
final class PracticeFields {

	static final String TITLE_NL = "title_nl", SUMMARY_NL = "summary_nl", BODY_NL = "body_nl";

	static final String TITLE_EN = "title_en", SUMMARY_EN = "summary_en", BODY_EN = "body_en";

	static final String PLACES = "places", LABELS = "labels", SPELLING = "spelling", TITLE_PREFIX = "title_prefix";

	static final String THEME = "theme", STRATEGY = "strategy", LEVER = "lever", SDG = "sdg", PROVINCE = "province",
			MUNICIPALITY = "municipality", POPULATION_CLASS = "population_class",
			ORGANISATION_TYPE = "organisation_type", STATUS = "status", TARGET_GROUP = "target_group",
			START_YEAR = "start_year", LANGUAGE = "language";

	static final String TITLE_SORT = "title_sort", PUBLISHED_AT = "published_at", UPDATED_AT = "updated_at",
			LOCATION = "location";

	private PracticeFields() {
	}

}
