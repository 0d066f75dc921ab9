package be.lokaalcirculair.practice;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import be.lokaalcirculair.account.AccountManagement;
import be.lokaalcirculair.shared.mail.MailOutbox;

/**
 * Tells the author of a fiche by mail what happened to it (submission received, review
 * started, published, changes requested, rejected, archived). Fiches without an author
 * (imported, demo, or the author's account was erased) send nothing.
 */
@Component
class AuthorMails {

	private final AccountManagement accounts;

	private final MailOutbox mail;

	private final MessageSource messages;

	private final String baseUrl;

	AuthorMails(AccountManagement accounts, MailOutbox mail, MessageSource messages,
			@Value("${lc.base-url:http://localhost:8080}") String baseUrl) {
		this.accounts = accounts;
		this.mail = mail;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	/**
	 * Queues the mail whose subject and body are under this key (arguments: the author's
	 * name, the title, the comment, the link to the fiche).
	 */
	void send(Practice practice, String key, String comment, Locale locale) {
		if (practice.getAuthorAccountId() == null) {
			return;
		}
		this.accounts.account(practice.getAuthorAccountId())
			.ifPresent((author) -> this.mail.queue(author.getEmail(),
					this.messages.getMessage(key + ".subject", new Object[] { practice.getTitle() }, locale),
					this.messages.getMessage(key + ".body", new Object[] { author.getDisplayName(), practice.getTitle(),
							(comment != null) ? comment : "", this.baseUrl + "/mijn-praktijken/" + practice.getId() },
							locale)));
	}

}
