package be.lokaalcirculair.network;

import java.util.Map;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The feedback form: a score as the radio buttons send it ({@code "1"} to {@code "5"})
 * and an optional comment.
 */
public record FeedbackForm(@NotBlank(message = "{network.feedback.score.required}") String score,
		@Size(max = FeedbackForm.COMMENT_MAX, message = "{form.too-long}") String comment) {

	static final int COMMENT_MAX = 2000;

	/** Where the error of the derived check is shown. */
	static final Map<String, String> FIELDS = Map.of("scoreValid", "score");

	public FeedbackForm {
		comment = (comment != null) ? comment : "";
	}

	static FeedbackForm empty() {
		return new FeedbackForm("", "");
	}

	/**
	 * Whether a given score is a whole number from 1 to 5 (a missing one is reported
	 * apart).
	 */
	@AssertTrue(message = "{network.feedback.score.invalid}")
	public boolean isScoreValid() {
		return this.score == null || this.score.isBlank() || this.score.strip().matches("[1-5]");
	}

	int scoreValue() {
		return Integer.parseInt(this.score.strip());
	}

}
