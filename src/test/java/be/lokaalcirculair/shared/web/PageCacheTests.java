package be.lokaalcirculair.shared.web;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import be.lokaalcirculair.account.AccountFixtures;
import be.lokaalcirculair.account.AccountPrincipal;
import be.lokaalcirculair.account.Role;
import be.lokaalcirculair.practice.Practice;
import be.lokaalcirculair.practice.PracticeFixtures;
import be.lokaalcirculair.shared.taxonomy.Theme;
import be.lokaalcirculair.support.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The shared cache of public pages: visitors without an account get the page kept for the
 * time to live (30 s here; expiry itself is tested in {@code LruCacheTests}), with an
 * ETag; anyone signed in or with a session always gets a fresh, uncached page.
 */
@PlatformTest
@TestPropertySource(properties = "lc.web.page-cache-ttl=30s")
class PageCacheTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@AfterEach
	void removeFixtures() {
		PracticeFixtures.removeAll(this.context);
	}

	@Test
	void visitorsShareTheKeptPageWithAnETagAndGet304WhenTheyHaveIt() throws Exception {
		MockHttpServletResponse first = page(get("/activiteiten"));
		MockHttpServletResponse second = page(get("/activiteiten"));
		String etag = first.getHeader(HttpHeaders.ETAG);
		assertThat(etag).startsWith("W/\"");
		assertThat(second.getHeader(HttpHeaders.ETAG)).isEqualTo(etag);
		assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString());
		assertThat(second.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-cache");
		assertThat(second.getHeader("Content-Security-Policy")).as("security headers on a kept page").isNotNull();
		assertThat(second.getHeaders(HttpHeaders.SET_COOKIE)).isEmpty();
		MockHttpServletResponse unchanged = this.mvc
			.perform(get("/activiteiten").header(HttpHeaders.IF_NONE_MATCH, etag))
			.andReturn()
			.getResponse();
		assertThat(unchanged.getStatus()).isEqualTo(304);
		assertThat(unchanged.getContentAsByteArray()).isEmpty();
	}

	@Test
	void aVisitorSeesANewFicheOnlyAfterTheTimeToLiveButAMemberAtOnce() throws Exception {
		assertThat(page(get("/praktijken")).getContentAsString()).doesNotContain("Paginacache-proef");
		publish("Paginacache-proef met herbruikbare bekers");
		assertThat(page(get("/praktijken")).getContentAsString()).as("kept for visitors")
			.doesNotContain("Paginacache-proef");
		AccountPrincipal member = AccountFixtures.create(this.context, "paginacache.lid@example.org", Role.MEMBER,
				null);
		MockHttpServletResponse signedIn = page(get("/praktijken").with(user(member)));
		assertThat(signedIn.getContentAsString()).contains("Paginacache-proef").contains(member.displayName());
		assertThat(signedIn.getHeader(HttpHeaders.ETAG)).isNull();
		assertThat(signedIn.getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
		assertThat(page(get("/praktijken").cookie(new Cookie("JSESSIONID", "abc"))).getContentAsString())
			.as("a session passes by the cache")
			.contains("Paginacache-proef");
		assertThat(page(get("/praktijken")).getContentAsString()).as("the member's page was not kept for visitors")
			.doesNotContain(member.displayName())
			.doesNotContain("/afmelden");
	}

	@Test
	void aKeptFichePageHoldsNothingOfASessionAndEachLanguageIsKeptApart() throws Exception {
		Practice practice = publish("Paginacache-fiche over deelfietsen");
		MockHttpServletResponse dutch = page(get("/praktijken/" + practice.getSlug()));
		assertThat(dutch.getHeader(HttpHeaders.ETAG)).isNotNull();
		assertThat(dutch.getContentAsString()).doesNotContain("_csrf").doesNotContain("JSESSIONID");
		assertThat(dutch.getHeaders(HttpHeaders.SET_COOKIE)).isEmpty();
		MockHttpServletResponse english = page(
				get("/praktijken/" + practice.getSlug()).cookie(new Cookie(WebConfiguration.LANGUAGE_COOKIE, "en")));
		assertThat(english.getContentAsString()).contains("lang=\"en\"");
		assertThat(page(get("/praktijken/" + practice.getSlug())).getContentAsString()).contains("lang=\"nl\"");
		MockHttpServletResponse switching = page(get("/praktijken/" + practice.getSlug()).param("lang", "en"));
		assertThat(switching.getHeader(HttpHeaders.ETAG)).as("a language switch sets a cookie: never kept").isNull();
	}

	@Test
	void aPageWithAFormTokenIsNeverKept() throws Exception {
		MockHttpServletResponse login = page(get("/aanmelden"));
		assertThat(login.getHeader(HttpHeaders.ETAG)).isNull();
		assertThat(login.getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
		assertThat(login.getContentAsString()).contains("_csrf");
	}

	private Practice publish(String title) {
		return PracticeFixtures.publish(this.context, "paginacache-" + Math.abs(title.hashCode()), title,
				"Samenvatting.", "Tekst.", "12025", Theme.MOBILITEIT);
	}

	private MockHttpServletResponse page(MockHttpServletRequestBuilder request) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request.accept(MediaType.TEXT_HTML))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response;
	}

}
