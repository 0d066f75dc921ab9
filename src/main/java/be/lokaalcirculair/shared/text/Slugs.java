package be.lokaalcirculair.shared.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Turns names into the readable, stable identifiers used in URLs.
 */
public final class Slugs {

	/** The longest slug produced; longer names are cut at a word boundary. */
	public static final int MAX_LENGTH = 120;

	private Slugs() {
	}

	/**
	 * "Beveren-Kruibeke-Zwijndrecht" becomes "beveren-kruibeke-zwijndrecht", "Sint-Gillis
	 * (Brussel)" becomes "sint-gillis-brussel".
	 */
	public static String slugify(String text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		String slug = folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		if (slug.length() > MAX_LENGTH) {
			slug = slug.substring(0, MAX_LENGTH);
			int cut = slug.lastIndexOf('-');
			slug = (cut > 0) ? slug.substring(0, cut) : slug;
		}
		return slug.isEmpty() ? "x" : slug;
	}

	/**
	 * Whether a value has the form of a slug (so that it can be looked up without further
	 * checks).
	 */
	public static boolean isWellFormed(String value) {
		return value != null && value.length() <= MAX_LENGTH + 20 && value.matches("[a-z0-9]+(-[a-z0-9]+)*");
	}

}
