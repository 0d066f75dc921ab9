package be.lokaalcirculair.practice;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import be.lokaalcirculair.shared.taxonomy.Lever;
import be.lokaalcirculair.shared.taxonomy.Theme;

interface PracticeRepository extends JpaRepository<Practice, Long>, JpaSpecificationExecutor<Practice> {

	Optional<Practice> findBySlug(String slug);

	boolean existsBySlug(String slug);

	long countByModerationState(ModerationState state);

	List<Practice> findByModerationStateAndFeaturedTrueOrderByPublishedAtDesc(ModerationState state, Pageable pageable);

	@Query("""
			select distinct p.id from Practice p left join p.themes t left join p.levers l
			where p.moderationState = be.lokaalcirculair.practice.ModerationState.PUBLISHED and p.id <> :id
			and (t in :themes or l in :levers)
			""")
	List<Long> findRelatedCandidates(long id, Collection<Theme> themes, Collection<Lever> levers, Pageable pageable);

	@Query("""
			select count(distinct m) from Practice p join p.municipalities m
			where p.moderationState = be.lokaalcirculair.practice.ModerationState.PUBLISHED
			""")
	long countPublishedMunicipalityCodes();

	@Query("""
			select distinct m from Practice p join p.municipalities m
			where p.moderationState = be.lokaalcirculair.practice.ModerationState.PUBLISHED
			""")
	List<String> findPublishedMunicipalityCodes();

}
