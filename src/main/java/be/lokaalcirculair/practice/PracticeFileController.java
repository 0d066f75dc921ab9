package be.lokaalcirculair.practice;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import be.lokaalcirculair.shared.text.Slugs;

/**
 * Serves the images and attachments of published fiches, from the database. A file is
 * found only through the fiche it belongs to; attachments are always downloads, never
 * rendered in the page.
 */
@Controller
class PracticeFileController {

	private final PracticeCatalog catalog;

	private final PracticeImageRepository images;

	private final PracticeAttachmentRepository attachments;

	PracticeFileController(PracticeCatalog catalog, PracticeImageRepository images,
			PracticeAttachmentRepository attachments) {
		this.catalog = catalog;
		this.images = images;
		this.attachments = attachments;
	}

	static String imageUrl(Practice practice, long imageId) {
		return PracticeController.url(practice) + "/afbeeldingen/" + imageId;
	}

	static String attachmentUrl(Practice practice, long attachmentId) {
		return PracticeController.url(practice) + "/bijlagen/" + attachmentId;
	}

	@GetMapping("/praktijken/{slug}/afbeeldingen/{id}")
	@Transactional(readOnly = true)
	ResponseEntity<byte[]> image(@PathVariable String slug, @PathVariable long id) {
		PracticeImage image = this.images.findByIdAndPracticeId(id, publishedId(slug))
			.orElseThrow(PracticeFileController::notFound);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(image.getContentType()))
			.cacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().build().toString())
			.body(image.getContent());
	}

	@GetMapping("/praktijken/{slug}/bijlagen/{id}")
	@Transactional(readOnly = true)
	ResponseEntity<byte[]> attachment(@PathVariable String slug, @PathVariable long id) {
		PracticeAttachment attachment = this.attachments.findByIdAndPracticeId(id, publishedId(slug))
			.orElseThrow(PracticeFileController::notFound);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(attachment.getFileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(attachment.getContent());
	}

	private long publishedId(String slug) {
		if (!Slugs.isWellFormed(slug)) {
			throw notFound();
		}
		return this.catalog.published(slug).orElseThrow(PracticeFileController::notFound).getId();
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
