package be.lokaalcirculair.practice;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import be.lokaalcirculair.support.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlatformTest
class PracticeFilesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PracticeCatalog catalog;

	@Autowired
	PracticeRepository practices;

	@Autowired
	PracticeImageRepository images;

	@Autowired
	PracticeAttachmentRepository attachments;

	@Test
	void imagesOfAPublishedFicheAreShownWithTheirTextAlternative() throws Exception {
		Practice practice = published(0);
		PracticeImage image = this.images.save(new PracticeImage(practice.getId(), 0, "image/png", png(), 40, 30,
				"Vrijwilligers sorteren kledij in de kringwinkel", "Sorteerdag in 2023"));
		this.mvc.perform(get(PracticeController.url(practice)).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("alt=\"Vrijwilligers sorteren kledij in de kringwinkel\"")))
			.andExpect(content().string(containsString(PracticeFileController.imageUrl(practice, image.getId()))));
		this.mvc.perform(get(PracticeFileController.imageUrl(practice, image.getId())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	@Test
	void attachmentsAreAlwaysDownloads() throws Exception {
		Practice practice = published(1);
		PracticeAttachment attachment = this.attachments.save(new PracticeAttachment(practice.getId(), 0,
				"verslag 2023.pdf", "application/pdf", "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII), "Verslag"));
		this.mvc.perform(get(PracticeFileController.attachmentUrl(practice, attachment.getId())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Type", "application/octet-stream"));
	}

	@Test
	void aFileIsOnlyFoundThroughItsOwnPublishedFiche() throws Exception {
		Practice owner = published(2);
		Practice other = published(3);
		PracticeImage image = this.images
			.save(new PracticeImage(owner.getId(), 0, "image/png", png(), 40, 30, "Een beeld", null));
		this.mvc.perform(get(PracticeFileController.imageUrl(other, image.getId()))).andExpect(status().isNotFound());
		Practice draft = this.practices.findAll()
			.stream()
			.filter((p) -> !p.getModerationState().isPublic())
			.findFirst()
			.orElseThrow();
		PracticeImage hidden = this.images
			.save(new PracticeImage(draft.getId(), 0, "image/png", png(), 40, 30, "Nog niet publiek", null));
		this.mvc.perform(get(PracticeFileController.imageUrl(draft, hidden.getId()))).andExpect(status().isNotFound());
	}

	@Test
	void anImageNeedsAnAllowedTypeAndATextAlternative() throws Exception {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PracticeImage(1, 0, "image/svg+xml", png(), 1, 1, "Logo", null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PracticeImage(1, 0, "image/png", png(), 1, 1, " ", null));
		assertThat(PracticeImage.CONTENT_TYPES).doesNotContain("image/svg+xml", "text/html");
	}

	private Practice published(int index) {
		return this.catalog.published(PracticeFilter.none(), 0, 10, PracticeSort.TITLE).getContent().get(index);
	}

	private static byte[] png() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

}
