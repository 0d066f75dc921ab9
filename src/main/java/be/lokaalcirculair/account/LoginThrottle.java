package be.lokaalcirculair.account;

import java.time.Duration;
import java.util.Locale;

import org.springframework.stereotype.Component;

import be.lokaalcirculair.shared.web.RateLimit;

/**
 * Slows down password guessing: after too many failed logins for one account, or from one
 * address, within a window, further attempts are refused until the window has passed.
 */
@Component
class LoginThrottle {

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final int PER_ACCOUNT = 5, PER_ADDRESS = 20;

	private final RateLimit failures = new RateLimit(WINDOW);

	/** Whether another attempt for this account from this address may be tried now. */
	boolean allows(String email, String address) {
		return this.failures.count(accountKey(email)) < PER_ACCOUNT
				&& this.failures.count(addressKey(address)) < PER_ADDRESS;
	}

	void failed(String email, String address) {
		this.failures.record(accountKey(email));
		this.failures.record(addressKey(address));
	}

	void succeeded(String email) {
		this.failures.reset(accountKey(email));
	}

	private static String accountKey(String email) {
		return "a:" + ((email == null) ? "" : email.strip().toLowerCase(Locale.ROOT));
	}

	private static String addressKey(String address) {
		return "i:" + address;
	}

}
