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
 * expired tokens at once, invitations (with the address invited) three months after they
 * expired, so that coordinators see for a while what became of them.
 */
@Component
class Retention {

	static final Duration UNVERIFIED = Duration.ofDays(7), MAILS = Duration.ofDays(180),
			INVITATIONS = Duration.ofDays(90);

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
		int invitations = this.jdbc.update("delete from invitation where expires_at < ?",
				Timestamp.from(now.minus(INVITATIONS)));
		if (accounts + mails + invitations > 0) {
			log.info("Retention: removed {} unverified accounts, {} old mails and {} old invitations", accounts, mails,
					invitations);
		}
		return accounts + tokens + mails + invitations;
	}

}
