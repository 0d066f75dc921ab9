package be.lokaalcirculair.shared.text;

/**
 * Keeps spreadsheet programs from running a text cell as a formula (QUALITY.md S12, ASVS
 * 5.0 1.2.10): a text that begins with {@code = + - @}, a tab or a carriage return gets a
 * leading apostrophe, in CSV and XLSX alike. An import undoes it with
 * {@link #restore(String)}, so that export and import give back the same text (a text
 * that itself begins with apostrophes before such a character gets one more, so that the
 * two are exact inverses).
 */
public final class CellSafety {

	/** What a neutralised text begins with. */
	public static final char MARK = '\'';

	private CellSafety() {
	}

	/**
	 * The text as it is safe to put in a cell.
	 * @param text a text of a cell, or {@code null}
	 * @return the text, with a leading apostrophe when it begins with a character that
	 * starts a formula; {@code null} for {@code null}
	 */
	public static String neutralise(String text) {
		return (text != null && needsMark(text, 0)) ? MARK + text : text;
	}

	/**
	 * The text as it was before {@link #neutralise(String)}.
	 * @param cell the text read from a cell, or {@code null}
	 * @return the original text
	 */
	public static String restore(String cell) {
		return (cell != null && !cell.isEmpty() && cell.charAt(0) == MARK && needsMark(cell, 1)) ? cell.substring(1)
				: cell;
	}

	/** Whether the text from this index, after any apostrophes, starts a formula. */
	private static boolean needsMark(String text, int from) {
		int index = from;
		while (index < text.length() && text.charAt(index) == MARK) {
			index++;
		}
		if (index >= text.length()) {
			return false;
		}
		return switch (text.charAt(index)) {
			case '=', '+', '-', '@', '\t', '\r' -> true;
			default -> false;
		};
	}

}
