package be.lokaalcirculair.opendata;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientRateLimitTests {

	final MutableClock clock = new MutableClock();

	@Test
	void aBurstIsAllowedThenTheClientWaitsExactlyUntilARequestIsEarnedBack() {
		ClientRateLimit limit = new ClientRateLimit(5, 60, this.clock);
		for (int i = 0; i < 5; i++) {
			assertThat(limit.take("198.51.100.1", 1)).isZero();
		}
		assertThat(limit.take("198.51.100.1", 1)).as("seconds to wait: one request a second").isEqualTo(1);
		assertThat(limit.take("198.51.100.2", 1)).as("another client has its own allowance").isZero();
		this.clock.advance(Duration.ofMillis(999));
		assertThat(limit.take("198.51.100.1", 1)).isEqualTo(1);
		this.clock.advance(Duration.ofMillis(1));
		assertThat(limit.take("198.51.100.1", 1)).isZero();
	}

	@Test
	void aRefusedRequestCostsNothingAndAnExpensiveOneWaitsLonger() {
		ClientRateLimit limit = new ClientRateLimit(10, 6, this.clock);
		assertThat(limit.take("a", 10)).isZero();
		assertThat(limit.take("a", 10)).as("ten requests at one per ten seconds").isEqualTo(100);
		this.clock.advance(Duration.ofSeconds(50));
		assertThat(limit.take("a", 10)).as("the refused attempt took nothing").isEqualTo(50);
		this.clock.advance(Duration.ofSeconds(50));
		assertThat(limit.take("a", 10)).isZero();
	}

	@Test
	void theAllowanceNeverGrowsBeyondTheBurst() {
		ClientRateLimit limit = new ClientRateLimit(3, 60, this.clock);
		this.clock.advance(Duration.ofHours(5));
		for (int i = 0; i < 3; i++) {
			assertThat(limit.take("a", 1)).isZero();
		}
		assertThat(limit.take("a", 1)).isPositive();
	}

	@Test
	void clientsThatCameBackToAFullAllowanceAreForgotten() {
		ClientRateLimit limit = new ClientRateLimit(2, 60, this.clock);
		for (int i = 0; i <= ClientRateLimit.SWEEP_ABOVE; i++) {
			limit.take("client-" + i, 1);
		}
		limit.take("busy", 2);
		this.clock.advance(Duration.ofMillis(1500));
		limit.take("newcomer", 1);
		assertThat(limit.tracked()).as("only the busy client and the newcomer remain").isEqualTo(2);
		assertThat(limit.take("client-5", 2)).as("a forgotten client starts full").isZero();
		assertThat(limit.take("busy", 2)).as("the busy one is still held back").isPositive();
	}

	static final class MutableClock extends Clock {

		Instant now = Instant.parse("2025-01-01T00:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
