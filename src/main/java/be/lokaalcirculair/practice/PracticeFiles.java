package be.lokaalcirculair.practice;

/**
 * What a page needs to know of a fiche's images and attachments, without their content.
 */
public final class PracticeFiles {

	private PracticeFiles() {
	}

	/**
	 * An image to show.
	 *
	 * @param id the image's id
	 * @param altText its text alternative
	 * @param width its width in pixels
	 * @param height its height in pixels
	 * @param caption its caption, or {@code null}
	 */
	public record ImageInfo(long id, String altText, int width, int height, String caption) {
	}

	/**
	 * An attachment to offer.
	 *
	 * @param id the attachment's id
	 * @param fileName the name of the file
	 * @param title a title, or {@code null}
	 * @param sizeBytes its size
	 */
	public record AttachmentInfo(long id, String fileName, String title, long sizeBytes) {

		/** The size in kilobytes, rounded up. */
		public long sizeKilobytes() {
			return (this.sizeBytes + 1023) / 1024;
		}

	}

}
