package be.lokaalcirculair.shared.web;

import java.util.List;
import java.util.Locale;

/** The languages of the user interface: Dutch first, English second. */
public final class Languages {

	public static final String NL = "nl", EN = "en";

	/** The default language. */
	public static final Locale DEFAULT = Locale.forLanguageTag(NL);

	/** All supported languages, default first. */
	public static final List<Locale> SUPPORTED = List.of(DEFAULT, Locale.ENGLISH);

	private Languages() {
	}

	/**
	 * The supported locale closest to the given one: English for English, Dutch for
	 * anything else.
	 */
	public static Locale supported(Locale locale) {
		return (locale != null && EN.equals(locale.getLanguage())) ? Locale.ENGLISH : DEFAULT;
	}

}
