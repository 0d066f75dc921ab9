package be.lokaalcirculair.network;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Those who had a seat give feedback after the event (a second time replaces the first);
 * others get a clear 403, bad scores an error at the field; editors see the count,
 * average, distribution and comments, never a name.
 */
@PlatformTest
class EventFeedbackTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Test
	void participantsGiveFeedbackAndEditorsSeeAnAnonymousSummary() throws Exception {
		NetworkEvent event = NetworkFixtures.event(this.context, 5, 3);
		AccountPrincipal ann = FollowUpFixtures.registered(this.context, event, "feedback.ann@example.org");
		AccountPrincipal bert = FollowUpFixtures.registered(this.context, event, "feedback.bert@example.org");
		AccountPrincipal carl = FollowUpFixtures.registered(this.context, event, "feedback.carl@example.org");
		FollowUpFixtures.startedAgo(this.context, event, Duration.ofHours(3));

		assertThat(page(event, ann)).contains("Uw feedback").contains("/activiteiten/" + event.getSlug() + "/feedback");
		assertThat(send(event, ann, "2", "Te lang").getResponse().getRedirectedUrl())
			.isEqualTo("/activiteiten/" + event.getSlug());
		MvcResult again = send(event, ann, "5", "Achteraf toch heel goed");
		assertThat(again.getFlashMap().values()).as("a second submission replaces the first").isNotEmpty();
		send(event, bert, "4", "");
		send(event, carl, "4", "Leerrijk <script>alert(1)</script>");
		assertThat(form(event, ann)).as("the form shows what was sent").contains("Achteraf toch heel goed");

		String summary = this.mvc
			.perform(get("/beheer/activiteiten/" + event.getId() + "/feedback").with(user(editor())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(summary).contains("<dd>3</dd>").contains("4,3 op 5").contains("Achteraf toch heel goed");
		assertThat(summary).doesNotContain("Te lang").doesNotContain("<script>alert(1)");
		assertThat(summary).doesNotContain(ann.displayName()).doesNotContain("feedback.ann@example.org");
		assertThat(rowCount(summary, 5)).isEqualTo("1");
		assertThat(rowCount(summary, 4)).isEqualTo("2");
		assertThat(rowCount(summary, 2)).isEqualTo("0");
	}

	@Test
	void othersAreRefusedWithAClearPageAndBadScoresAreErrors() throws Exception {
		NetworkEvent event = NetworkFixtures.event(this.context, 1, 3);
		AccountPrincipal seated = FollowUpFixtures.registered(this.context, event, "feedback.zit@example.org");
		AccountPrincipal waiting = FollowUpFixtures.registered(this.context, event, "feedback.wacht@example.org");
		AccountPrincipal stranger = FollowUpFixtures.member(this.context, "feedback.vreemd@example.org");

		MvcResult tooEarly = this.mvc.perform(get(url(event)).with(user(seated))).andReturn();
		assertThat(tooEarly.getResponse().getStatus()).isEqualTo(409);
		assertThat(tooEarly.getResponse().getContentAsString()).contains("vanaf de start");
		FollowUpFixtures.startedAgo(this.context, event, Duration.ofHours(3));

		for (AccountPrincipal other : new AccountPrincipal[] { waiting, stranger }) {
			MvcResult refused = send(event, other, "5", "");
			assertThat(refused.getResponse().getStatus()).isEqualTo(403);
			assertThat(refused.getResponse().getContentAsString()).contains("Alleen wie een plaats had");
		}
		for (String score : new String[] { "0", "6", "", "vijf", "4.5" }) {
			MvcResult bad = send(event, seated, score, "");
			assertThat(bad.getResponse().getStatus()).as(score).isEqualTo(400);
			assertThat(bad.getResponse().getContentAsString()).contains("Kies een score van 1 tot 5.");
		}
		MvcResult tooLong = send(event, seated, "3", "x".repeat(2001));
		assertThat(tooLong.getResponse().getStatus()).isEqualTo(400);
		assertThat(this.mvc.perform(get("/activiteiten/bestaat-niet/feedback").with(user(seated)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(this.mvc.perform(get(url(event))).andReturn().getResponse().getRedirectedUrl())
			.endsWith("/aanmelden");
		String summary = this.mvc
			.perform(get("/beheer/activiteiten/" + event.getId() + "/feedback").with(user(editor())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(summary).as("nothing was kept").contains("Er is nog geen feedback");
	}

	@Test
	void theFormClosesAfterTheConfiguredDays() throws Exception {
		NetworkEvent event = NetworkFixtures.event(this.context, 1, 3);
		AccountPrincipal seated = FollowUpFixtures.registered(this.context, event, "feedback.laat@example.org");
		FollowUpFixtures.startedAgo(this.context, event, Duration.ofDays(31));
		MvcResult late = send(event, seated, "4", "");
		assertThat(late.getResponse().getStatus()).isEqualTo(409);
		assertThat(late.getResponse().getContentAsString()).contains("die periode is voorbij");
	}

	private static String url(NetworkEvent event) {
		return "/activiteiten/" + event.getSlug() + "/feedback";
	}

	private MvcResult send(NetworkEvent event, AccountPrincipal person, String score, String comment) throws Exception {
		return this.mvc
			.perform(post(url(event)).param("score", score).param("comment", comment).with(user(person)).with(csrf()))
			.andReturn();
	}

	private String form(NetworkEvent event, AccountPrincipal person) throws Exception {
		return this.mvc.perform(get(url(event)).with(user(person))).andReturn().getResponse().getContentAsString();
	}

	private String page(NetworkEvent event, AccountPrincipal person) throws Exception {
		return this.mvc.perform(get("/activiteiten/" + event.getSlug()).with(user(person)))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private AccountPrincipal editor() {
		return AccountFixtures.create(this.context, "feedback.redacteur." + System.nanoTime() + "@example.org",
				Role.EDITOR, "12025");
	}

	/** The count in the distribution table's row of a score. */
	private static String rowCount(String html, int score) {
		var matcher = java.util.regex.Pattern.compile("<th scope=\"row\">" + score + " [^<]*</th>\\s*<td>(\\d+)</td>")
			.matcher(html);
		assertThat(matcher.find()).as("row " + score).isTrue();
		return matcher.group(1);
	}

}
