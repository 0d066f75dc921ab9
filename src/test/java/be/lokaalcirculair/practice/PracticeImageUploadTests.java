package be.lokaalcirculair.practice;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import be.lokaalcirculair.account.AccountFixtures;
import be.lokaalcirculair.account.AccountPrincipal;
import be.lokaalcirculair.account.Role;
import be.lokaalcirculair.shared.taxonomy.Theme;
import be.lokaalcirculair.support.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * QUALITY.md S10 for images: checked by content, re-encoded without metadata, alt text
 * required.
 */
@PlatformTest
class PracticeImageUploadTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	PracticeImageRepository images;

	@Test
	void anImageIsStoredWithoutItsMetadata() throws Exception {
		AccountPrincipal author = AccountFixtures.create(this.context, "beelden@example.org", Role.MEMBER, "12025");
		long id = draft(author);
		byte[] withSecret = pngWithText("GPSLatitude", "51.0259 N geheime plek");
		assertThat(new String(withSecret, StandardCharsets.ISO_8859_1)).contains("geheime plek");
		this.mvc
			.perform(upload(id, new MockMultipartFile("bestand", "foto.png", "image/png", withSecret), "Een plein")
				.with(user(author)))
			.andExpect(flash().attribute("flash", "practice.image.added"));
		PracticeImage stored = this.images.findAll()
			.stream()
			.filter((image) -> image.getPracticeId() == id)
			.findFirst()
			.orElseThrow();
		assertThat(new String(stored.getContent(), StandardCharsets.ISO_8859_1)).doesNotContain("geheime plek");
		assertThat(stored.getAltText()).isEqualTo("Een plein");
		assertThat(stored.getThumbnail()).isNotEmpty();
		this.mvc.perform(get("/mijn-praktijken/" + id + "/afbeeldingen/" + stored.getId()).with(user(author)))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	@Test
	void filesThatLieAboutBeingImagesAreRefused() throws Exception {
		AccountPrincipal author = AccountFixtures.create(this.context, "leugens@example.org", Role.MEMBER, "12025");
		long id = draft(author);
		byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
		byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);
		for (MockMultipartFile file : new MockMultipartFile[] {
				new MockMultipartFile("bestand", "foto.png", "image/png", html),
				new MockMultipartFile("bestand", "../../x.jpg", "image/jpeg", svg),
				new MockMultipartFile("bestand", "logo.svg", "image/svg+xml", svg) }) {
			this.mvc.perform(upload(id, file, "Iets").with(user(author)))
				.andExpect(flash().attribute("flash", "practice.image.not-an-image"));
		}
		this.mvc
			.perform(upload(id,
					new MockMultipartFile("bestand", "groot.png", "image/png", new byte[10 * 1024 * 1024 + 1]), "Groot")
				.with(user(author)))
			.andExpect(flash().attribute("flash", "practice.image.too-large"));
		this.mvc
			.perform(upload(id, new MockMultipartFile("bestand", "foto.png", "image/png", pngWithText("a", "b")), " ")
				.with(user(author)))
			.andExpect(flash().attribute("flash", "practice.image.alt-required"));
		assertThat(this.images.countByPracticeId(id)).isZero();
	}

	@Test
	void pdfsAreCheckedByContentAndTheirNamesCannotBeUsedAsPaths() throws Exception {
		AccountPrincipal author = AccountFixtures.create(this.context, "documenten@example.org", Role.MEMBER, "12025");
		long id = draft(author);
		this.mvc
			.perform(
					multipart("/mijn-praktijken/" + id + "/bijlagen")
						.file(new MockMultipartFile("bestand", "rapport.pdf", "application/pdf",
								"<html>geen pdf</html>".getBytes(StandardCharsets.UTF_8)))
						.with(csrf())
						.with(user(author)))
			.andExpect(flash().attribute("flash", "practice.attachment.not-a-pdf"));
		this.mvc.perform(multipart("/mijn-praktijken/" + id + "/bijlagen")
			.file(new MockMultipartFile("bestand", "../../etc/passwd", "application/pdf",
					"%PDF-1.4 echte inhoud".getBytes(StandardCharsets.US_ASCII)))
			.param("titel", "Evaluatie")
			.with(csrf())
			.with(user(author))).andExpect(flash().attribute("flash", "practice.attachment.added"));
		long attachment = this.context.getBean(PracticeAttachmentRepository.class).findInfoByPracticeId(id).get(0).id();
		this.mvc.perform(get("/mijn-praktijken/" + id + "/bijlagen/" + attachment).with(user(author)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("passwd.pdf")));
		AccountPrincipal other = AccountFixtures.create(this.context, "nieuwsgierig@example.org", Role.MEMBER, "44021");
		this.mvc.perform(get("/mijn-praktijken/" + id + "/bijlagen/" + attachment).with(user(other)))
			.andExpect(status().isNotFound());
		assertThat(PracticeManagement.safeFileName("../../etc/passwd")).isEqualTo("passwd.pdf");
		assertThat(PracticeManagement.safeFileName("..\\..\\x.pdf")).isEqualTo("x.pdf");
		assertThat(PracticeManagement.safeFileName("<script>.pdf")).isEqualTo("_script_.pdf");
	}

	@Test
	void othersCannotAddOrSeeImages() throws Exception {
		AccountPrincipal author = AccountFixtures.create(this.context, "eigen.beelden@example.org", Role.MEMBER,
				"12025");
		AccountPrincipal other = AccountFixtures.create(this.context, "vreemde@example.org", Role.MEMBER, "44021");
		long id = draft(author);
		this.mvc
			.perform(upload(id, new MockMultipartFile("bestand", "f.png", "image/png", pngWithText("a", "b")), "Iets")
				.with(user(other)))
			.andExpect(status().isForbidden());
	}

	private long draft(AccountPrincipal author) {
		Practice practice = PracticeFixtures.publish(this.context, "beeld-" + author.id(), "Fiche met beelden",
				"Samenvatting.", "Tekst.", "12025", Theme.PUBLIEKE_RUIMTE);
		PracticeFixtures.moderate(this.context, practice.getId(), ModerationState.DRAFT);
		return practice.getId();
	}

	private static org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder upload(long id,
			MockMultipartFile file, String alt) {
		return (org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder) multipart(
				"/mijn-praktijken/" + id + "/afbeeldingen")
			.file(file)
			.param("alt", alt)
			.with(csrf());
	}

	/** A PNG carrying a text chunk, as a camera or editor leaves metadata in a file. */
	static byte[] pngWithText(String key, String value) throws Exception {
		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
		IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
		IIOMetadataNode text = new IIOMetadataNode("tEXt");
		IIOMetadataNode entry = new IIOMetadataNode("tEXtEntry");
		entry.setAttribute("keyword", key);
		entry.setAttribute("value", value);
		text.appendChild(entry);
		IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
		root.appendChild(text);
		metadata.mergeTree("javax_imageio_png_1.0", root);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ImageOutputStream output = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(output);
			writer.write(new IIOImage(image, null, metadata));
		}
		return out.toByteArray();
	}

}
