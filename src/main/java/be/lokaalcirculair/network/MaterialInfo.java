package be.lokaalcirculair.network;

/**
 * What a page needs to show of an event's material, without a file's content.
 *
 * @param id the material's id
 * @param eventId the event
 * @param eventSlug the event's slug, for the download's address
 * @param title what the editor called it
 * @param url the address of a link, or {@code null} for a file
 * @param fileName the name of a file, or {@code null} for a link
 * @param sizeBytes a file's size
 * @param participantsOnly whether only those who had a seat may see it
 */
public record MaterialInfo(long id, long eventId, String eventSlug, String title, String url, String fileName,
		long sizeBytes, boolean participantsOnly) {

	/** Whether it is a link to elsewhere (else a file to download here). */
	public boolean isLink() {
		return this.url != null;
	}

	/** Where it is opened: the link itself, or the download on this site. */
	public String href() {
		return isLink() ? this.url : "/activiteiten/" + this.eventSlug + "/materiaal/" + this.id;
	}

	/** A file's size in kilobytes, rounded up. */
	public long sizeKilobytes() {
		return (this.sizeBytes + 1023) / 1024;
	}

}
