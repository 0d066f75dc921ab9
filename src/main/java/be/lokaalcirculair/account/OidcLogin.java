package be.lokaalcirculair.account;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Conditional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.DefaultOAuth2UserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;

/**
 * Login with OpenID Connect (authorization code flow with PKCE), only when an issuer is
 * configured. {@code /oauth2/authorization/oidc} sends the person to the issuer, which
 * sends them back to {@code /login/oauth2/code/oidc}; the identity is then mapped to an
 * account by {@link OidcAccounts} and the session holds the same {@link AccountPrincipal}
 * as after a form login. Any failure leads back to the login page with a message.
 */
@Component
@Conditional(OidcSettings.Configured.class)
class OidcLogin implements OAuth2UserService<OidcUserRequest, OidcUser> {

	static final String NOT_LINKABLE = "account_not_linkable";

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final Log logger = LogFactory.getLog(OidcLogin.class);

	private final IssuerRegistration registration;

	private final OidcAccounts accounts;

	private final OidcUserService claims = new OidcUserService();

	OidcLogin(OidcSettings settings, OidcAccounts accounts, @Value("${lc.base-url}") String baseUrl) {
		if (settings.clientId() == null || settings.clientId().isBlank()) {
			throw new IllegalStateException("lc.oidc.client-id (LC_OIDC_CLIENT_ID) is needed with lc.oidc.issuer-uri");
		}
		this.registration = new IssuerRegistration(settings, baseUrl, Clock.systemUTC());
		this.accounts = accounts;
		RestTemplate userInfo = new RestTemplate(requests());
		userInfo.setErrorHandler(new OAuth2ErrorResponseErrorHandler());
		DefaultOAuth2UserService userInfoService = new DefaultOAuth2UserService();
		userInfoService.setRestOperations(userInfo);
		this.claims.setOauth2UserService(userInfoService);
	}

	/**
	 * Redeems the code at the issuer, checks the ID token and logs in to the mapped
	 * account. It belongs in the one authentication manager of the site.
	 */
	AuthenticationProvider authenticationProvider() {
		RestClientAuthorizationCodeTokenResponseClient tokens = new RestClientAuthorizationCodeTokenResponseClient();
		tokens.setRestClient(RestClient.builder()
			.requestFactory(requests())
			.configureMessageConverters((converters) -> converters.addCustomConverter(new FormHttpMessageConverter())
				.addCustomConverter(new OAuth2AccessTokenResponseHttpMessageConverter()))
			.defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
			.build());
		return new OidcAuthorizationCodeAuthenticationProvider(tokens, this);
	}

	/**
	 * Requests to the issuer with the JDK's client, whatever else is on the class path,
	 * and with time limits: a slow issuer must not hold a login for long.
	 */
	private static JdkClientHttpRequestFactory requests() {
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(TIMEOUT).build());
		factory.setReadTimeout(TIMEOUT);
		return factory;
	}

	/** Adds the two OpenID Connect routes to the site's security. */
	void configure(HttpSecurity http, String loginPage) {
		http.oauth2Login((login) -> login.loginPage(loginPage)
			.clientRegistrationRepository(this.registration)
			.authorizedClientRepository(new NoAuthorizedClients())
			.defaultSuccessUrl("/account")
			.failureHandler(this::failed)
			.withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {

				@Override
				public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
					filter.setAuthenticationFailureHandler(OidcLogin.this::failed);
					return filter;
				}

			}));
	}

	/** The account of the identity in the issuer's claims, as the logged-in principal. */
	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser user = this.claims.loadUser(request);
		try {
			return new OidcAccountPrincipal(this.accounts.signIn(OidcIdentity.of(user)), user.getIdToken());
		}
		catch (OidcAccounts.NotLinkable ex) {
			throw new OAuth2AuthenticationException(new OAuth2Error(NOT_LINKABLE));
		}
		catch (DataIntegrityViolationException ex) {
			// the same person's first login twice at once: the other one linked the
			// account
			throw new OAuth2AuthenticationException(new OAuth2Error("concurrent_first_login"));
		}
	}

	/**
	 * Back to the login page with the reason, or 404 for a registration other than ours.
	 */
	void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		if (ex.getCause() instanceof IllegalArgumentException) {
			response.sendError(HttpStatus.NOT_FOUND.value());
			return;
		}
		OAuth2AuthenticationException oauth = (ex instanceof OAuth2AuthenticationException direct) ? direct
				: (ex.getCause() instanceof OAuth2AuthenticationException cause) ? cause : null;
		String code = (oauth != null) ? oauth.getError().getErrorCode() : ex.getClass().getSimpleName();
		// the code may come from the issuer's redirect, that is from anyone: keep it to
		// one safe word
		logger.info("OpenID Connect login failed: " + code.replaceAll("[^A-Za-z0-9_.-]", "_"));
		String reason = NOT_LINKABLE.equals(code) ? "oidc-geen-account" : "oidc-fout";
		new DefaultRedirectStrategy().sendRedirect(request, response, SecurityConfiguration.LOGIN + "?" + reason);
	}

	/**
	 * Keeps no tokens: the platform asks the issuer who a person is, never for access to
	 * anything else.
	 */
	private static final class NoAuthorizedClients implements OAuth2AuthorizedClientRepository {

		@Override
		public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String clientRegistrationId,
				Authentication principal, HttpServletRequest request) {
			return null;
		}

		@Override
		public void saveAuthorizedClient(OAuth2AuthorizedClient authorizedClient, Authentication principal,
				HttpServletRequest request, HttpServletResponse response) {
		}

		@Override
		public void removeAuthorizedClient(String clientRegistrationId, Authentication principal,
				HttpServletRequest request, HttpServletResponse response) {
		}

	}

}
