package be.lokaalcirculair.network;

import java.util.List;

/** What the public series pages show. */
public final class SeriesPage {

	private SeriesPage() {
	}

	/**
	 * A series in the list.
	 *
	 * @param series the series
	 * @param sessions how many sessions it has
	 * @param followers how many follow it
	 */
	public record Card(MasterclassSeries series, int sessions, long followers) {
	}

	/**
	 * A series' own page.
	 *
	 * @param series the series
	 * @param descriptionHtml the description, sanitised HTML
	 * @param sessions its sessions, earliest first
	 * @param followers how many follow it
	 * @param signedIn whether someone is logged in
	 * @param own the attendance of whoever looks, when they follow; else null
	 */
	public record Detail(MasterclassSeries series, String descriptionHtml, List<NetworkEvent> sessions, long followers,
			boolean signedIn, SeriesAttendance.Row own) {

		public boolean following() {
			return this.own != null;
		}

		public boolean qualifies() {
			return this.own != null && this.own.qualifies();
		}

	}

}
