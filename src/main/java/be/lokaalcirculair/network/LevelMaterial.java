package be.lokaalcirculair.network;

import java.time.Instant;

/**
 * Something to learn from on a level's page: for now a past event, linked to its page.
 *
 * @param title what it is called
 * @param url where it is
 * @param date when it happened
 */
public record LevelMaterial(String title, String url, Instant date) {
}
