package be.lokaalcirculair.network;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps a guest's address no longer than needed: a request nobody confirmed within
 * {@link GuestRegistrations#VALID} is deleted (it never held a seat).
 */
@Component
class GuestRetention {

	private static final Logger log = LoggerFactory.getLogger(GuestRetention.class);

	private final GuestRegistrations guests;

	GuestRetention(GuestRegistrations guests) {
		this.guests = guests;
	}

	@Scheduled(cron = "${lc.network.guest-retention.cron:0 15 * * * *}")
	void hourly() {
		int removed = this.guests.purge(Instant.now());
		if (removed > 0) {
			log.info("Guest retention: removed {} unconfirmed guest registrations", removed);
		}
	}

}
