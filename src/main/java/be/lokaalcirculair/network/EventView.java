package be.lokaalcirculair.network;

import java.util.List;

import be.lokaalcirculair.practice.Practice;

/**
 * An event's page.
 *
 * @param event the event
 * @param place the municipality's name, or {@code null}
 * @param programmeHtml the programme as safe HTML
 * @param practices the published fiches linked to it
 * @param confirmed how many seats are taken
 * @param waiting how many are on the waiting list
 * @param open whether people can register now
 * @param past whether it has ended
 * @param registration the visitor's own registration, or {@code null}
 * @param signedIn whether someone is logged in
 * @param problem a message key saying why the last action was refused, or {@code null}
 */
public record EventView(NetworkEvent event, String place, String programmeHtml, List<Practice> practices,
		long confirmed, long waiting, boolean open, boolean past, Registration registration, boolean signedIn,
		String problem) {

	/** The seats still free. */
	public long seatsLeft() {
		return Math.max(0, this.event.getCapacity() - this.confirmed);
	}

	/** Whether the visitor holds a seat or waits for one. */
	public boolean registered() {
		return this.registration != null && this.registration.isActive();
	}

	/** Whether the online link may be shown: only to those with a seat. */
	public boolean showOnlineLink() {
		return this.event.isOnline() && this.registration != null
				&& this.registration.getStatus() == Registration.Status.CONFIRMED;
	}

	/** Whether a waiting list exists: the seats are all taken. */
	public boolean full() {
		return seatsLeft() == 0;
	}

}
