package be.lokaalcirculair.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.MapPropertySource;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * A real OpenID provider inside the test JVM: Spring Authorization Server as a small
 * Spring application of its own on a free port of {@code localhost}, started once, with
 * one client for the platform and the people that tests add. The platform under test runs
 * on {@code 127.0.0.1} (another host, so the two keep their cookies apart; the issuer
 * accepts any port for a loopback address in a redirect URI).
 */
public final class TestIssuer {

	public static final String CLIENT_ID = "lokaal-circulair", CLIENT_SECRET = "test-client-geheim",
			PASSWORD = "wachtwoord-bij-de-issuer", NAME = "Test-IdP";

	private static final Map<String, Person> PEOPLE = new ConcurrentHashMap<>();

	private static final InMemoryUserDetailsManager USERS = new InMemoryUserDetailsManager();

	private static String uri;

	private static int platformPort;

	private TestIssuer() {
	}

	/** The issuer's address, starting it on first use. */
	public static synchronized String uri() {
		if (uri == null) {
			SpringApplication application = new SpringApplication(Application.class);
			application.setWebApplicationType(WebApplicationType.SERVLET);
			// the platform's tests own the logging configuration of this JVM
			application.setListeners(application.getListeners()
				.stream()
				.filter((listener) -> !(listener instanceof LoggingApplicationListener))
				.toList());
			ConfigurableApplicationContext context = application.run("--spring.config.name=lc-test-issuer",
					"--spring.main.banner-mode=off", "--server.port=0",
					"--server.servlet.session.cookie.name=ISSUER_SESSION",
					"--spring.security.oauth2.authorizationserver.client.lc.registration.client-id=" + CLIENT_ID,
					"--spring.security.oauth2.authorizationserver.client.lc.registration.client-secret={noop}"
							+ CLIENT_SECRET,
					"--spring.security.oauth2.authorizationserver.client.lc.registration.client-authentication-methods=client_secret_basic",
					"--spring.security.oauth2.authorizationserver.client.lc.registration.authorization-grant-types=authorization_code",
					"--spring.security.oauth2.authorizationserver.client.lc.registration.redirect-uris=http://127.0.0.1/login/oauth2/code/oidc",
					"--spring.security.oauth2.authorizationserver.client.lc.registration.scopes=openid,profile,email");
			uri = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
		}
		return uri;
	}

	/**
	 * Someone who can log in at the issuer with {@link #PASSWORD}.
	 * @param emailVerified the {@code email_verified} claim, or {@code null} for none
	 */
	public static void person(String username, String email, Boolean emailVerified, String name) {
		PEOPLE.put(username, new Person(email, emailVerified, name));
		if (USERS.userExists(username)) {
			USERS.deleteUser(username);
		}
		USERS.createUser(User.withUsername(username).password("{noop}" + PASSWORD).roles("USER").build());
	}

	/** The port the platform under test listens on (free when first asked). */
	public static synchronized int platformPort() {
		if (platformPort == 0) {
			try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
				platformPort = socket.getLocalPort();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return platformPort;
	}

	/** The platform's own address in these tests. */
	public static String platform() {
		return "http://127.0.0.1:" + platformPort();
	}

	private record Person(String email, Boolean emailVerified, String name) {
	}

	/** Configures the platform under test to log in through this issuer. */
	public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("test-issuer",
						Map.of("lc.oidc.issuer-uri", uri(), "lc.oidc.client-id", CLIENT_ID, "lc.oidc.client-secret",
								CLIENT_SECRET, "lc.oidc.name", NAME, "server.port", platformPort(), "lc.base-url",
								platform())));
		}

	}

	/**
	 * The issuer's application: only the auto-configurations it needs (not annotated as a
	 * component, so that the platform's component scan never picks it up).
	 */
	@ImportAutoConfiguration({ PropertyPlaceholderAutoConfiguration.class,
			TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
			SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
			SecurityFilterAutoConfiguration.class, OAuth2AuthorizationServerAutoConfiguration.class,
			OAuth2AuthorizationServerJwtAutoConfiguration.class })
	static class Application {

		@Bean
		InMemoryUserDetailsManager users() {
			return USERS;
		}

		/** The ID token says what the test made the person say. */
		@Bean
		OAuth2TokenCustomizer<JwtEncodingContext> personClaims() {
			return (context) -> {
				Person person = PEOPLE.get(context.getPrincipal().getName());
				if (person == null || !OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
					return;
				}
				if (person.email() != null) {
					context.getClaims().claim("email", person.email());
				}
				if (person.emailVerified() != null) {
					context.getClaims().claim("email_verified", person.emailVerified());
				}
				context.getClaims().claim("name", person.name());
			};
		}

	}

}
