package be.lokaalcirculair.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistration.ClientSettings;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * The platform's registration at the configured issuer, completed from the issuer's
 * metadata at the first login rather than at start-up: the platform starts, and local
 * logins work, while the issuer cannot be reached. A failed discovery is tried again at a
 * later login, at most once per {@link #RETRY_AFTER}, so that an outage costs each login
 * attempt no wait.
 */
class IssuerRegistration implements ClientRegistrationRepository {

	static final String ID = "oidc";

	static final String UNREACHABLE = "issuer_unreachable";

	static final Duration RETRY_AFTER = Duration.ofSeconds(30);

	private static final Log logger = LogFactory.getLog(IssuerRegistration.class);

	private final OidcSettings settings;

	private final String redirectUri;

	private final Clock clock;

	private volatile ClientRegistration registration;

	private Instant failedAt;

	IssuerRegistration(OidcSettings settings, String baseUrl, Clock clock) {
		this.settings = settings;
		this.redirectUri = baseUrl.replaceAll("/+$", "") + "/login/oauth2/code/" + ID;
		this.clock = clock;
	}

	/**
	 * The registration, discovered when needed; {@code null} for any other id.
	 * @throws OAuth2AuthenticationException ({@value #UNREACHABLE}) when the issuer
	 * cannot be reached or describes itself wrongly
	 */
	@Override
	public ClientRegistration findByRegistrationId(String registrationId) {
		if (!ID.equals(registrationId)) {
			return null;
		}
		ClientRegistration known = this.registration;
		return (known != null) ? known : discover();
	}

	private synchronized ClientRegistration discover() {
		if (this.registration != null) {
			return this.registration;
		}
		if (this.failedAt != null && this.clock.instant().isBefore(this.failedAt.plus(RETRY_AFTER))) {
			throw unreachable();
		}
		try {
			this.registration = ClientRegistrations.fromOidcIssuerLocation(this.settings.issuerUri())
				.registrationId(ID)
				.clientId(this.settings.clientId())
				.clientSecret(this.settings.clientSecret())
				.scope("openid", "profile", "email")
				.redirectUri(this.redirectUri)
				.clientSettings(ClientSettings.builder().requireProofKey(true).build())
				.build();
			this.failedAt = null;
			return this.registration;
		}
		catch (RuntimeException ex) {
			this.failedAt = this.clock.instant();
			logger.warn("The OpenID Connect issuer could not be discovered (" + ex.getClass().getSimpleName()
					+ "); logins through it fail until it can be.");
			throw unreachable();
		}
	}

	private static OAuth2AuthenticationException unreachable() {
		return new OAuth2AuthenticationException(new OAuth2Error(UNREACHABLE));
	}

}
