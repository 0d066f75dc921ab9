package be.lokaalcirculair.network;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * What editors see of an event's feedback: no names, only numbers and comments.
 *
 * @param count how many gave feedback
 * @param average the average score with one decimal, or {@code null} without feedback
 * @param distribution how many gave 1, 2, 3, 4 and 5 (index 0 is score 1)
 * @param comments the comments, newest first
 */
public record FeedbackSummary(int count, BigDecimal average, List<Integer> distribution, List<String> comments) {

	static FeedbackSummary of(List<EventFeedback> all) {
		Integer[] counts = { 0, 0, 0, 0, 0 };
		int total = 0;
		for (EventFeedback feedback : all) {
			counts[feedback.getScore() - 1]++;
			total += feedback.getScore();
		}
		BigDecimal average = all.isEmpty() ? null
				: BigDecimal.valueOf(total).divide(BigDecimal.valueOf(all.size()), 1, RoundingMode.HALF_UP);
		return new FeedbackSummary(all.size(), average, List.of(counts),
				all.stream().map(EventFeedback::getComment).filter(Objects::nonNull).toList());
	}

	/** How many gave this score (1 to 5). */
	public int countOf(int score) {
		return this.distribution.get(score - 1);
	}

	/** The bar's length for this score in percent of the largest group, for the chart. */
	public int percentOf(int score) {
		int largest = this.distribution.stream().mapToInt(Integer::intValue).max().orElse(0);
		return (largest == 0) ? 0 : Math.round(100f * countOf(score) / largest);
	}

}
