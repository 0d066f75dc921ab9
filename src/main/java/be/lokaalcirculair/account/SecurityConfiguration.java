package be.lokaalcirculair.account;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Who may do what, per URL (records are checked again by the services), and the security
 * settings every response shares: a strict Content-Security-Policy (no inline script or
 * style anywhere), no framing, no sniffing, a cautious referrer policy; CSRF protection
 * for every state-changing request. Reading public pages is open to all; every other
 * request needs an explicit rule, or is refused. Login is with the form and, when an
 * issuer is configured, with OpenID Connect ({@link OidcLogin}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	static final String LOGIN = "/aanmelden", LOGOUT = "/afmelden";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AccountDetailsService accounts,
			PasswordEncoder passwords, LoginThrottle throttle, JdbcTemplate jdbc, ObjectProvider<OidcLogin> oidc)
			throws Exception {
		OidcLogin oidcLogin = oidc.getIfAvailable();
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/account/**", "/mijn-praktijken/**", "/mijn-praktijken")
			.authenticated()
			// network follow-up: feedback needs to know who had a seat
			.requestMatchers("/activiteiten/*/feedback")
			.authenticated()
			.requestMatchers(HttpMethod.POST, "/activiteiten/*/inschrijving", "/activiteiten/*/uitschrijving")
			.authenticated()
			// masterclass series: following and the follower's own certificate
			.requestMatchers(HttpMethod.POST, "/activiteiten/reeksen/*/volgen", "/activiteiten/reeksen/*/ontvolgen")
			.authenticated()
			.requestMatchers("/activiteiten/reeksen/*/attest.pdf")
			.authenticated()
			// network levels: join, ask, leave, consent (checked per organisation again)
			.requestMatchers(HttpMethod.POST, "/netwerk/*/deelnemen", "/netwerk/*/aanvragen", "/netwerk/*/verlaten",
					"/netwerk/*/toestemming")
			.authenticated()
			.requestMatchers("/beheer/mail/**", "/beheer/audit/**")
			.hasRole(Role.ADMIN.name())
			.requestMatchers("/beheer/lidmaatschappen/**", "/beheer/organisaties/*/leden/**")
			.authenticated()
			.requestMatchers("/beheer/**")
			.hasAnyRole(Role.EDITOR.name(), Role.ADMIN.name())
			.requestMatchers(HttpMethod.POST, "/registreren", LOGIN, "/praktijken/*/contact", "/wachtwoord-vergeten",
					"/wachtwoord-herstellen", "/uitnodiging/registreren", "/activiteiten/uitschrijven")
			.permitAll()
			// network guests: a guest's registration and its confirmation by the mailed
			// link
			.requestMatchers(HttpMethod.POST, "/activiteiten/*/gast", "/activiteiten/bevestigen")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/**")
			.permitAll()
			.requestMatchers(HttpMethod.HEAD, "/**")
			.permitAll()
			.requestMatchers("/error")
			.permitAll()
			.anyRequest()
			.denyAll());
		// one provider per way of logging in and no parent: every attempt is checked, and
		// counted, exactly once
		List<AuthenticationProvider> providers = new ArrayList<>();
		providers.add(new ThrottledAuthenticationProvider(accounts, passwords, throttle));
		if (oidcLogin != null) {
			providers.add(oidcLogin.authenticationProvider());
		}
		http.authenticationManager(new ProviderManager(providers));
		http.formLogin((form) -> form.loginPage(LOGIN)
			.loginProcessingUrl(LOGIN)
			.usernameParameter("email")
			.passwordParameter("password")
			.defaultSuccessUrl("/account")
			.failureHandler(failureHandler())
			.permitAll());
		if (oidcLogin != null) {
			oidcLogin.configure(http, LOGIN);
		}
		http.logout((logout) -> logout.logoutUrl(LOGOUT).logoutSuccessUrl("/?afgemeld").deleteCookies("JSESSIONID"));
		http.httpBasic(AbstractHttpConfigurer::disable);
		http.addFilterBefore(new SessionValidity(jdbc), AnonymousAuthenticationFilter.class);
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.frameOptions((frame) -> frame.deny())
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
					"camera=(), microphone=(), geolocation=(), payment=(), usb=()"))
			.addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin")));
		return http.build();
	}

	/**
	 * The public read API and its description: open to every method (so that MVC answers
	 * a wrong one with 405 as a problem), stateless (no session, no CSRF token: it
	 * changes nothing and never decides by cookie, so a crawler leaves no sessions
	 * behind), with headers for data rather than pages. Checked before the site's chain.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiTokens apiTokens) throws Exception {
		http.securityMatcher("/api/v1/**", "/api/openapi.json")
			// write API: only a personal API token of an editor, never a session cookie
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.POST, "/api/v1/practices")
				.hasAnyRole(Role.EDITOR.name(), Role.ADMIN.name())
				.requestMatchers(HttpMethod.PUT, "/api/v1/practices/*")
				.hasAnyRole(Role.EDITOR.name(), Role.ADMIN.name())
				.anyRequest()
				.permitAll())
			.addFilterBefore(new BearerTokenFilter(apiTokens), AnonymousAuthenticationFilter.class)
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(BearerTokenFilter.entryPoint())
				.accessDeniedHandler(BearerTokenFilter.accessDenied()))
			.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
				.frameOptions((frame) -> frame.deny())
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
		return http.build();
	}

	/** Says why a login failed, without saying whether the address has an account. */
	private static SimpleUrlAuthenticationFailureHandler failureHandler() {
		return new SimpleUrlAuthenticationFailureHandler(LOGIN + "?fout") {

			@Override
			public void onAuthenticationFailure(jakarta.servlet.http.HttpServletRequest request,
					jakarta.servlet.http.HttpServletResponse response,
					org.springframework.security.core.AuthenticationException exception)
					throws java.io.IOException, jakarta.servlet.ServletException {
				String reason = (exception instanceof LockedException) ? "geblokkeerd"
						: (exception instanceof DisabledException) ? "onbevestigd" : "fout";
				getRedirectStrategy().sendRedirect(request, response, LOGIN + "?" + reason);
			}

		};
	}

}
