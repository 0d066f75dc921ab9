package be.lokaalcirculair.practice;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import be.lokaalcirculair.account.AccountPrincipal;

/**
 * The revision history of fiches: every save, submission and moderation step keeps a
 * revision with a snapshot of the fiche, written in the transaction of the step.
 */
@Service
@Transactional
class PracticeHistory {

	/** Revisions on one page of the history. */
	static final int PAGE_SIZE = 50;

	private final PracticeRevisionRepository revisions;

	private final PracticeImageRepository images;

	private final PracticeAttachmentRepository attachments;

	PracticeHistory(PracticeRevisionRepository revisions, PracticeImageRepository images,
			PracticeAttachmentRepository attachments) {
		this.revisions = revisions;
		this.images = images;
		this.attachments = attachments;
	}

	/**
	 * Call before changing a fiche: a fiche that existed before the history began gets
	 * its present version kept first, so that the change can be compared with it.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void beforeChange(Practice practice) {
		keep(baseline(practice));
	}

	/**
	 * The fiche as it is before a change that may yet fail: {@link #keep} it once the
	 * change is made.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	Optional<PracticeRevision> baseline(Practice practice) {
		if (this.revisions.findLastNumber(practice.getId()) > 0) {
			return Optional.empty();
		}
		return Optional.of(revision(practice, 1, RevisionAction.BASELINE, null, null, practice.getUpdatedAt()));
	}

	/** Keeps the version from before a change, if the fiche had no history yet. */
	@Transactional(propagation = Propagation.MANDATORY)
	void keep(Optional<PracticeRevision> baseline) {
		baseline.ifPresent(this.revisions::save);
	}

	/** Keeps the fiche as it is now, after this action by this person. */
	@Transactional(propagation = Propagation.MANDATORY)
	void record(Practice practice, RevisionAction action, AccountPrincipal actor, String comment) {
		save(practice, this.revisions.findLastNumber(practice.getId()) + 1, action, actor, comment, Instant.now());
	}

	/** One page of a fiche's revisions, newest first; pages count from 0. */
	@Transactional(readOnly = true)
	Page<RevisionInfo> list(long practiceId, int page) {
		return this.revisions.findInfoByPracticeId(practiceId, PageRequest.of(page, PAGE_SIZE));
	}

	/** A revision of a fiche with its snapshot read. */
	@Transactional(readOnly = true)
	Optional<Revision> revision(long practiceId, int number) {
		return this.revisions.findByPracticeIdAndNumber(practiceId, number)
			.map((r) -> new Revision(new RevisionInfo(r.getNumber(), r.getAction(), r.getModerationState(),
					r.getActorName(), r.getComment(), r.getCreatedAt()), RevisionSnapshot.fromJson(r.getSnapshot())));
	}

	/** The number of a fiche's latest revision, 0 when it has none. */
	@Transactional(readOnly = true)
	int lastNumber(long practiceId) {
		return this.revisions.findLastNumber(practiceId);
	}

	/** An erased account is no longer named in any revision. */
	void forgetActor(long accountId) {
		this.revisions.forgetActor(accountId);
	}

	private void save(Practice practice, int number, RevisionAction action, AccountPrincipal actor, String comment,
			Instant at) {
		this.revisions.save(revision(practice, number, action, actor, comment, at));
	}

	private PracticeRevision revision(Practice practice, int number, RevisionAction action, AccountPrincipal actor,
			String comment, Instant at) {
		String snapshot = RevisionSnapshot
			.toJson(RevisionSnapshot.of(practice, this.images.findInfoByPracticeId(practice.getId()),
					this.attachments.findInfoByPracticeId(practice.getId())));
		return new PracticeRevision(practice.getId(), number, action, practice.getModerationState(),
				(actor != null) ? actor.id() : null, (actor != null) ? actor.displayName() : null, comment, at,
				snapshot);
	}

	/**
	 * A revision with the fiche as it was.
	 *
	 * @param info who did what and when
	 * @param snapshot the fiche's visible fields
	 */
	record Revision(RevisionInfo info, Map<String, List<String>> snapshot) {
	}

}
