package be.lokaalcirculair.practice;

import java.util.List;

import be.lokaalcirculair.organisation.Municipality;
import be.lokaalcirculair.organisation.Organisation;

/**
 * What the page of one fiche shows.
 *
 * @param practice the fiche
 * @param descriptionHtml the description, rendered and sanitised
 * @param lead the lead organisation
 * @param municipalities the 2025 municipalities it is about (pre-2025 codes resolved)
 * @param mapOutline the SVG path of those municipalities on the map of Flanders
 * @param images the images of the fiche, without content
 * @param attachments the attachments of the fiche, without content
 * @param related fiches sharing themes and levers
 * @param showContact whether the contact person may be shown (members only)
 */
public record PracticeView(Practice practice, String descriptionHtml, Organisation lead,
		List<Municipality> municipalities, String mapOutline, List<PracticeFiles.ImageInfo> images,
		List<PracticeFiles.AttachmentInfo> attachments, List<PracticeCard> related, boolean showContact) {

	/** Where an image of this fiche is served. */
	public String imageUrl(PracticeFiles.ImageInfo image) {
		return this.practice.getModerationState().isPublic()
				? PracticeFileController.imageUrl(this.practice, image.id())
				: "/mijn-praktijken/" + this.practice.getId() + "/afbeeldingen/" + image.id();
	}

	/** Where an attachment of this fiche is served. */
	public String attachmentUrl(PracticeFiles.AttachmentInfo attachment) {
		return this.practice.getModerationState().isPublic()
				? PracticeFileController.attachmentUrl(this.practice, attachment.id())
				: "/mijn-praktijken/" + this.practice.getId() + "/bijlagen/" + attachment.id();
	}

	/**
	 * Whether the fiche has any "lessons" section to show (success factors, obstacles,
	 * lessons).
	 */
	public boolean hasLessons() {
		return !this.practice.getSuccessFactors().isEmpty() || !this.practice.getObstacles().isEmpty()
				|| !this.practice.getLessons().isEmpty();
	}

}
