package be.lokaalcirculair.shared;

import java.time.Duration;
import java.time.Instant;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import be.lokaalcirculair.shared.mail.MailOutbox;
import be.lokaalcirculair.shared.mail.OutboxMail;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a mail server configured, the outbox is delivered over SMTP (to a real test SMTP
 * server).
 */
@SpringBootTest(
		properties = { "spring.mail.host=localhost", "spring.mail.port=3025", "lc.mail.delivery-interval=PT0.2S" })
@ActiveProfiles("test")
class MailDeliveryTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	MailOutbox outbox;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void queuedMailIsDeliveredAndMarkedSent() throws Exception {
		this.transactions.executeWithoutResult(
				(status) -> this.outbox.queue("ontvanger@example.org", "Onderwerp met é", "Tekst van de mail."));
		Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
		while (smtp.getReceivedMessages().length == 0 && Instant.now().isBefore(deadline)) {
			Thread.sleep(100);
		}
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getSubject()).isEqualTo("Onderwerp met é");
		assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("ontvanger@example.org");
		Thread.sleep(300);
		assertThat(this.outbox.to("ontvanger@example.org")).extracting(OutboxMail::getSentAt).doesNotContainNull();
	}

	@Test
	void aMailThatCannotBeSentStaysInTheOutbox() throws Exception {
		smtp.stop();
		try {
			this.transactions.executeWithoutResult(
					(status) -> this.outbox.queue("later@example.org", "Later", "Wordt opnieuw geprobeerd."));
			Thread.sleep(1500);
			OutboxMail mail = this.outbox.to("later@example.org").get(0);
			assertThat(mail.getSentAt()).isNull();
			assertThat(mail.getAttempts()).isPositive();
			assertThat(mail.getLastError()).isNotBlank();
		}
		finally {
			smtp.start();
		}
	}

}
