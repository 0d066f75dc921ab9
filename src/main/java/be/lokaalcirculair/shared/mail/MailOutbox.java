package be.lokaalcirculair.shared.mail;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where every module puts the mails it sends. A mail is stored in the transaction of
 * whatever caused it and delivered afterwards by {@link MailDelivery}, retried until it
 * goes through.
 */
@Service
public class MailOutbox {

	private final OutboxMailRepository mails;

	MailOutbox(OutboxMailRepository mails) {
		this.mails = mails;
	}

	/**
	 * Queues a plain-text mail, in the caller's transaction.
	 * @param recipient the address
	 * @param subject the subject line
	 * @param body the text
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void queue(String recipient, String subject, String body) {
		this.mails.save(new OutboxMail(recipient, subject, body));
	}

	/**
	 * Queues a plain-text mail with a file attached, in the caller's transaction.
	 * @param recipient the address
	 * @param subject the subject line
	 * @param body the text
	 * @param attachment the file that goes with it
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void queue(String recipient, String subject, String body, MailAttachment attachment) {
		this.mails.save(new OutboxMail(recipient, subject, body, attachment));
	}

	/** The latest mails, newest first, for the outbox page. */
	@Transactional(readOnly = true)
	public Page<OutboxMail> latest(int page, int size) {
		return this.mails.findAllByOrderByIdDesc(PageRequest.of(page, size));
	}

	/** Every mail to an address, newest first. */
	@Transactional(readOnly = true)
	public List<OutboxMail> to(String recipient) {
		return this.mails.findByRecipientOrderByIdDesc(recipient);
	}

}
