package be.lokaalcirculair.shared.cache;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A bounded cache that forgets the least recently used entry first and, optionally, every
 * entry older than a time to live. Synchronised: its entries are small and its work is a
 * map look-up, so contention costs far less than what the entries save. (Caffeine would
 * do the same, but is no dependency of the project; this is all we need.)
 *
 * @param <K> the key
 * @param <V> the value; never {@code null}
 */
public final class LruCache<K, V> {

	private final int maxEntries;

	private final Duration timeToLive;

	private final Clock clock;

	private final Map<K, Entry<V>> entries;

	/**
	 * @param maxEntries the most entries kept
	 * @param timeToLive how long an entry is valid, or {@code null} for no limit
	 * @param clock the clock that ages the entries
	 */
	public LruCache(int maxEntries, Duration timeToLive, Clock clock) {
		this.maxEntries = maxEntries;
		this.timeToLive = timeToLive;
		this.clock = clock;
		this.entries = new LinkedHashMap<>(16, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<K, Entry<V>> eldest) {
				return size() > LruCache.this.maxEntries;
			}

		};
	}

	/** The valid value for this key, or {@code null}. */
	public synchronized V get(K key) {
		Entry<V> entry = this.entries.get(key);
		if (entry == null) {
			return null;
		}
		if (this.timeToLive != null && this.clock.millis() - entry.storedAt() >= this.timeToLive.toMillis()) {
			this.entries.remove(key);
			return null;
		}
		return entry.value();
	}

	/** Keeps a value for this key, replacing any older one. */
	public synchronized void put(K key, V value) {
		this.entries.put(key, new Entry<>(value, this.clock.millis()));
	}

	/**
	 * The cached value, or the computed one (kept). The computation runs outside the
	 * lock: two requests may compute the same value, but none waits on another's work.
	 */
	public V get(K key, Supplier<V> compute) {
		V value = get(key);
		if (value == null) {
			value = compute.get();
			put(key, value);
		}
		return value;
	}

	/** Forgets every entry. */
	public synchronized void clear() {
		this.entries.clear();
	}

	/** How many entries are kept (including expired ones not yet looked at). */
	public synchronized int size() {
		return this.entries.size();
	}

	private record Entry<V>(V value, long storedAt) {
	}

}
