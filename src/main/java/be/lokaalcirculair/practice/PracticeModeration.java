package be.lokaalcirculair.practice;

import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.lokaalcirculair.account.AccountPrincipal;
import be.lokaalcirculair.account.AuditLog;

/**
 * What editors do with fiches: take one into review, then publish it, send it back to its
 * author with a comment or turn it down; archive a published one. Every step keeps a
 * revision, is audited and mailed to the author. A step the fiche's state does not allow
 * throws {@link ModerationConflict} and changes nothing.
 */
@Service
@Transactional
public class PracticeModeration {

	private final PracticeRepository practices;

	private final PracticeHistory history;

	private final AuthorMails mails;

	private final AuditLog audit;

	PracticeModeration(PracticeRepository practices, PracticeHistory history, AuthorMails mails, AuditLog audit) {
		this.practices = practices;
		this.history = history;
		this.mails = mails;
		this.audit = audit;
	}

	/**
	 * An editor takes a fiche into review (or over from a colleague); the author hears.
	 */
	public void startReview(AccountPrincipal editor, long id, Locale locale) {
		Practice practice = moderated(editor, id);
		this.history.beforeChange(practice);
		begin(editor, practice);
		this.mails.send(practice, "practice.mail.in_review", null, locale);
	}

	/**
	 * An editor publishes a fiche under review, or a submitted one (whose review then
	 * starts first, without a separate mail).
	 */
	public void publish(AccountPrincipal editor, long id, Locale locale) {
		Practice practice = moderated(editor, id);
		this.history.beforeChange(practice);
		implicitReview(editor, practice);
		practice.publish(editor.displayName());
		practice.touched();
		this.history.record(practice, RevisionAction.PUBLISHED, editor, null);
		this.mails.send(practice, "practice.mail.published", null, locale);
		this.audit.record(editor.id(), "practice.published", "practice:" + id, null);
	}

	/**
	 * An editor sends a fiche under review (or a submitted one) back to its author or
	 * turns it down, with a comment; or archives a published fiche.
	 */
	public void decline(AccountPrincipal editor, long id, ModerationState state, String comment, Locale locale) {
		if (state != ModerationState.CHANGES_REQUESTED && state != ModerationState.REJECTED
				&& state != ModerationState.ARCHIVED) {
			throw new IllegalArgumentException("Not a way to decline: " + state);
		}
		Practice practice = moderated(editor, id);
		this.history.beforeChange(practice);
		if (state != ModerationState.ARCHIVED) {
			implicitReview(editor, practice);
		}
		practice.decline(state, comment);
		practice.touched();
		this.history.record(practice, RevisionAction.of(state), editor, comment);
		String name = state.name().toLowerCase(Locale.ROOT);
		this.mails.send(practice, "practice.mail." + name, comment, locale);
		this.audit.record(editor.id(), "practice." + name, "practice:" + id, null);
	}

	/** The state of a fiche, for an editor about to decide on it. */
	@Transactional(readOnly = true)
	public ModerationState stateOf(AccountPrincipal editor, long id) {
		return moderated(editor, id).getModerationState();
	}

	private void implicitReview(AccountPrincipal editor, Practice practice) {
		if (practice.getModerationState() == ModerationState.SUBMITTED) {
			begin(editor, practice);
		}
	}

	private void begin(AccountPrincipal editor, Practice practice) {
		practice.startReview(editor.id(), editor.displayName());
		this.history.record(practice, RevisionAction.REVIEW_STARTED, editor, null);
		this.audit.record(editor.id(), "practice.review-started", "practice:" + practice.getId(), null);
	}

	private Practice moderated(AccountPrincipal editor, long id) {
		if (!editor.isEditor()) {
			throw new SecurityException("Only editors moderate");
		}
		return this.practices.findById(id).orElseThrow();
	}

}
