package be.lokaalcirculair.account;

import java.util.Map;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The logged-in account after a login through OpenID Connect: the same
 * {@link AccountPrincipal} as after a form login (so roles, organisation, per-record
 * checks and "log out everywhere" work alike), which Spring Security's OAuth2 login also
 * needs to see as an {@link OidcUser}. What the person may do comes from the account,
 * never from the token's claims.
 */
final class OidcAccountPrincipal extends AccountPrincipal implements OidcUser {

	private final OidcIdToken idToken;

	OidcAccountPrincipal(Account account, OidcIdToken idToken) {
		super(account);
		this.idToken = idToken;
	}

	@Override
	public Map<String, Object> getClaims() {
		return this.idToken.getClaims();
	}

	/** Always {@code null}: what the user info said is in the account now. */
	@Override
	public OidcUserInfo getUserInfo() {
		return null;
	}

	@Override
	public OidcIdToken getIdToken() {
		return this.idToken;
	}

	@Override
	public Map<String, Object> getAttributes() {
		return this.idToken.getClaims();
	}

	@Override
	public String getName() {
		return String.valueOf(id());
	}

}
