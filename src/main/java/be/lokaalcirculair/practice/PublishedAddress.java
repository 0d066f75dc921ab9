package be.lokaalcirculair.practice;

import java.time.Instant;

/**
 * Where a published fiche lives and when it last changed: what a sitemap lists, without
 * loading the fiche.
 *
 * @param slug the fiche's slug (its page is {@code /praktijken/{slug}})
 * @param updatedAt when it last changed
 */
public record PublishedAddress(String slug, Instant updatedAt) {

	/** The path of the fiche's page. */
	public String path() {
		return "/praktijken/" + this.slug;
	}

}
