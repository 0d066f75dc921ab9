package be.lokaalcirculair.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A quote of someone involved.
 *
 * @param quote the words
 * @param author who said them, with their function
 */
@Embeddable
public record Testimony(@Column(name = "testimony_quote") String quote,
		@Column(name = "testimony_author") String author) {
}
