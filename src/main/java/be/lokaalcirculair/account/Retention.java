package be.lokaalcirculair.account;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps personal data no longer than needed: accounts whose address was never verified go
 * after a week, delivered mails (contact messages among them) after half a year, used or
 * expired tokens at once.
 */
@Component
class Retention {

	static final Duration UNVERIFIED = Duration.ofDays(7), MAILS = Duration.ofDays(180);

	private static final Logger log = LoggerFactory.getLogger(Retention.class);

	private final JdbcTemplate jdbc;

	Retention(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Scheduled(cron = "${lc.retention.cron:0 30 3 * * *}")
	void nightly() {
		purge(Instant.now());
	}

	/**
	 * Purges what is older than allowed at the given moment; returns how many rows went.
	 */
	@Transactional
	public int purge(Instant now) {
		int accounts = this.jdbc.update("delete from account where email_verified = false and created_at < ?",
				Timestamp.from(now.minus(UNVERIFIED)));
		int tokens = this.jdbc.update("delete from account_token where used_at is not null or expires_at < ?",
				Timestamp.from(now));
		int mails = this.jdbc.update("delete from mail_outbox where sent_at is not null and sent_at < ?",
				Timestamp.from(now.minus(MAILS)));
		if (accounts + mails > 0) {
			log.info("Retention: removed {} unverified accounts and {} old mails", accounts, mails);
		}
		return accounts + tokens + mails;
	}

}
