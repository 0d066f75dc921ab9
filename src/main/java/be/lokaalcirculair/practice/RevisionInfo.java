package be.lokaalcirculair.practice;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import be.lokaalcirculair.shared.web.Ui;

/**
 * A revision as the history lists it, without its snapshot.
 *
 * @param number its number within the fiche, from 1
 * @param action what was done
 * @param state the state the fiche was left in
 * @param actorName who did it, or {@code null} (erased account, or before the history)
 * @param comment the editor's comment to the author, or {@code null}
 * @param at when
 */
public record RevisionInfo(int number, RevisionAction action, ModerationState state, String actorName, String comment,
		Instant at) {

	/** The time of day, in the platform's time zone (hours and minutes). */
	public String time() {
		return DateTimeFormatter.ofPattern("HH:mm").format(this.at.atZone(Ui.ZONE));
	}

}
