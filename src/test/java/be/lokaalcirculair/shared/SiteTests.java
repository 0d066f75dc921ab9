package be.lokaalcirculair.shared;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import be.lokaalcirculair.support.PlatformTest;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What every page shares: languages, security headers, error pages, what must not be
 * exposed.
 */
@PlatformTest
class SiteTests {

	@Autowired
	MockMvc mvc;

	@Test
	void dutchByDefaultAndEnglishOnRequest() throws Exception {
		this.mvc.perform(get("/").accept(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("<html lang=\"nl\">")))
			.andExpect(content().string(containsString("Praktijken")));
		this.mvc.perform(get("/").param("lang", "en").accept(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("<html lang=\"en\">")))
			.andExpect(content().string(containsString("Practices")))
			.andExpect(content().string(containsString("href=\"/?lang=nl\"")));
		this.mvc.perform(get("/").param("lang", "fr").accept(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("<html lang=\"nl\">")));
	}

	@Test
	void theLanguageSwitchKeepsTheRestOfTheAddress() throws Exception {
		this.mvc.perform(get("/praktijken?thema=voeding").accept(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("href=\"/praktijken?thema=voeding&amp;lang=en\"")));
	}

	@Test
	void aVisitorWhoOnlyReadsGetsNoSession() throws Exception {
		for (String page : java.util.List.of("/", "/praktijken", "/praktijken?q=afval", "/organisaties",
				"/api/v1/practices", "/feeds/praktijken.atom")) {
			org.assertj.core.api.Assertions
				.assertThat(this.mvc.perform(get(page)).andReturn().getRequest().getSession(false))
				.as(page)
				.isNull();
		}
		org.assertj.core.api.Assertions
			.assertThat(this.mvc.perform(get("/aanmelden")).andReturn().getRequest().getSession(false))
			.as("a page with a form keeps its CSRF token in a session")
			.isNotNull();
	}

	@Test
	void everyPageCarriesTheSecurityHeaders() throws Exception {
		this.mvc.perform(get("/praktijken").accept(MediaType.TEXT_HTML))
			.andExpect(header().string("Content-Security-Policy",
					allOf(containsString("default-src 'self'"), containsString("frame-ancestors 'none'"),
							not(containsString("unsafe-inline")))))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
			.andExpect(header().string("X-Frame-Options", "DENY"));
	}

	@Test
	void operationalEndpointsOtherThanHealthAreNotExposed() throws Exception {
		this.mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		for (String probe : new String[] { "/actuator/env", "/actuator/beans", "/actuator/heapdump", "/h2-console",
				"/h2-console/login.do" }) {
			this.mvc.perform(get(probe)).andExpect(status().isNotFound());
		}
	}

	@Test
	void stateChangingRequestsWithoutATokenAreRefused() throws Exception {
		this.mvc.perform(post("/praktijken").accept(MediaType.TEXT_HTML)).andExpect(status().isForbidden());
	}

	@Test
	void staticAssetsHaveContentHashedNamesAndLongCaching() throws Exception {
		String page = this.mvc.perform(get("/").accept(MediaType.TEXT_HTML))
			.andReturn()
			.getResponse()
			.getContentAsString();
		java.util.regex.Matcher css = java.util.regex.Pattern.compile("/static/css/site-[0-9a-f]{32}\\.css")
			.matcher(page);
		org.assertj.core.api.Assertions.assertThat(css.find()).as("hashed stylesheet link").isTrue();
		this.mvc.perform(get(css.group()))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("max-age=31536000")));
	}

}
