package be.lokaalcirculair.network;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event planned at 10:00 Belgian time is at 10:00 on both sides of the daylight-saving
 * changes (last Sunday of March and of October), and keeps that time through the form.
 */
class EventTimeTests {

	@Test
	void aMorningEventIsAtTheSameWallClockTimeBeforeAndAfterTheOctoberChange() {
		// 2026-10-25 is the last Sunday of October: summer time (UTC+2) ends at 03:00
		assertThat(EventTime.of(LocalDateTime.parse("2026-10-24T10:00")))
			.isEqualTo(Instant.parse("2026-10-24T08:00:00Z"));
		assertThat(EventTime.of(LocalDateTime.parse("2026-10-25T10:00")))
			.isEqualTo(Instant.parse("2026-10-25T09:00:00Z"));
		assertThat(EventTime.local(Instant.parse("2026-10-25T09:00:00Z")))
			.isEqualTo(LocalDateTime.parse("2026-10-25T10:00"));
	}

	@Test
	void aMorningEventIsAtTheSameWallClockTimeBeforeAndAfterTheMarchChange() {
		// 2027-03-28 is the last Sunday of March: summer time (UTC+2) starts at 02:00
		assertThat(EventTime.of(LocalDateTime.parse("2027-03-27T10:00")))
			.isEqualTo(Instant.parse("2027-03-27T09:00:00Z"));
		assertThat(EventTime.of(LocalDateTime.parse("2027-03-28T10:00")))
			.isEqualTo(Instant.parse("2027-03-28T08:00:00Z"));
	}

	@Test
	void anEventOverTheNightOfTheChangeLastsItsRealLength() {
		// from 00:00 to 04:00 on the night the clock goes back is five real hours
		Instant start = EventTime.of(LocalDateTime.parse("2026-10-25T00:00"));
		Instant end = EventTime.of(LocalDateTime.parse("2026-10-25T04:00"));
		assertThat(java.time.Duration.between(start, end)).hasHours(5);
		// and on the night the clock goes forward, three
		assertThat(java.time.Duration.between(EventTime.of(LocalDateTime.parse("2027-03-28T00:00")),
				EventTime.of(LocalDateTime.parse("2027-03-28T04:00"))))
			.hasHours(3);
	}

	@Test
	void aTimeInTheSkippedHourMovesForwardAndARepeatedHourIsTakenInSummerTime() {
		assertThat(EventTime.of(LocalDateTime.parse("2027-03-28T02:30")))
			.isEqualTo(Instant.parse("2027-03-28T01:30:00Z"));
		assertThat(EventTime.local(EventTime.of(LocalDateTime.parse("2027-03-28T02:30"))))
			.isEqualTo(LocalDateTime.parse("2027-03-28T03:30"));
		assertThat(EventTime.of(LocalDateTime.parse("2026-10-25T02:30")))
			.isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
	}

	@Test
	void theFormGivesBackTheWallClockTimesItWasGivenAcrossTheChanges() {
		for (String start : List.of("2026-10-25T10:00", "2027-03-28T10:00", "2026-10-24T23:30")) {
			LocalDateTime local = LocalDateTime.parse(start);
			NetworkEvent event = new NetworkEvent("x", false);
			event.apply(NetworkFixtures.form("Over de wissel", local, local.plusHours(4), 10, ""));
			EventForm again = EventForm.of(event);
			assertThat(again.startsAt()).isEqualTo(start);
			assertThat(again.endsAt()).isEqualTo(local.plusHours(4).toString());
		}
	}

}
