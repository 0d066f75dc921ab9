package be.lokaalcirculair.opendata;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client, in memory (per node): a client may spend up to
 * {@code capacity} requests at once and earns them back at a steady rate. Unlike a count
 * per fixed minute, it says exactly how long a refused client has to wait. Full buckets
 * are forgotten when many clients are tracked, so memory stays bounded.
 */
final class ClientRateLimit {

	/** Above this many tracked clients, the full buckets are dropped. */
	static final int SWEEP_ABOVE = 10_000;

	private final double capacity;

	private final double perMillisecond;

	private final Clock clock;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	/**
	 * @param capacity the most requests at once
	 * @param perMinute the requests earned back per minute
	 * @param clock the time
	 */
	ClientRateLimit(int capacity, int perMinute, Clock clock) {
		if (capacity < 1 || perMinute < 1) {
			throw new IllegalArgumentException("capacity and rate must be at least 1");
		}
		this.capacity = capacity;
		this.perMillisecond = perMinute / 60_000.0;
		this.clock = clock;
	}

	/**
	 * Spends requests of a client's allowance.
	 * @param client the client's key (its address)
	 * @param cost how many requests this one counts for (at most the capacity)
	 * @return 0 when the request may go ahead (and is counted); otherwise the whole
	 * seconds to wait before it would be allowed (nothing is counted)
	 */
	long take(String client, int cost) {
		double wanted = Math.min(Math.max(cost, 1), this.capacity);
		long now = this.clock.millis();
		if (this.buckets.size() > SWEEP_ABOVE) {
			sweep(now);
		}
		Bucket bucket = this.buckets.computeIfAbsent(client, (key) -> new Bucket(this.capacity, now));
		synchronized (bucket) {
			bucket.refill(now, this.capacity, this.perMillisecond);
			if (bucket.tokens >= wanted) {
				bucket.tokens -= wanted;
				return 0;
			}
			double missing = wanted - bucket.tokens;
			return Math.max(1, (long) Math.ceil(missing / this.perMillisecond / 1000.0));
		}
	}

	/** How many clients are tracked. */
	int tracked() {
		return this.buckets.size();
	}

	private void sweep(long now) {
		this.buckets.entrySet().removeIf((entry) -> {
			synchronized (entry.getValue()) {
				entry.getValue().refill(now, this.capacity, this.perMillisecond);
				return entry.getValue().tokens >= this.capacity;
			}
		});
	}

	private static final class Bucket {

		double tokens;

		long updated;

		Bucket(double tokens, long updated) {
			this.tokens = tokens;
			this.updated = updated;
		}

		void refill(long now, double capacity, double perMillisecond) {
			if (now > this.updated) {
				this.tokens = Math.min(capacity, this.tokens + (now - this.updated) * perMillisecond);
				this.updated = now;
			}
		}

	}

}
