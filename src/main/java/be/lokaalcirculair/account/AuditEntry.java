package be.lokaalcirculair.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of the audit log: who did what to what, and when. */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant at;

	@Column(name = "actor_id")
	private Long actorId;

	private String action;

	private String subject;

	private String detail;

	protected AuditEntry() {
	}

	AuditEntry(Long actorId, String action, String subject, String detail) {
		this.at = Instant.now();
		this.actorId = actorId;
		this.action = action;
		this.subject = subject;
		this.detail = detail;
	}

	public Long getId() {
		return this.id;
	}

	public Instant getAt() {
		return this.at;
	}

	public Long getActorId() {
		return this.actorId;
	}

	public String getAction() {
		return this.action;
	}

	public String getSubject() {
		return this.subject;
	}

	public String getDetail() {
		return this.detail;
	}

}
