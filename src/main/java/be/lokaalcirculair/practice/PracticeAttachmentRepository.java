package be.lokaalcirculair.practice;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import be.lokaalcirculair.practice.PracticeFiles.AttachmentInfo;

interface PracticeAttachmentRepository extends JpaRepository<PracticeAttachment, Long> {

	@Query("""
			select new be.lokaalcirculair.practice.PracticeFiles$AttachmentInfo(a.id, a.fileName, a.title, a.sizeBytes)
			from PracticeAttachment a where a.practiceId = :practiceId order by a.position
			""")
	List<AttachmentInfo> findInfoByPracticeId(long practiceId);

	Optional<PracticeAttachment> findByIdAndPracticeId(long id, long practiceId);

}
