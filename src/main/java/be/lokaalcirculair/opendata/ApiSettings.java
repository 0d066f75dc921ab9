package be.lokaalcirculair.opendata;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the public API.
 *
 * @param rateLimit how many requests one client address may make
 */
@ConfigurationProperties("lc.api")
record ApiSettings(@DefaultValue RateLimit rateLimit) {

	/**
	 * A token bucket per client address: it holds {@code burst} requests and refills at
	 * {@code requestsPerMinute}; a request beyond it gets 429 with Retry-After.
	 *
	 * @param enabled whether requests are limited at all
	 * @param requestsPerMinute the lasting rate
	 * @param burst how many requests may come at once
	 * @param exportCost how many requests one export counts for
	 * @param exempt client addresses that are never limited (for example a monitoring
	 * probe)
	 */
	record RateLimit(@DefaultValue("true") boolean enabled, @DefaultValue("300") int requestsPerMinute,
			@DefaultValue("100") int burst, @DefaultValue("10") int exportCost, @DefaultValue List<String> exempt) {
	}

}
