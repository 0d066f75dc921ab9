package be.lokaalcirculair.network;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import be.lokaalcirculair.account.AccountFixtures;
import be.lokaalcirculair.account.AccountPrincipal;
import be.lokaalcirculair.account.Role;
import be.lokaalcirculair.network.Registration.Attendance;
import be.lokaalcirculair.network.SeriesManagement.Follower;
import be.lokaalcirculair.organisation.Organisations;
import be.lokaalcirculair.support.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A follower who attended the minimum downloads a PDF certificate with their name,
 * organisation, the series and the sessions; anyone else gets a page that says why not
 * (403), and nobody gets someone else's certificate but the editors.
 */
@PlatformTest
class SeriesCertificateTests {

	private static final String NAME = "Anaïs Vandeweyer-Çelik";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	SeriesManagement series;

	@Autowired
	EventManagement events;

	@Autowired
	RegistrationManagement registrations;

	MasterclassSeries masterclass;

	NetworkEvent first;

	AccountPrincipal qualifying;

	AccountPrincipal notEnough;

	@BeforeEach
	void followersWithAndWithoutEnoughSessions() {
		this.first = NetworkFixtures.event(this.context, 10, 25);
		NetworkEvent second = NetworkFixtures.event(this.context, 10, 26);
		this.masterclass = SeriesFixtures.series(this.context, 2, this.first, second);
		this.qualifying = follow("attest.ja." + this.masterclass.getId() + "@example.org", NAME);
		this.notEnough = follow("attest.nee." + this.masterclass.getId() + "@example.org", "Niet Genoeg");
		present(this.first, this.qualifying);
		present(second, this.qualifying);
		present(this.first, this.notEnough);
	}

	@Test
	void aQualifyingFollowerGetsAPdfWithNameOrganisationSeriesAndSessions() throws Exception {
		MvcResult result = this.mvc.perform(get(url()).with(user(this.qualifying))).andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(result.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
		String text = text(result.getResponse().getContentAsByteArray());
		String organisation = this.context.getBean(Organisations.class)
			.organisation(this.qualifying.organisationId())
			.orElseThrow()
			.getName();
		assertThat(text).contains("Deelnameattest")
			.contains(NAME)
			.contains(organisation)
			.contains(this.masterclass.getTitle())
			.contains(this.first.getTitle())
			.contains("en 2 van de 2 sessies heeft bijgewoond")
			.contains("Uitgereikt op");
		assertThat(
				this.mvc.perform(get("/activiteiten/reeksen/" + this.masterclass.getSlug()).with(user(this.qualifying)))
					.andReturn()
					.getResponse()
					.getContentAsString())
			.contains("Mijn deelnameattest (PDF)");
	}

	@Test
	void aFollowerBelowTheMinimumOrSomeoneWhoDoesNotFollowGets403WithTheReason() throws Exception {
		MvcResult tooFew = this.mvc.perform(get(url()).with(user(this.notEnough))).andReturn();
		assertThat(tooFew.getResponse().getStatus()).isEqualTo(403);
		assertThat(tooFew.getResponse().getContentAsString())
			.contains("U woonde 1 sessie bij; voor een attest zijn er minstens 2 nodig.");

		AccountPrincipal stranger = AccountFixtures.create(this.context, "attest.vreemd@example.org", Role.MEMBER,
				"44021");
		MvcResult notFollowing = this.mvc.perform(get(url()).with(user(stranger))).andReturn();
		assertThat(notFollowing.getResponse().getStatus()).isEqualTo(403);
		assertThat(notFollowing.getResponse().getContentAsString()).contains("U volgt deze reeks niet");
		assertThat(this.mvc.perform(get(url())).andReturn().getResponse().getRedirectedUrl())
			.as("a visitor logs in first")
			.endsWith("/aanmelden");
	}

	@Test
	void someoneElsesCertificateIsOnlyForEditors() throws Exception {
		String ofQualifying = "/beheer/reeksen/" + this.masterclass.getId() + "/aanwezigheid/" + this.qualifying.id()
				+ "/attest.pdf";
		assertThat(this.mvc.perform(get(ofQualifying).with(user(this.notEnough))).andReturn().getResponse().getStatus())
			.isEqualTo(403);

		AccountPrincipal editor = AccountFixtures.create(this.context, "attest.redacteur@example.org", Role.EDITOR,
				null);
		MvcResult asEditor = this.mvc.perform(get(ofQualifying).with(user(editor))).andReturn();
		assertThat(asEditor.getResponse().getStatus()).isEqualTo(200);
		assertThat(text(asEditor.getResponse().getContentAsByteArray())).contains(NAME);
		assertThat(this.mvc
			.perform(get("/beheer/reeksen/" + this.masterclass.getId() + "/aanwezigheid/" + this.notEnough.id()
					+ "/attest.pdf")
				.with(user(editor)))
			.andReturn()
			.getResponse()
			.getStatus()).as("not enough sessions").isEqualTo(403);
		assertThat(this.mvc
			.perform(get("/beheer/reeksen/" + this.masterclass.getId() + "/aanwezigheid/" + editor.id() + "/attest.pdf")
				.with(user(editor)))
			.andReturn()
			.getResponse()
			.getStatus()).as("not a follower").isEqualTo(404);
	}

	private String url() {
		return "/activiteiten/reeksen/" + this.masterclass.getSlug() + "/attest.pdf";
	}

	private AccountPrincipal follow(String email, String name) {
		AccountPrincipal person = AccountFixtures.create(this.context, email, Role.MEMBER, "12025");
		this.series.follow(this.masterclass.getId(), new Follower(person.id(), email, name, person.organisationId()));
		return person;
	}

	private void present(NetworkEvent session, AccountPrincipal person) {
		this.events.mark(session.getId(), this.registrations.of(session.getId(), person.id()).orElseThrow().getId(),
				Attendance.PRESENT);
	}

	static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

}
