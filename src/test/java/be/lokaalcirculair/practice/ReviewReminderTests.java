package be.lokaalcirculair.practice;

import java.sql.Date;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import be.lokaalcirculair.account.AccountFixtures;
import be.lokaalcirculair.account.Role;
import be.lokaalcirculair.shared.mail.MailOutbox;
import be.lokaalcirculair.shared.mail.OutboxMail;
import be.lokaalcirculair.shared.taxonomy.Theme;
import be.lokaalcirculair.support.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;

@PlatformTest
class ReviewReminderTests {

	@Autowired
	ReviewReminders reminders;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MailOutbox outbox;

	@Test
	void aFicheNotReviewedForAYearIsRemindedOnceAYear() {
		AccountFixtures.create(this.context, "coordinator.herinnering@example.org", Role.MEMBER, "11001");
		long id = PracticeFixtures
			.publish(this.context, "herinnering", "Een oude fiche", "Samenvatting.", "Tekst.", "11001", Theme.WATER)
			.getId();
		LocalDate today = LocalDate.of(2026, 11, 27);
		this.jdbc.update("update practice set last_reviewed_at = ? where id = ?", Date.valueOf(today.minusMonths(13)),
				id);
		this.reminders.remind(today);
		assertThat(this.outbox.to("coordinator.herinnering@example.org")).extracting(OutboxMail::getSubject)
			.containsExactly("Is “Een oude fiche” nog actueel?");
		this.reminders.remind(today.plusDays(1));
		assertThat(this.outbox.to("coordinator.herinnering@example.org")).hasSize(1);
		PracticeFixtures.removeAll(this.context);
	}

}
