package be.lokaalcirculair.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks accounts up for the login form. An account without a password (made through a
 * login with OpenID Connect) does not exist for the form.
 */
@Service
class AccountDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	AccountDetailsService(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		if (email == null || email.length() > 254) {
			throw new UsernameNotFoundException("unknown");
		}
		return this.accounts.findByEmail(Account.normalise(email))
			.filter((account) -> account.getPasswordHash() != null)
			.map(AccountPrincipal::new)
			.orElseThrow(() -> new UsernameNotFoundException("unknown"));
	}

}
