package be.lokaalcirculair.network;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import be.lokaalcirculair.account.AccountFixtures;
import be.lokaalcirculair.account.AccountPrincipal;
import be.lokaalcirculair.account.Role;
import be.lokaalcirculair.support.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Editors add links and documents to an event; a document must be what its name says
 * (checked by its first bytes), a link must be http(s); documents are served as downloads
 * with {@code nosniff}; participants-only material stays hidden from others; deleting
 * asks for a confirmation.
 */
@PlatformTest
class EventMaterialsTests {

	private static final byte[] PDF = "%PDF-1.4\n% slides\n".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	EventMaterials materials;

	@Test
	void anUploadedDocumentIsADownloadWithNosniffAndCanBeDeleted() throws Exception {
		NetworkEvent event = NetworkFixtures.event(this.context, 5, 2);
		MvcResult added = upload(event, "Presentatie van de dag", "../../slides.pdf", PDF, false);
		assertThat(added.getResponse().getRedirectedUrl()).isEqualTo(admin(event));
		MaterialInfo material = this.materials.publicMaterials(event.getId()).get(0);
		assertThat(material.fileName()).isEqualTo("slides.pdf");

		assertThat(page(event, null)).contains("Materiaal").contains("Presentatie van de dag");
		MvcResult download = this.mvc.perform(get(material.href())).andReturn();
		assertThat(download.getResponse().getStatus()).isEqualTo(200);
		assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment")
			.contains("slides.pdf");
		assertThat(download.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(download.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(PDF);

		String confirm = this.mvc.perform(get(admin(event) + "/" + material.id() + "/verwijderen").with(user(editor())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(confirm).contains("echt verwijderen").contains("Presentatie van de dag");
		assertThat(this.materials.publicMaterials(event.getId())).as("opening the confirmation deletes nothing")
			.hasSize(1);
		this.mvc.perform(post(admin(event) + "/" + material.id() + "/verwijderen").with(user(editor())).with(csrf()));
		assertThat(this.materials.publicMaterials(event.getId())).isEmpty();
		assertThat(this.mvc.perform(get(material.href())).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void documentsWhoseContentDoesNotMatchAreRefused() throws Exception {
		NetworkEvent event = NetworkFixtures.event(this.context, 5, 2);
		byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
		for (String name : new String[] { "verslag.pdf", "verslag.docx", "verslag.html" }) {
			MvcResult refused = upload(event, "Verslag", name, html, false);
			assertThat(refused.getResponse().getStatus()).as(name).isEqualTo(400);
			assertThat(refused.getResponse().getContentAsString()).contains("geen PDF- of kantoordocument");
		}
		MvcResult zipAsPdf = upload(event, "Verslag", "verslag.pdf", new byte[] { 'P', 'K', 3, 4, 0, 0 }, false);
		assertThat(zipAsPdf.getResponse().getStatus()).isEqualTo(400);
		assertThat(upload(event, "", "verslag.pdf", PDF, false).getResponse().getContentAsString())
			.contains("Geef het document een titel");
		MvcResult docx = upload(event, "Verslag", "verslag.docx", new byte[] { 'P', 'K', 3, 4, 0, 0 }, false);
		assertThat(docx.getResponse().getStatus()).isEqualTo(302);
		assertThat(this.materials.publicMaterials(event.getId())).extracting(MaterialInfo::fileName)
			.containsExactly("verslag.docx");
	}

	@Test
	void aLinkMustBeHttpOrHttps() throws Exception {
		NetworkEvent event = NetworkFixtures.event(this.context, 5, 2);
		for (String url : new String[] { "javascript:alert(1)", "ftp://example.org/x", "", "https://" }) {
			MvcResult refused = link(event, "Opname", url, false);
			assertThat(refused.getResponse().getStatus()).as(url).isEqualTo(400);
			assertThat(refused.getResponse().getContentAsString()).contains("https:// of http://");
		}
		assertThat(link(event, "", "https://example.org/opname", false).getResponse().getStatus()).isEqualTo(400);
		assertThat(link(event, "Opname", "https://example.org/opname", false).getResponse().getRedirectedUrl())
			.isEqualTo(admin(event));
		assertThat(this.materials.publicMaterials(event.getId())).extracting(MaterialInfo::href)
			.containsExactly("https://example.org/opname");
	}

	@Test
	void participantsOnlyMaterialIsHiddenFromOthers() throws Exception {
		NetworkEvent event = NetworkFixtures.event(this.context, 5, 2);
		AccountPrincipal participant = FollowUpFixtures.registered(this.context, event,
				"materiaal.deelnemer@example.org");
		AccountPrincipal other = FollowUpFixtures.member(this.context, "materiaal.ander@example.org");
		upload(event, "Deelnemerslijst met contacten", "contacten.pdf", PDF, true);
		link(event, "Besloten opname", "https://example.org/besloten", true);
		link(event, "Openbaar verslag", "https://example.org/openbaar", false);
		MaterialInfo file = this.materials.all(event.getId())
			.stream()
			.filter((m) -> !m.isLink())
			.findFirst()
			.orElseThrow();

		for (AccountPrincipal outsider : new AccountPrincipal[] { null, other }) {
			assertThat(page(event, outsider)).contains("Openbaar verslag")
				.doesNotContain("Besloten opname")
				.doesNotContain("Deelnemerslijst met contacten");
			var request = get(file.href());
			assertThat(this.mvc.perform((outsider != null) ? request.with(user(outsider)) : request)
				.andReturn()
				.getResponse()
				.getStatus()).isEqualTo(403);
		}
		assertThat(page(event, participant)).contains("Besloten opname").contains("Deelnemerslijst met contacten");
		assertThat(this.mvc.perform(get(file.href()).with(user(participant))).andReturn().getResponse().getStatus())
			.isEqualTo(200);
		assertThat(this.materials.publicMaterials(event.getId())).extracting(MaterialInfo::title)
			.containsExactly("Openbaar verslag");
	}

	private static String admin(NetworkEvent event) {
		return "/beheer/activiteiten/" + event.getId() + "/materialen";
	}

	private MvcResult upload(NetworkEvent event, String title, String name, byte[] content, boolean participantsOnly)
			throws Exception {
		var request = multipart(admin(event) + "/bestand")
			.file(new MockMultipartFile("file", name, "application/octet-stream", content))
			.param("title", title);
		if (participantsOnly) {
			request.param("participantsOnly", "true");
		}
		return this.mvc.perform(request.with(user(editor())).with(csrf())).andReturn();
	}

	private MvcResult link(NetworkEvent event, String title, String url, boolean participantsOnly) throws Exception {
		return this.mvc
			.perform(post(admin(event) + "/link").param("title", title)
				.param("url", url)
				.param("participantsOnly", String.valueOf(participantsOnly))
				.with(user(editor()))
				.with(csrf()))
			.andReturn();
	}

	private String page(NetworkEvent event, AccountPrincipal person) throws Exception {
		var request = get("/activiteiten/" + event.getSlug());
		return this.mvc.perform((person != null) ? request.with(user(person)) : request)
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private AccountPrincipal editor() {
		return AccountFixtures.create(this.context, "materiaal.redacteur@example.org", Role.EDITOR, null);
	}

}
