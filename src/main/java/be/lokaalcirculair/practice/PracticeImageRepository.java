package be.lokaalcirculair.practice;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import be.lokaalcirculair.practice.PracticeFiles.ImageInfo;

interface PracticeImageRepository extends JpaRepository<PracticeImage, Long> {

	@Query("""
			select new be.lokaalcirculair.practice.PracticeFiles$ImageInfo(i.id, i.altText, i.width, i.height, i.caption)
			from PracticeImage i where i.practiceId = :practiceId order by i.position
			""")
	List<ImageInfo> findInfoByPracticeId(long practiceId);

	Optional<PracticeImage> findByIdAndPracticeId(long id, long practiceId);

	long countByPracticeId(long practiceId);

}
