package be.lokaalcirculair.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Login with OpenID Connect. Off unless an issuer is configured: then nothing of it is
 * active and the login page shows no button for it.
 *
 * @param issuerUri the issuer's address (its metadata lives under
 * {@code /.well-known/openid-configuration} there), or empty
 * @param clientId the platform's client id at the issuer
 * @param clientSecret the platform's client secret at the issuer
 * @param name what the login button calls the issuer ("Aanmelden met …"), or empty for a
 * general label
 */
@ConfigurationProperties("lc.oidc")
record OidcSettings(String issuerUri, String clientId, String clientSecret, String name) {

	/** Whether an issuer is configured. */
	boolean enabled() {
		return StringUtils.hasText(this.issuerUri);
	}

	/** The issuer's name for the login button, or {@code null} when none was given. */
	String label() {
		return StringUtils.hasText(this.name) ? this.name.strip() : null;
	}

	/**
	 * Matches when an issuer is configured; an empty value (as the environment variable
	 * gives by default) counts as none.
	 */
	static final class Configured implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return StringUtils.hasText(context.getEnvironment().getProperty("lc.oidc.issuer-uri"));
		}

	}

}
