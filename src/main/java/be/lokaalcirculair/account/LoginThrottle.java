package be.lokaalcirculair.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after too many failed logins for one account, or from one
 * address, within a window, further attempts are refused until the window has passed.
 */
@Component
class LoginThrottle {

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final int PER_ACCOUNT = 5, PER_ADDRESS = 20;

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	private final Clock clock;

	LoginThrottle() {
		this(Clock.systemUTC());
	}

	LoginThrottle(Clock clock) {
		this.clock = clock;
	}

	/** Whether another attempt for this account from this address may be tried now. */
	boolean allows(String email, String address) {
		return count(accountKey(email)) < PER_ACCOUNT && count(addressKey(address)) < PER_ADDRESS;
	}

	void failed(String email, String address) {
		add(accountKey(email));
		add(addressKey(address));
	}

	void succeeded(String email) {
		this.failures.remove(accountKey(email));
	}

	private int count(String key) {
		Deque<Instant> times = this.failures.get(key);
		if (times == null) {
			return 0;
		}
		synchronized (times) {
			Instant limit = this.clock.instant().minus(WINDOW);
			while (!times.isEmpty() && times.peekFirst().isBefore(limit)) {
				times.pollFirst();
			}
			return times.size();
		}
	}

	private void add(String key) {
		Deque<Instant> times = this.failures.computeIfAbsent(key, (k) -> new ArrayDeque<>());
		synchronized (times) {
			times.addLast(this.clock.instant());
			if (times.size() > 100) {
				times.pollFirst();
			}
		}
	}

	private static String accountKey(String email) {
		return "a:" + ((email == null) ? "" : email.strip().toLowerCase(Locale.ROOT));
	}

	private static String addressKey(String address) {
		return "i:" + address;
	}

}
