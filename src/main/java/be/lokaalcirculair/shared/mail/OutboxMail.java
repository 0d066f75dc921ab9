package be.lokaalcirculair.shared.mail;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A mail waiting in the outbox, or sent from it. Written in the transaction of what
 * caused it, so a mail is never lost and never sent for something that did not happen.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String recipient;

	private String subject;

	private String body;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "sent_at")
	private Instant sentAt;

	private int attempts;

	@Column(name = "next_attempt_at")
	private Instant nextAttemptAt;

	@Column(name = "last_error")
	private String lastError;

	@Column(name = "attachment_name")
	private String attachmentName;

	@Column(name = "attachment_type")
	private String attachmentType;

	@Column(name = "attachment_content")
	private String attachmentContent;

	protected OutboxMail() {
	}

	OutboxMail(String recipient, String subject, String body) {
		this.recipient = recipient;
		this.subject = subject;
		this.body = body;
		this.createdAt = Instant.now();
		this.nextAttemptAt = this.createdAt;
	}

	OutboxMail(String recipient, String subject, String body, MailAttachment attachment) {
		this(recipient, subject, body);
		this.attachmentName = attachment.fileName();
		this.attachmentType = attachment.contentType();
		this.attachmentContent = attachment.content();
	}

	void sent() {
		this.sentAt = Instant.now();
		this.attempts++;
		this.lastError = null;
	}

	/** A failed attempt: try again later, waiting longer each time (up to a day). */
	void failed(String error) {
		this.attempts++;
		this.lastError = (error == null) ? "unknown" : error.substring(0, Math.min(error.length(), 1000));
		long minutes = Math.min(24 * 60, (long) Math.pow(2, Math.min(this.attempts, 11)));
		this.nextAttemptAt = Instant.now().plus(Duration.ofMinutes(minutes));
	}

	public Long getId() {
		return this.id;
	}

	public String getRecipient() {
		return this.recipient;
	}

	public String getSubject() {
		return this.subject;
	}

	public String getBody() {
		return this.body;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getSentAt() {
		return this.sentAt;
	}

	public int getAttempts() {
		return this.attempts;
	}

	public String getLastError() {
		return this.lastError;
	}

	/** The file that goes with the mail, or {@code null}. */
	public MailAttachment getAttachment() {
		return (this.attachmentName != null)
				? new MailAttachment(this.attachmentName, this.attachmentType, this.attachmentContent) : null;
	}

}
