package be.lokaalcirculair.practice;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import be.lokaalcirculair.shared.mail.MailOutbox;
import be.lokaalcirculair.support.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Contacting a fiche's owner: the message arrives, the address stays hidden, abuse is
 * kept out.
 */
@PlatformTest
class ContactTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PracticeRepository practices;

	@Autowired
	MailOutbox outbox;

	@Test
	void aVisitorsMessageReachesTheContactPersonWithoutSeeingTheAddress() throws Exception {
		Practice practice = contactable();
		String email = practice.getContact().email();
		this.mvc.perform(get("/praktijken/" + practice.getSlug() + "/contact").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(email))));
		int before = this.outbox.to(email).size();
		this.mvc.perform(post("/praktijken/" + practice.getSlug() + "/contact").with(csrf())
			.param("name", "Jan Vragensteller")
			.param("email", "jan@example.org")
			.param("message", "Hoeveel kostte het {0} project? <b>graag</b> 'snel'")
			.with((request) -> {
				request.setRemoteAddr("10.0.0.1");
				return request;
			})).andExpect(status().is3xxRedirection());
		assertThat(this.outbox.to(email)).hasSize(before + 1);
		assertThat(this.outbox.to(email).get(0).getBody()).contains("Jan Vragensteller", "jan@example.org",
				"Hoeveel kostte het {0} project? <b>graag</b> 'snel'");
	}

	@Test
	void robotsAndFloodsAreKeptOut() throws Exception {
		Practice practice = contactable();
		String email = practice.getContact().email();
		int before = this.outbox.to(email).size();
		this.mvc
			.perform(post("/praktijken/" + practice.getSlug() + "/contact").with(csrf())
				.param("name", "Robot")
				.param("email", "robot@example.org")
				.param("message", "Koop nu")
				.param("website", "http://spam.example"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.outbox.to(email)).hasSize(before);
		for (int i = 0; i < ContactController.PER_HOUR; i++) {
			send(practice, "10.0.0.99").andExpect(status().is3xxRedirection());
		}
		send(practice, "10.0.0.99").andExpect(status().isTooManyRequests());
		this.mvc
			.perform(post("/praktijken/" + practice.getSlug() + "/contact").with(csrf())
				.param("name", "")
				.param("email", "geen")
				.param("message", "x".repeat(4000))
				.accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest());
	}

	private org.springframework.test.web.servlet.ResultActions send(Practice practice, String address)
			throws Exception {
		return this.mvc.perform(post("/praktijken/" + practice.getSlug() + "/contact").with(csrf())
			.param("name", "Iemand")
			.param("email", "iemand@example.org")
			.param("message", "Een vraag.")
			.with((request) -> {
				request.setRemoteAddr(address);
				return request;
			}));
	}

	private Practice contactable() {
		return this.practices.findAll()
			.stream()
			.filter((p) -> p.getModerationState().isPublic() && p.getContact() != null
					&& p.getContact().email() != null)
			.findFirst()
			.orElseThrow();
	}

}
