package be.lokaalcirculair.account;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The issuer is asked about itself at the first login, not at start-up; while it cannot
 * be reached, logins through it fail with a message and are tried again later.
 */
class IssuerRegistrationTests {

	final AtomicInteger asked = new AtomicInteger();

	final AtomicBoolean up = new AtomicBoolean();

	HttpServer issuer;

	String issuerUri;

	@BeforeEach
	void startIssuer() throws IOException {
		this.issuer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.issuerUri = "http://127.0.0.1:" + this.issuer.getAddress().getPort();
		this.issuer.createContext("/.well-known/openid-configuration", this::describe);
		this.issuer.start();
	}

	@AfterEach
	void stopIssuer() {
		this.issuer.stop(0);
	}

	@Test
	void theIssuerIsAskedAtTheFirstLoginAndAgainAfterAnOutage() {
		MovableClock clock = new MovableClock();
		IssuerRegistration registration = new IssuerRegistration(new OidcSettings(this.issuerUri, "lc", "geheim", null),
				"https://lc.example.org/", clock);
		assertThat(this.asked).as("asked at start-up").hasValue(0);

		assertThat(errorCode(registration)).isEqualTo(IssuerRegistration.UNREACHABLE);
		assertThat(this.asked).hasValue(1);
		this.up.set(true);
		assertThat(errorCode(registration)).as("within the retry window").isEqualTo(IssuerRegistration.UNREACHABLE);
		assertThat(this.asked).hasValue(1);

		clock.now = clock.now.plus(IssuerRegistration.RETRY_AFTER).plusSeconds(1);
		ClientRegistration found = registration.findByRegistrationId("oidc");
		assertThat(found.getRedirectUri()).isEqualTo("https://lc.example.org/login/oauth2/code/oidc");
		assertThat(found.getProviderDetails().getTokenUri()).isEqualTo(this.issuerUri + "/token");
		assertThat(found.getScopes()).containsExactlyInAnyOrder("openid", "profile", "email");
		assertThat(found.getClientSettings().isRequireProofKey()).isTrue();
		assertThat(registration.findByRegistrationId("oidc")).isSameAs(found);
		assertThat(this.asked).hasValue(2);
		assertThat(registration.findByRegistrationId("andere")).isNull();
	}

	@Test
	void aFailedLoginLeadsBackToTheLoginPageWithAReason() throws Exception {
		OidcLogin login = new OidcLogin(new OidcSettings(this.issuerUri, "lc", "geheim", null), null,
				"https://lc.example.org");
		assertThat(redirectAfter(login,
				new InternalAuthenticationServiceException("wrapped",
						new OAuth2AuthenticationException(new OAuth2Error(IssuerRegistration.UNREACHABLE)))))
			.isEqualTo("/aanmelden?oidc-fout");
		assertThat(redirectAfter(login, new OAuth2AuthenticationException(new OAuth2Error(OidcLogin.NOT_LINKABLE))))
			.isEqualTo("/aanmelden?oidc-geen-account");
		MockHttpServletResponse unknown = new MockHttpServletResponse();
		login.failed(new MockHttpServletRequest(), unknown,
				new InternalAuthenticationServiceException("wrapped", new IllegalArgumentException("no such id")));
		assertThat(unknown.getStatus()).isEqualTo(404);
	}

	private static String redirectAfter(OidcLogin login, org.springframework.security.core.AuthenticationException ex)
			throws IOException {
		MockHttpServletResponse response = new MockHttpServletResponse();
		login.failed(new MockHttpServletRequest(), response, ex);
		return response.getRedirectedUrl();
	}

	private static String errorCode(IssuerRegistration registration) {
		return catchThrowableOfType(OAuth2AuthenticationException.class,
				() -> registration.findByRegistrationId("oidc"))
			.getError()
			.getErrorCode();
	}

	private void describe(HttpExchange exchange) throws IOException {
		this.asked.incrementAndGet();
		if (!this.up.get()) {
			exchange.sendResponseHeaders(503, -1);
			exchange.close();
			return;
		}
		byte[] body = """
				{"issuer": "%1$s", "authorization_endpoint": "%1$s/authorize", "token_endpoint": "%1$s/token",
				 "jwks_uri": "%1$s/jwks", "response_types_supported": ["code"], "subject_types_supported": ["public"],
				 "id_token_signing_alg_values_supported": ["RS256"]}
				""".formatted(this.issuerUri).getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	/** A clock the test moves on, instead of waiting. */
	static final class MovableClock extends Clock {

		Instant now = Instant.parse("2026-03-01T10:00:00Z");

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
