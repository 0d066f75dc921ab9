package be.lokaalcirculair.account;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import be.lokaalcirculair.support.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;

@PlatformTest
class RetentionTests {

	@Autowired
	Retention retention;

	@Autowired
	AccountRepository accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@Test
	void unverifiedAccountsGoAfterAWeekVerifiedOnesStay() {
		AccountFixtures.create(this.context, "blijft@example.org", Role.MEMBER, null);
		this.jdbc.update("insert into account (email, display_name, password_hash, role, membership, coordinator, "
				+ "email_verified, demo, created_at, version) values (?, 'Oud', 'x', 'MEMBER', 'NONE', false, false, "
				+ "false, ?, 0)", "nooit.bevestigd@example.org",
				Timestamp.from(Instant.now().minus(Duration.ofDays(8))));
		this.jdbc.update("insert into account (email, display_name, password_hash, role, membership, coordinator, "
				+ "email_verified, demo, created_at, version) values (?, 'Nieuw', 'x', 'MEMBER', 'NONE', false, false, "
				+ "false, ?, 0)", "pas.geregistreerd@example.org", Timestamp.from(Instant.now()));
		this.retention.purge(Instant.now());
		assertThat(this.accounts.findByEmail("nooit.bevestigd@example.org")).isEmpty();
		assertThat(this.accounts.findByEmail("pas.geregistreerd@example.org")).isPresent();
		assertThat(this.accounts.findByEmail("blijft@example.org")).isPresent();
	}

}
