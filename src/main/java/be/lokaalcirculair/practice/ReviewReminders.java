package be.lokaalcirculair.practice;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import be.lokaalcirculair.account.AccountManagement;
import be.lokaalcirculair.shared.mail.MailOutbox;
import be.lokaalcirculair.shared.web.Languages;
import be.lokaalcirculair.shared.web.Ui;

/**
 * "Is this still current?": once a year, the organisation of a fiche that was not
 * reviewed for twelve months (its coordinators, and the author) is asked by mail to check
 * it.
 */
@Component
class ReviewReminders {

	private final PracticeRepository practices;

	private final AccountManagement accounts;

	private final MailOutbox mail;

	private final MessageSource messages;

	private final String baseUrl;

	ReviewReminders(PracticeRepository practices, AccountManagement accounts, MailOutbox mail, MessageSource messages,
			@Value("${lc.base-url:http://localhost:8080}") String baseUrl) {
		this.practices = practices;
		this.accounts = accounts;
		this.mail = mail;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	@Scheduled(cron = "${lc.review-reminders.cron:0 0 6 * * *}")
	void daily() {
		remind(LocalDate.now(Ui.ZONE));
	}

	/**
	 * Sends the reminders that are due on this day; returns how many fiches were reminded
	 * of.
	 */
	@Transactional
	public int remind(LocalDate today) {
		LocalDate yearAgo = today.minusYears(1);
		int reminded = 0;
		Locale locale = Languages.DEFAULT;
		for (Practice practice : this.practices.findDueForReview(yearAgo, yearAgo.atStartOfDay(Ui.ZONE).toInstant())) {
			Set<String> recipients = new LinkedHashSet<>(
					this.accounts.coordinatorEmails(practice.getLeadOrganisationId()));
			if (practice.getAuthorAccountId() != null) {
				this.accounts.account(practice.getAuthorAccountId())
					.ifPresent((author) -> recipients.add(author.getEmail()));
			}
			for (String recipient : recipients) {
				this.mail.queue(recipient,
						this.messages.getMessage("practice.mail.review.subject", new Object[] { practice.getTitle() },
								locale),
						this.messages.getMessage("practice.mail.review.body", new Object[] { practice.getTitle(),
								this.baseUrl + "/mijn-praktijken/" + practice.getId() }, locale));
			}
			practice.reminded(today);
			reminded++;
		}
		return reminded;
	}

}
