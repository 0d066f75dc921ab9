package be.lokaalcirculair.network;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import be.lokaalcirculair.account.AccountManagement;
import be.lokaalcirculair.organisation.Organisation;
import be.lokaalcirculair.organisation.Organisations;
import be.lokaalcirculair.shared.mail.MailOutbox;

/**
 * The mail to whoever asked to join a level when an editor decided, in Dutch (a mail has
 * no page language to follow), through the outbox in the deciding transaction.
 */
@Component
class LevelMails {

	private static final Locale DUTCH = Locale.forLanguageTag("nl-BE");

	private final MailOutbox outbox;

	private final MessageSource messages;

	private final AccountManagement accounts;

	private final Organisations organisations;

	private final String baseUrl;

	LevelMails(MailOutbox outbox, MessageSource messages, AccountManagement accounts, Organisations organisations,
			@Value("${lc.base-url}") String baseUrl) {
		this.outbox = outbox;
		this.messages = messages;
		this.accounts = accounts;
		this.organisations = organisations;
		this.baseUrl = baseUrl;
	}

	/** Tells the requester the decision; nobody to tell once their account was erased. */
	void decided(LevelRequest request) {
		if (request.getRequesterAccountId() == null) {
			return;
		}
		this.accounts.account(request.getRequesterAccountId()).ifPresent((account) -> {
			String kind = (request.getStatus() == LevelRequest.Status.APPROVED) ? "approved" : "refused";
			String level = text(request.getLevel().messageKey());
			String organisation = this.organisations.organisation(request.getOrganisationId())
				.map(Organisation::getName)
				.orElse("");
			String reason = (request.getReason() != null) ? text("network.levels.mail.reason", request.getReason())
					: "";
			this.outbox.queue(account.getEmail(), text("network.levels.mail." + kind + ".subject", level),
					text("network.levels.mail." + kind + ".body", account.getDisplayName(), organisation, level, reason,
							this.baseUrl + request.getLevel().url()));
		});
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, DUTCH);
	}

}
