package be.lokaalcirculair.network;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import be.lokaalcirculair.shared.mail.MailAttachment;
import be.lokaalcirculair.shared.mail.MailOutbox;
import be.lokaalcirculair.shared.web.Ui;

/**
 * The mails about registrations, in Dutch (the platform's first language: a mail has no
 * page language to follow). Confirmations and promotions carry the event's {@code .ics}
 * and a cancellation link.
 */
@Component
class RegistrationMails {

	private static final Locale DUTCH = Locale.forLanguageTag("nl-BE");

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'om' HH:mm", DUTCH)
		.withZone(Ui.ZONE);

	private final MailOutbox outbox;

	private final MessageSource messages;

	private final EventCalendar calendar;

	private final String baseUrl;

	RegistrationMails(MailOutbox outbox, MessageSource messages, EventCalendar calendar,
			@Value("${lc.base-url}") String baseUrl) {
		this.outbox = outbox;
		this.messages = messages;
		this.calendar = calendar;
		this.baseUrl = baseUrl;
	}

	/** A seat is the participant's: right away or after waiting ({@code kind}). */
	void seat(String kind, Registration registration, NetworkEvent event, String token) {
		this.outbox.queue(registration.getEmail(), text("network.mail." + kind + ".subject", event.getTitle()),
				text("network.mail." + kind + ".body", registration.getDisplayName(), event.getTitle(),
						WHEN.format(event.getStartsAt()), this.baseUrl + AgendaController.url(event), cancelUrl(token)),
				new MailAttachment(event.getSlug() + ".ics", EventCalendar.MEDIA_TYPE,
						this.calendar.forParticipant(event)));
	}

	void waiting(Registration registration, NetworkEvent event, String token) {
		this.outbox.queue(registration.getEmail(), text("network.mail.waiting.subject", event.getTitle()),
				text("network.mail.waiting.body", registration.getDisplayName(), event.getTitle(),
						WHEN.format(event.getStartsAt()), this.baseUrl + AgendaController.url(event),
						cancelUrl(token)));
	}

	void eventCancelled(Registration registration, NetworkEvent event) {
		this.outbox.queue(registration.getEmail(), text("network.mail.event-cancelled.subject", event.getTitle()),
				text("network.mail.event-cancelled.body", registration.getDisplayName(), event.getTitle(),
						WHEN.format(event.getStartsAt())),
				new MailAttachment(event.getSlug() + ".ics", EventCalendar.MEDIA_TYPE,
						this.calendar.forParticipant(event)));
	}

	/** The single-use link a guest confirms the registration with. */
	void confirmGuest(Registration registration, NetworkEvent event, String token) {
		this.outbox.queue(registration.getEmail(), text("network.mail.guest-confirm.subject", event.getTitle()),
				text("network.mail.guest-confirm.body", registration.getDisplayName(), event.getTitle(),
						WHEN.format(event.getStartsAt()),
						this.baseUrl + GuestRegistrationController.CONFIRM + "?token=" + token,
						GuestRegistrations.VALID.toHours()));
	}

	private String cancelUrl(String token) {
		return this.baseUrl + RegistrationController.CANCEL_BY_LINK + "?token=" + token;
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, DUTCH);
	}

}
