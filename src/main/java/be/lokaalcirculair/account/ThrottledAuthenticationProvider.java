package be.lokaalcirculair.account;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks e-mail and password against the stored hash, refusing attempts while the account
 * or the address is throttled.
 */
class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

	private final LoginThrottle throttle;

	ThrottledAuthenticationProvider(AccountDetailsService accounts, PasswordEncoder passwords, LoginThrottle throttle) {
		super(accounts);
		setPasswordEncoder(passwords);
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String email = authentication.getName();
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : "unknown";
		if (!this.throttle.allows(email, address)) {
			throw new LockedException("throttled");
		}
		try {
			Authentication result = super.authenticate(authentication);
			this.throttle.succeeded(email);
			return result;
		}
		catch (BadCredentialsException ex) {
			this.throttle.failed(email, address);
			throw ex;
		}
	}

}
