package be.lokaalcirculair.shared.cache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LruCacheTests {

	final MovableClock clock = new MovableClock();

	@Test
	void anEntryExpiresAfterItsTimeToLive() {
		LruCache<String, String> cache = new LruCache<>(10, Duration.ofSeconds(5), this.clock);
		cache.put("/", "page");
		this.clock.advance(Duration.ofMillis(4999));
		assertThat(cache.get("/")).isEqualTo("page");
		this.clock.advance(Duration.ofMillis(1));
		assertThat(cache.get("/")).isNull();
	}

	@Test
	void theLeastRecentlyUsedEntryGoesFirstWhenFull() {
		LruCache<String, String> cache = new LruCache<>(2, null, this.clock);
		cache.put("a", "1");
		cache.put("b", "2");
		cache.get("a");
		cache.put("c", "3");
		assertThat(cache.get("b")).isNull();
		assertThat(cache.get("a")).isEqualTo("1");
		assertThat(cache.get("c")).isEqualTo("3");
		assertThat(cache.size()).isEqualTo(2);
	}

	@Test
	void computesOnlyWhatIsMissing() {
		LruCache<String, String> cache = new LruCache<>(10, null, this.clock);
		assertThat(cache.get("a", () -> "computed")).isEqualTo("computed");
		assertThat(cache.get("a", () -> "again")).isEqualTo("computed");
		cache.clear();
		assertThat(cache.get("a", () -> "again")).isEqualTo("again");
	}

	static final class MovableClock extends Clock {

		private Instant now = Instant.parse("2026-01-01T00:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
