package be.lokaalcirculair.practice;

import jakarta.persistence.Embeddable;

/**
 * A link to more information.
 *
 * @param label the text of the link
 * @param url an absolute http(s) URL
 */
@Embeddable
public record Link(String label, String url) {
}
