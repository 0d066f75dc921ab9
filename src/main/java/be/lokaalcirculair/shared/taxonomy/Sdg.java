package be.lokaalcirculair.shared.taxonomy;

import java.util.stream.IntStream;

/**
 * The 17 Sustainable Development Goals, identified by their number.
 */
public final class Sdg {

	/** The lowest and highest goal number. */
	public static final int FIRST = 1, LAST = 17;

	private Sdg() {
	}

	/** Whether the number is that of a goal. */
	public static boolean isValid(int number) {
		return number >= FIRST && number <= LAST;
	}

	/** The message key of a goal's label. */
	public static String messageKey(int number) {
		return "sdg." + number;
	}

	/** All goal numbers in order. */
	public static int[] all() {
		return IntStream.rangeClosed(FIRST, LAST).toArray();
	}

}
