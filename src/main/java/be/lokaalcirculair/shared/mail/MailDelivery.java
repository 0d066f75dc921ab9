package be.lokaalcirculair.shared.mail;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import jakarta.mail.MessagingException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox over SMTP when a mail server is configured
 * ({@code spring.mail.host}); a failed mail is retried later, never dropped. Without a
 * server (the embedded default) mails stay in the outbox, where admins read them on the
 * outbox page. Logs never name addresses or show contents.
 */
@Component
class MailDelivery {

	private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

	private final OutboxMailRepository mails;

	private final ObjectProvider<JavaMailSender> sender;

	private final TransactionTemplate transactions;

	private final String from;

	MailDelivery(OutboxMailRepository mails, ObjectProvider<JavaMailSender> sender, TransactionTemplate transactions,
			@Value("${lc.mail.from:Lokaal Circulair <noreply@lokaalcirculair.be>}") String from) {
		this.mails = mails;
		this.sender = sender;
		this.transactions = transactions;
		this.from = from;
	}

	@Scheduled(fixedDelayString = "${lc.mail.delivery-interval:PT10S}", initialDelayString = "PT5S")
	void deliver() {
		JavaMailSender mailSender = this.sender.getIfAvailable();
		this.transactions.executeWithoutResult((status) -> {
			for (OutboxMail mail : this.mails
				.findTop20BySentAtIsNullAndNextAttemptAtBeforeOrderByIdAsc(Instant.now())) {
				if (mailSender == null) {
					if (mail.getAttempts() == 0) {
						log.info("Mail {} ('{}') stays in the outbox: no mail server is configured", mail.getId(),
								mail.getSubject());
						mail.failed("no mail server configured");
					}
					continue;
				}
				send(mailSender, mail);
			}
		});
	}

	private void send(JavaMailSender mailSender, OutboxMail mail) {
		try {
			if (mail.getAttachment() != null) {
				mailSender.send((mime) -> withAttachment(new MimeMessageHelper(mime, true, "UTF-8"), mail));
			}
			else {
				mailSender.send(plain(mail));
			}
			mail.sent();
		}
		catch (MailException ex) {
			log.warn("Mail {} could not be sent (attempt {}), will retry: {}", mail.getId(), mail.getAttempts() + 1,
					ex.getClass().getSimpleName());
			mail.failed(ex.getMessage());
		}
	}

	private SimpleMailMessage plain(OutboxMail mail) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(mail.getRecipient());
		message.setSubject(mail.getSubject());
		message.setText(mail.getBody());
		return message;
	}

	private void withAttachment(MimeMessageHelper message, OutboxMail mail) throws MessagingException {
		MailAttachment attachment = mail.getAttachment();
		message.setFrom(this.from);
		message.setTo(mail.getRecipient());
		message.setSubject(mail.getSubject());
		message.setText(mail.getBody());
		message.addAttachment(attachment.fileName(),
				new ByteArrayResource(attachment.content().getBytes(StandardCharsets.UTF_8)), attachment.contentType());
	}

}
