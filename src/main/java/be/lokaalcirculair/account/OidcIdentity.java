package be.lokaalcirculair.account;

import java.util.stream.Stream;

import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.util.StringUtils;

/**
 * Who an OpenID Connect issuer says a person is, as far as the platform needs it.
 *
 * @param issuer the issuer, which together with the subject identifies the person for
 * good
 * @param subject the issuer's identifier of the person
 * @param email the person's address in lower case, or {@code null} when the issuer gave
 * none usable
 * @param emailVerified whether the issuer says it verified that address
 * @param displayName a name to show, never empty
 */
record OidcIdentity(String issuer, String subject, String email, boolean emailVerified, String displayName) {

	static final int MAX_EMAIL = 254, MAX_NAME = 120;

	/** The identity in the claims of a login (ID token and user info). */
	static OidcIdentity of(OidcUser user) {
		String email = user.getEmail();
		email = (StringUtils.hasText(email) && email.length() <= MAX_EMAIL && email.contains("@"))
				? Account.normalise(email) : null;
		String fullName = (user.getGivenName() != null && user.getFamilyName() != null)
				? user.getGivenName() + " " + user.getFamilyName() : null;
		String name = Stream.of(user.getFullName(), fullName, user.getPreferredUsername(), localPart(email))
			.map(OidcIdentity::clean)
			.filter(StringUtils::hasText)
			.findFirst()
			.orElse("?");
		return new OidcIdentity(String.valueOf(user.getIdToken().getIssuer()), user.getSubject(), email,
				Boolean.TRUE.equals(user.getEmailVerified()), name);
	}

	private static String localPart(String email) {
		return (email != null) ? email.substring(0, email.indexOf('@')) : null;
	}

	/** Without control characters (line breaks in logs and mails), at most MAX_NAME. */
	private static String clean(String name) {
		if (name == null) {
			return null;
		}
		String cleaned = name.replaceAll("\\p{Cntrl}", " ").replaceAll("\\s+", " ").strip();
		return (cleaned.length() > MAX_NAME) ? cleaned.substring(0, MAX_NAME).strip() : cleaned;
	}

	@Override
	public String toString() {
		// never the address or the name: identities end up in logs
		return "OidcIdentity[issuer=" + this.issuer + "]";
	}

}
