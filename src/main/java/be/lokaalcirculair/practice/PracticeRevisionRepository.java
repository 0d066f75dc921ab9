package be.lokaalcirculair.practice;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PracticeRevisionRepository extends JpaRepository<PracticeRevision, Long> {

	/** The revisions of a fiche, without their snapshots, newest first. */
	@Query(value = """
			select new be.lokaalcirculair.practice.RevisionInfo(r.number, r.action, r.moderationState, r.actorName,
			r.comment, r.createdAt) from PracticeRevision r where r.practiceId = :practiceId order by r.number desc
			""", countQuery = "select count(r) from PracticeRevision r where r.practiceId = :practiceId")
	Page<RevisionInfo> findInfoByPracticeId(long practiceId, Pageable pageable);

	Optional<PracticeRevision> findByPracticeIdAndNumber(long practiceId, int number);

	@Query("select coalesce(max(r.number), 0) from PracticeRevision r where r.practiceId = :practiceId")
	int findLastNumber(long practiceId);

	@Modifying
	@Query("""
			update PracticeRevision r set r.actorAccountId = null, r.actorName = null
			where r.actorAccountId = :accountId
			""")
	int forgetActor(long accountId);

}
