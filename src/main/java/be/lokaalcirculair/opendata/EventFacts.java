package be.lokaalcirculair.opendata;

import java.util.List;

import be.lokaalcirculair.network.NetworkEvent;
import be.lokaalcirculair.organisation.Municipality;
import be.lokaalcirculair.shared.taxonomy.Lever;
import be.lokaalcirculair.shared.taxonomy.Theme;

/**
 * An event with the public facts other modules know of it, as the API, the exports and
 * the feed give them. Nothing of a person: the registrations only as a count of seats.
 *
 * @param event the event
 * @param municipality where it takes place, or {@code null} (online, or not known)
 * @param seatsLeft the seats still free
 * @param practiceIds the published fiches linked to it, in the editor's order
 * @param baseUrl the site's address
 */
record EventFacts(NetworkEvent event, Municipality municipality, long seatsLeft, List<Long> practiceIds,
		String baseUrl) {

	/** The address of the event's page. */
	String url() {
		return this.baseUrl + "/activiteiten/" + this.event.getSlug();
	}

	/** The themes in the vocabulary's order, the same on every node. */
	List<Theme> themes() {
		return this.event.getThemes().stream().sorted().toList();
	}

	/** The levers in the vocabulary's order. */
	List<Lever> levers() {
		return this.event.getLevers().stream().sorted().toList();
	}

	/** Whether every seat is taken (a registration goes to the waiting list). */
	boolean full() {
		return this.seatsLeft == 0;
	}

}
