package be.lokaalcirculair.account;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.Filter;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2LoginAuthenticationFilter;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import be.lokaalcirculair.account.RouteMatrixTests.Caller;
import be.lokaalcirculair.account.RouteMatrixTests.Route;
import be.lokaalcirculair.support.OidcPlatformTest;
import be.lokaalcirculair.support.TestIssuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Login with OpenID Connect against a real issuer ({@link TestIssuer}), through the whole
 * authorization-code flow as a browser without JavaScript goes it: the button on the
 * login page, the issuer's login form, back to the platform, signed in as the mapped
 * account.
 */
@OidcPlatformTest
class OidcLoginTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	FilterChainProxy filters;

	@Test
	void aNewPersonGetsAnAccountAndEveryNextLoginComesBackToIt() throws Exception {
		TestIssuer.person("nieuw", "Nieuw.Via.Issuer@example.org", true, "Nieuwe Persoon");
		HttpResponse<String> page = logInThroughTheIssuer(new Browser(), "nieuw");
		assertThat(page.uri().getPath()).isEqualTo("/account");
		assertThat(page.body()).contains("Nieuwe Persoon", "nieuw.via.issuer@example.org",
				"U bent nog geen lid van een organisatie");
		Account account = this.accounts.findByEmail("nieuw.via.issuer@example.org").orElseThrow();
		assertThat(account.getRole()).isEqualTo(Role.MEMBER);
		assertThat(account.getMembership()).isEqualTo(Membership.NONE);
		assertThat(account.isEmailVerified()).isTrue();
		assertThat(account.getPasswordHash()).isNull();

		// the issuer now gives another address: the person is still the same
		TestIssuer.person("nieuw", "ander.adres@example.org", true, "Nieuwe Persoon");
		page = logInThroughTheIssuer(new Browser(), "nieuw");
		assertThat(page.uri().getPath()).isEqualTo("/account");
		assertThat(page.body()).contains("nieuw.via.issuer@example.org");
		assertThat(this.accounts.findByEmail("ander.adres@example.org")).isEmpty();
		assertThat(count("select count(*) from account_oidc_link where account_id = ?", account.getId())).isOne();
		assertThat(count("select count(*) from audit_log where actor_id = ? and action = 'account.login-oidc'",
				account.getId()))
			.isEqualTo(2);

		// without a password the form knows no such account
		this.mvc
			.perform(post("/aanmelden").with(csrf())
				.param("email", "nieuw.via.issuer@example.org")
				.param("password", "een-willekeurig-wachtwoord"))
			.andExpect(redirectedUrl("/aanmelden?fout"))
			.andExpect(unauthenticated());
	}

	@Test
	void anAddressTheIssuerVerifiedLinksTheExistingAccountWithItsRoleAndPassword() throws Exception {
		AccountPrincipal editor = AccountFixtures.create(this.context, "redacteur.issuer@example.org", Role.EDITOR,
				null);
		TestIssuer.person("redacteur", "redacteur.issuer@example.org", true, "Een Andere Naam");
		Browser browser = new Browser();
		assertThat(logInThroughTheIssuer(browser, "redacteur").uri().getPath()).isEqualTo("/account");
		HttpResponse<String> moderation = browser.get("/beheer/moderatie");
		assertThat(moderation.statusCode()).isEqualTo(200);
		assertThat(moderation.uri().getPath()).isEqualTo("/beheer/moderatie");
		assertThat(count("select count(*) from account_oidc_link where account_id = ?", editor.id())).isOne();
		assertThat(this.accounts.findById(editor.id()).orElseThrow().getDisplayName()).isEqualTo("Test editor");

		this.mvc
			.perform(post("/aanmelden").with(csrf())
				.param("email", "redacteur.issuer@example.org")
				.param("password", AccountFixtures.PASSWORD))
			.andExpect(redirectedUrl("/account"))
			.andExpect(authenticated());
	}

	@Test
	void anUnconfirmedAccountIsLinkedWithoutThePasswordSomeoneElseMayHaveChosen() throws Exception {
		this.mvc
			.perform(post("/registreren").with(csrf())
				.param("displayName", "Voorbarig")
				.param("email", "eigenaar.issuer@example.org")
				.param("password", "door-een-ander-gekozen")
				.param("passwordRepeat", "door-een-ander-gekozen"))
			.andExpect(redirectedUrl("/registreren/verstuurd"));
		TestIssuer.person("eigenaar", "eigenaar.issuer@example.org", true, "Echte Eigenaar");
		assertThat(logInThroughTheIssuer(new Browser(), "eigenaar").uri().getPath()).isEqualTo("/account");
		Account account = this.accounts.findByEmail("eigenaar.issuer@example.org").orElseThrow();
		assertThat(account.isEmailVerified()).isTrue();
		assertThat(account.getPasswordHash()).isNull();
		this.mvc
			.perform(post("/aanmelden").with(csrf())
				.param("email", "eigenaar.issuer@example.org")
				.param("password", "door-een-ander-gekozen"))
			.andExpect(redirectedUrl("/aanmelden?fout"));
	}

	@Test
	void anAddressTheIssuerDidNotVerifyIsNeverLinked() throws Exception {
		AccountPrincipal member = AccountFixtures.create(this.context, "bestaand.issuer@example.org", Role.MEMBER,
				"12025");
		TestIssuer.person("onbevestigd", "bestaand.issuer@example.org", null, "Iemand Anders");
		Browser browser = new Browser();
		HttpResponse<String> page = logInThroughTheIssuer(browser, "onbevestigd");
		assertThat(page.uri().getPath()).isEqualTo("/aanmelden");
		assertThat(page.uri().getQuery()).isEqualTo("oidc-geen-account");
		assertThat(page.body()).contains("We konden uw aanmelding niet aan een account koppelen");
		assertThat(count("select count(*) from account_oidc_link where account_id = ?", member.id())).isZero();
		assertThat(browser.get("/account").uri().getPath()).isEqualTo("/aanmelden");

		TestIssuer.person("zonder-adres", null, null, "Zonder Adres");
		assertThat(logInThroughTheIssuer(new Browser(), "zonder-adres").uri().getQuery())
			.isEqualTo("oidc-geen-account");
	}

	@Test
	void logOutEverywhereEndsTheSessionsStartedThroughTheIssuer() throws Exception {
		TestIssuer.person("overal", "overal.issuer@example.org", true, "Overal Afmelden");
		Browser one = new Browser();
		Browser two = new Browser();
		logInThroughTheIssuer(one, "overal");
		logInThroughTheIssuer(two, "overal");
		HttpResponse<String> account = one.get("/account");
		one.post(TestIssuer.platform() + "/account/afmelden-overal", Map.of("_csrf", csrfToken(account.body())));
		assertThat(two.get("/account").uri().getPath()).isEqualTo("/aanmelden");
		assertThat(one.get("/account").uri().getPath()).isEqualTo("/aanmelden");
	}

	@Test
	void theLoginPageOffersTheIssuerAndEveryOidcRouteIsInTheMatrix() throws Exception {
		assertThat(new Browser().get("/aanmelden").body()).contains("href=\"/oauth2/authorization/oidc\"",
				"Aanmelden met " + TestIssuer.NAME);
		Set<String> filterRoutes = new TreeSet<>();
		for (SecurityFilterChain chain : this.filters.getFilterChains()) {
			for (Filter filter : chain.getFilters()) {
				if (filter instanceof OAuth2AuthorizationRequestRedirectFilter) {
					filterRoutes
						.add("GET " + OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI
								+ "/{registrationId}");
				}
				if (filter instanceof OAuth2LoginAuthenticationFilter) {
					filterRoutes.add("GET " + OAuth2LoginAuthenticationFilter.DEFAULT_FILTER_PROCESSES_URI.replace("*",
							"{registrationId}"));
				}
			}
		}
		assertThat(filterRoutes).hasSize(2);
		assertThat(RouteMatrixTests.OIDC_MATRIX.stream().map(Route::key).collect(Collectors.toSet()))
			.containsAll(filterRoutes);

		Map<Caller, AccountPrincipal> principals = RouteMatrixTests.principals(this.context);
		List<String> wrong = new ArrayList<>();
		for (Route route : RouteMatrixTests.OIDC_MATRIX) {
			for (Caller caller : Caller.values()) {
				MvcResult result = this.mvc.perform(RouteMatrixTests.request(route, principals.get(caller)))
					.andReturn();
				if (route.allowed().contains(caller) == RouteMatrixTests.isDenied(result)) {
					wrong.add(route.key() + " as " + caller + ": " + result.getResponse().getStatus() + " "
							+ result.getResponse().getRedirectedUrl());
				}
			}
		}
		assertThat(wrong).as("route × caller pairs that behaved wrongly").isEmpty();
	}

	/**
	 * Clicks the button on the login page and logs in at the issuer.
	 * @return the page the platform shows after
	 */
	static HttpResponse<String> logInThroughTheIssuer(Browser browser, String username)
			throws IOException, InterruptedException {
		HttpResponse<String> login = browser.get("/aanmelden");
		HttpResponse<String> issuer = browser.get(find(login.body(), "href=\"(/oauth2/authorization/[a-z]+)\""));
		assertThat(issuer.uri().toString()).startsWith(TestIssuer.uri() + "/login");
		return browser.post(TestIssuer.uri() + "/login",
				Map.of("username", username, "password", TestIssuer.PASSWORD, "_csrf", csrfToken(issuer.body())));
	}

	private static String csrfToken(String html) {
		return find(html, "name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
	}

	private static String find(String html, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(html);
		assertThat(matcher.find()).as("%s in the page", regex).isTrue();
		return matcher.group(1).replace("&amp;", "&");
	}

	private long count(String sql, long id) {
		return this.jdbc.queryForObject(sql, Long.class, id);
	}

	/** A browser without JavaScript: its own cookies, following redirects. */
	static final class Browser {

		private final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.ALWAYS)
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.build();

		/** A page of the platform, by its path. */
		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return this.http.send(request(TestIssuer.platform() + path).GET().build(),
					HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(String url, Map<String, String> form) throws IOException, InterruptedException {
			String body = form.entrySet()
				.stream()
				.map((field) -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			return this.http.send(request(url).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		private static HttpRequest.Builder request(String url) {
			return HttpRequest.newBuilder(URI.create(url))
				.header("Accept", "text/html")
				.timeout(Duration.ofSeconds(30));
		}

	}

}
