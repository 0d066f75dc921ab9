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
 * The mails before and after an event, in Dutch like the other registration mails. The
 * reminder repeats what a participant needs on the day (time, place or online link) with
 * a cancellation link and the {@code .ics}; the invitation links to the feedback form.
 */
@Component
class FollowUpMails {

	private static final Locale DUTCH = Locale.forLanguageTag("nl-BE");

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'om' HH:mm", DUTCH)
		.withZone(Ui.ZONE);

	private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("HH:mm", DUTCH).withZone(Ui.ZONE);

	private final MailOutbox outbox;

	private final MessageSource messages;

	private final EventCalendar calendar;

	private final EventPages pages;

	private final String baseUrl;

	FollowUpMails(MailOutbox outbox, MessageSource messages, EventCalendar calendar, EventPages pages,
			@Value("${lc.base-url}") String baseUrl) {
		this.outbox = outbox;
		this.messages = messages;
		this.calendar = calendar;
		this.pages = pages;
		this.baseUrl = baseUrl;
	}

	void reminder(Registration registration, NetworkEvent event, String token) {
		this.outbox.queue(registration.getEmail(), text("network.mail.reminder.subject", event.getTitle()),
				text("network.mail.reminder.body", registration.getDisplayName(), event.getTitle(),
						WHEN.format(event.getStartsAt()), UNTIL.format(event.getEndsAt()), where(event),
						this.baseUrl + AgendaController.url(event),
						this.baseUrl + RegistrationController.CANCEL_BY_LINK + "?token=" + token),
				new MailAttachment(event.getSlug() + ".ics", EventCalendar.MEDIA_TYPE,
						this.calendar.forParticipant(event)));
	}

	void feedbackInvitation(Registration registration, NetworkEvent event) {
		this.outbox.queue(registration.getEmail(), text("network.mail.feedback.subject", event.getTitle()),
				text("network.mail.feedback.body", registration.getDisplayName(), event.getTitle(),
						this.baseUrl + FeedbackController.url(event)));
	}

	/** The place, or the online link: the participant has a seat and may see it. */
	private String where(NetworkEvent event) {
		if (event.isOnline()) {
			return text("network.mail.reminder.online", event.getOnlineUrl());
		}
		String place = this.pages.place(event.getMunicipalityNis());
		return (place != null) ? event.getVenue() + ", " + place : event.getVenue();
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, DUTCH);
	}

}
