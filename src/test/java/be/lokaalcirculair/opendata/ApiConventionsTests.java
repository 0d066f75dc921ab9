package be.lokaalcirculair.opendata;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import be.lokaalcirculair.practice.ModerationState;
import be.lokaalcirculair.practice.Practice;
import be.lokaalcirculair.practice.PracticeFixtures;
import be.lokaalcirculair.shared.taxonomy.Theme;
import be.lokaalcirculair.support.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The conventions every public GET of the API shares (QUALITY.md S14): entity tags and
 * 304, CORS, problems for wrong methods, content types and parameters, the rate limit.
 */
@PlatformTest
class ApiConventionsTests {

	/** Every test of the rate limit uses an address of its own (TEST-NET-3). */
	static final AtomicInteger ADDRESSES = new AtomicInteger(1);

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ApiSettings settings;

	@Test
	void aClientThatHasTheCurrentVersionGets304WithoutABody() throws Exception {
		for (String path : new String[] { "/api/v1/practices?theme=textiel", "/api/v1/organisations?type=provincie",
				"/api/v1/municipalities/11056", "/api/v1/taxonomy", "/api/v1/practices.csv",
				"/api/v1/organisations.xlsx?type=provincie" }) {
			MvcResult first = this.mvc.perform(get(path))
				.andExpect(status().isOk())
				.andExpect(header().string(HttpHeaders.ETAG, startsWith("W/\"")))
				.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-cache"))
				.andReturn();
			String tag = first.getResponse().getHeader(HttpHeaders.ETAG);
			assertThat(first.getResponse().getContentAsByteArray()).as(path).isNotEmpty();
			this.mvc.perform(get(path).header(HttpHeaders.IF_NONE_MATCH, tag))
				.andExpect(status().isNotModified())
				.andExpect(header().string(HttpHeaders.ETAG, tag))
				.andExpect(content().string(""));
			this.mvc.perform(get(path).header(HttpHeaders.IF_NONE_MATCH, "W/\"something-else\""))
				.andExpect(status().isOk());
			this.mvc.perform(head(path)).andExpect(status().isOk()).andExpect(header().string(HttpHeaders.ETAG, tag));
		}
	}

	@Test
	void theApiKeepsNoSessionAndSendsHeadersForData() throws Exception {
		for (String path : new String[] { "/api/v1/practices?theme=textiel", "/api/v1/practices.csv",
				"/api/v1/taxonomy", "/api/openapi.json", "/api/v1/bestaat-niet" }) {
			MvcResult result = this.mvc.perform(get(path)).andReturn();
			assertThat(result.getRequest().getSession(false)).as(path).isNull();
			assertThat(result.getResponse().getHeader(HttpHeaders.SET_COOKIE)).as(path).isNull();
			assertThat(result.getResponse().getHeader("Content-Security-Policy")).as(path)
				.isEqualTo("default-src 'none'; frame-ancestors 'none'");
			assertThat(result.getResponse().getHeader("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
		}
	}

	@Test
	void aFicheHasLastModifiedAndANewVersionAfterAChange() throws Exception {
		Practice practice = PracticeFixtures.publish(this.context, "etag-fiche", "Herbruikbare bekers op de kermis",
				"Een proef met bekers.", "Tekst.", "12025", Theme.EVENEMENTEN);
		try {
			String path = "/api/v1/practices/" + practice.getId();
			MvcResult first = this.mvc.perform(get(path))
				.andExpect(status().isOk())
				.andExpect(header().exists(HttpHeaders.LAST_MODIFIED))
				.andReturn();
			String lastModified = first.getResponse().getHeader(HttpHeaders.LAST_MODIFIED);
			String tag = first.getResponse().getHeader(HttpHeaders.ETAG);
			this.mvc.perform(get(path).header(HttpHeaders.IF_MODIFIED_SINCE, lastModified))
				.andExpect(status().isNotModified());
			this.mvc.perform(get(path).header(HttpHeaders.IF_MODIFIED_SINCE, "Mon, 01 Jan 2001 00:00:00 GMT"))
				.andExpect(status().isOk());
			PracticeFixtures.moderate(this.context, practice.getId(), ModerationState.ARCHIVED);
			this.mvc.perform(get(path).header(HttpHeaders.IF_NONE_MATCH, tag)).andExpect(status().isNotFound());
			// the fiche export that held it is another version now
			PracticeFixtures.moderate(this.context, practice.getId(), ModerationState.PUBLISHED);
			String exportTag = this.mvc.perform(get("/api/v1/practices.csv?theme=evenementen"))
				.andReturn()
				.getResponse()
				.getHeader(HttpHeaders.ETAG);
			PracticeFixtures.moderate(this.context, practice.getId(), ModerationState.ARCHIVED);
			this.mvc
				.perform(get("/api/v1/practices.csv?theme=evenementen").header(HttpHeaders.IF_NONE_MATCH, exportTag))
				.andExpect(status().isOk());
		}
		finally {
			PracticeFixtures.removeAll(this.context);
		}
	}

	@Test
	void anyOriginMayReadButNotWrite() throws Exception {
		this.mvc
			.perform(options("/api/v1/practices").header(HttpHeaders.ORIGIN, "https://elders.example")
				.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
				.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "if-none-match"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*"))
			.andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, containsString("GET")))
			.andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, containsString("if-none-match")))
			.andExpect(header().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS));
		this.mvc
			.perform(options("/api/v1/practices").header(HttpHeaders.ORIGIN, "https://elders.example")
				.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN));
		this.mvc.perform(get("/api/v1/taxonomy").header(HttpHeaders.ORIGIN, "https://elders.example"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*"))
			.andExpect(header().string(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, containsString("ETag")))
			.andExpect(header().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS));
		this.mvc.perform(get("/api/openapi.json").header(HttpHeaders.ORIGIN, "https://elders.example"))
			.andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*"));
		// the site's pages are not opened to other origins
		this.mvc.perform(get("/praktijken").header(HttpHeaders.ORIGIN, "https://elders.example"))
			.andExpect(header().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN));
	}

	@Test
	void aWrongMethodGets405AsAProblem() throws Exception {
		for (var request : new org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder[] {
				delete("/api/v1/practices/1"), post("/api/v1/organisations"), delete("/api/v1/organisations/1"),
				post("/api/v1/practices.csv") }) {
			this.mvc.perform(request)
				.andExpect(status().isMethodNotAllowed())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.status").value(405))
				.andExpect(header().string(HttpHeaders.ALLOW, containsString("GET")));
		}
	}

	@Test
	void aBodyGets415AndAnUnservableAcceptGets406() throws Exception {
		this.mvc.perform(get("/api/v1/practices").contentType(MediaType.APPLICATION_XML).content("<q>textiel</q>"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(415));
		this.mvc.perform(get("/api/v1/practices").accept(MediaType.APPLICATION_XML))
			.andExpect(status().isNotAcceptable())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(406));
		this.mvc.perform(get("/api/v1/practices.csv").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isNotAcceptable())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void badParametersAndUnknownPathsAreProblems() throws Exception {
		for (String path : new String[] { "/api/v1/practices?thema=textiel", "/api/v1/practices.csv?page=2",
				"/api/v1/practices?q=a&q=b", "/api/v1/practices?radiusKm=veel", "/api/v1/practices/abc",
				"/api/v1/organisations.csv?type=kasteel", "/api/v1/organisations?size=501" }) {
			this.mvc.perform(get(path))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.status").value(400))
				.andExpect(jsonPath("$.detail").isString())
				.andExpect(jsonPath("$.instance").value(path.replaceAll("\\?.*", "")));
		}
		this.mvc.perform(get("/api/v1/bestaat-niet").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get("/api/v1/organisations/999999999"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		// the pages keep their HTML error pages
		MvcResult page = this.mvc.perform(get("/bestaat-niet").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andReturn();
		assertThat(page.getResponse().getContentType()).as("a page's error is not a problem")
			.isNotEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
	}

	@Test
	void aBurstBeyondTheLimitGets429WithRetryAfter() throws Exception {
		RequestPostProcessor client = from("203.0.113." + ADDRESSES.getAndIncrement());
		int burst = this.settings.rateLimit().burst();
		for (int i = 0; i < burst; i++) {
			this.mvc.perform(get("/api/v1/municipalities/11056").with(client)).andExpect(status().isOk());
		}
		MvcResult refused = this.mvc
			.perform(get("/api/v1/municipalities/11056").with(client)
				.header(HttpHeaders.ORIGIN, "https://elders.example"))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(429))
			.andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*"))
			.andReturn();
		long retryAfter = Long.parseLong(refused.getResponse().getHeader(HttpHeaders.RETRY_AFTER));
		// one request is earned back in 60 / requestsPerMinute seconds
		assertThat(retryAfter).isBetween(1L, (long) Math.ceil(60.0 / this.settings.rateLimit().requestsPerMinute()));
		// another address is not held back
		this.mvc.perform(get("/api/v1/municipalities/11056").with(from("203.0.113." + ADDRESSES.getAndIncrement())))
			.andExpect(status().isOk());
	}

	@Test
	void anExportCountsForMoreThanOneRequest() throws Exception {
		RequestPostProcessor client = from("203.0.113." + ADDRESSES.getAndIncrement());
		int exports = this.settings.rateLimit().burst() / this.settings.rateLimit().exportCost();
		for (int i = 0; i < exports; i++) {
			this.mvc.perform(head("/api/v1/organisations.csv").with(client)).andExpect(status().isOk());
		}
		this.mvc.perform(head("/api/v1/organisations.csv").with(client))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists(HttpHeaders.RETRY_AFTER));
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
