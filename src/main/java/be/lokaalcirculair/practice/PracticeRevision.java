package be.lokaalcirculair.practice;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One saved version of a fiche: who did what and when, the state it left the fiche in,
 * and a snapshot of the fiche's visible fields (see {@link RevisionSnapshot}). Never
 * changed afterwards, except that an erased account is no longer named.
 */
@Entity
@Table(name = "practice_revision")
public class PracticeRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "practice_id")
	private long practiceId;

	@Column(name = "revision_number")
	private int number;

	@Enumerated(EnumType.STRING)
	private RevisionAction action;

	@Enumerated(EnumType.STRING)
	@Column(name = "moderation_state")
	private ModerationState moderationState;

	@Column(name = "actor_account_id")
	private Long actorAccountId;

	@Column(name = "actor_name")
	private String actorName;

	@Column(name = "moderation_comment")
	private String comment;

	@Column(name = "created_at")
	private Instant createdAt;

	@Basic(fetch = FetchType.LAZY)
	private String snapshot;

	protected PracticeRevision() {
	}

	PracticeRevision(long practiceId, int number, RevisionAction action, ModerationState moderationState,
			Long actorAccountId, String actorName, String comment, Instant createdAt, String snapshot) {
		this.practiceId = practiceId;
		this.number = number;
		this.action = action;
		this.moderationState = moderationState;
		this.actorAccountId = actorAccountId;
		this.actorName = actorName;
		this.comment = comment;
		this.createdAt = createdAt;
		this.snapshot = snapshot;
	}

	public Long getId() {
		return this.id;
	}

	public long getPracticeId() {
		return this.practiceId;
	}

	/** The revision's number within its fiche, from 1. */
	public int getNumber() {
		return this.number;
	}

	public RevisionAction getAction() {
		return this.action;
	}

	/** The state the fiche was in after this revision. */
	public ModerationState getModerationState() {
		return this.moderationState;
	}

	/** The account that acted, or {@code null} (erased, or before the history began). */
	public Long getActorAccountId() {
		return this.actorAccountId;
	}

	/** The name of that account when it acted, or {@code null}. */
	public String getActorName() {
		return this.actorName;
	}

	/** The editor's comment to the author, or {@code null}. */
	public String getComment() {
		return this.comment;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	/** The fiche's visible fields as JSON. */
	String getSnapshot() {
		return this.snapshot;
	}

}
