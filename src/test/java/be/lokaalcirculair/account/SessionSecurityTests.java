package be.lokaalcirculair.account;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.catalina.Context;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * QUALITY.md S4, sessions, over real HTTP against the running server with the production
 * settings: the {@code postgres} profile (TLS-terminating proxy, Secure cookies), with
 * only the database swapped for the tests' in-memory H2 by the {@code test} profile that
 * comes after it. Across login and logout: a new session id at login (no fixation), the
 * old one is not logged in, the session after logout is dead; the session cookie is
 * HttpOnly, SameSite and Secure; sessions end after 30 idle minutes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "postgres", "test" })
class SessionSecurityTests {

	private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]*)");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void loginGivesANewSecureSessionAndLogoutEndsIt() throws Exception {
		AccountFixtures.create(this.context, "sessie.s4@example.org", Role.MEMBER, null);
		HttpResponse<String> loginPage = get("/aanmelden", null);
		String before = sessionCookie(loginPage).orElseThrow();
		assertSafe(loginPage);

		HttpResponse<String> login = post("/aanmelden", id(before), "email=sessie.s4%40example.org&password="
				+ URLEncoder.encode(AccountFixtures.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf(loginPage));
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/account");
		String after = sessionCookie(login).orElseThrow();
		assertSafe(login);
		assertThat(id(after)).as("a new session id at login").isNotEqualTo(id(before));

		assertThat(get("/account", id(before)).headers().firstValue("Location"))
			.as("the session id from before the login is not logged in")
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/aanmelden"));
		HttpResponse<String> account = get("/account", id(after));
		assertThat(account.statusCode()).isEqualTo(200);

		HttpResponse<String> logout = post("/afmelden", id(after), "_csrf=" + csrf(account));
		assertThat(logout.headers().firstValue("Location").orElseThrow()).endsWith("/?afgemeld");
		assertThat(logout.headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("JSESSIONID=;").contains("Expires=Thu, 01 Jan 1970"));
		assertThat(get("/account", id(after)).headers().firstValue("Location")).as("the session is dead after logout")
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/aanmelden"));
	}

	@Test
	void sessionsEndAfterThirtyIdleMinutes() {
		TomcatWebServer server = (TomcatWebServer) ((WebServerApplicationContext) this.context).getWebServer();
		Context application = (Context) server.getTomcat().getHost().findChildren()[0];
		assertThat(application.getSessionTimeout()).as("idle timeout in minutes").isEqualTo(30);
	}

	/** The session cookie as set by the server: HttpOnly, SameSite=Lax and Secure. */
	private static void assertSafe(HttpResponse<String> response) {
		List<String> cookies = response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("JSESSIONID="))
			.toList();
		assertThat(cookies).isNotEmpty()
			.allSatisfy((cookie) -> assertThat(cookie).containsIgnoringCase("; HttpOnly")
				.containsIgnoringCase("; Secure")
				.containsIgnoringCase("; SameSite=Lax"));
	}

	private static Optional<String> sessionCookie(HttpResponse<String> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("JSESSIONID=") && !cookie.startsWith("JSESSIONID=;"))
			.findFirst();
	}

	private static String id(String cookie) {
		Matcher matcher = SESSION.matcher(cookie);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private static String csrf(HttpResponse<String> page) {
		Matcher matcher = CSRF.matcher(page.body());
		assertThat(matcher.find()).as("a CSRF field on the page").isTrue();
		return URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8);
	}

	private HttpResponse<String> get(String path, String session) throws IOException, InterruptedException {
		return this.http.send(request(path, session).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String session, String form)
			throws IOException, InterruptedException {
		return this.http.send(request(path, session).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * A request as the TLS-terminating proxy forwards it: over plain HTTP, saying the
	 * browser used HTTPS.
	 */
	private HttpRequest.Builder request(String path, String session) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html")
			.header("X-Forwarded-Proto", "https");
		return (session != null) ? builder.header("Cookie", "JSESSIONID=" + session) : builder;
	}

}
