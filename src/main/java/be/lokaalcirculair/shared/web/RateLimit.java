package be.lokaalcirculair.shared.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts events per key in a sliding time window, in memory (per node): enough to slow
 * down password guessing and abuse of forms.
 */
public final class RateLimit {

	private final Duration window;

	private final Clock clock;

	private final Map<String, Deque<Instant>> events = new ConcurrentHashMap<>();

	public RateLimit(Duration window) {
		this(window, Clock.systemUTC());
	}

	public RateLimit(Duration window, Clock clock) {
		this.window = window;
		this.clock = clock;
	}

	/** How many events the key had within the window. */
	public int count(String key) {
		Deque<Instant> times = this.events.get(key);
		if (times == null) {
			return 0;
		}
		synchronized (times) {
			Instant limit = this.clock.instant().minus(this.window);
			while (!times.isEmpty() && times.peekFirst().isBefore(limit)) {
				times.pollFirst();
			}
			return times.size();
		}
	}

	/** Counts one event for the key. */
	public void record(String key) {
		Deque<Instant> times = this.events.computeIfAbsent(key, (k) -> new ArrayDeque<>());
		synchronized (times) {
			times.addLast(this.clock.instant());
			if (times.size() > 1000) {
				times.pollFirst();
			}
		}
	}

	/** Forgets the key's events. */
	public void reset(String key) {
		this.events.remove(key);
	}

}
