package be.lokaalcirculair.network;

import java.time.Instant;
import java.util.List;

/**
 * Something to learn from on a level's page: a past event, linked to its page, with the
 * materials of it that everyone may see (slides, reports, links).
 *
 * @param title the event's title
 * @param url its page
 * @param date when it happened
 * @param materials its public materials, in the order they were added
 */
public record LevelMaterial(String title, String url, Instant date, List<MaterialInfo> materials) {
}
