package be.lokaalcirculair.practice;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface PracticeRepository extends JpaRepository<Practice, Long>, JpaSpecificationExecutor<Practice> {

	Optional<Practice> findBySlug(String slug);

	boolean existsBySlug(String slug);

	@Query("select p.slug from Practice p")
	List<String> findAllSlugs();

	long countByModerationState(ModerationState state);

	@Query("""
			select p from Practice p where p.moderationState = be.lokaalcirculair.practice.ModerationState.PUBLISHED
			and p.demo = false
			and (p.lastReviewedAt < :before or (p.lastReviewedAt is null and p.createdAt < :createdBefore))
			and (p.reviewRemindedAt is null or p.reviewRemindedAt < :before)
			""")
	List<Practice> findDueForReview(java.time.LocalDate before, java.time.Instant createdBefore);

	@org.springframework.data.jpa.repository.Modifying
	@Query("update Practice p set p.authorAccountId = null where p.authorAccountId = :accountId")
	int forgetAuthor(long accountId);

	@org.springframework.data.jpa.repository.Modifying
	@Query("""
			update Practice p set p.reviewerAccountId = null, p.reviewerName = null
			where p.reviewerAccountId = :accountId
			""")
	int forgetReviewer(long accountId);

	/** The organisations that lead a fiche in any of these states. */
	@Query("select distinct p.leadOrganisationId from Practice p where p.moderationState in :states")
	List<Long> findLeadOrganisationIds(Collection<ModerationState> states);

	List<Practice> findByLeadOrganisationId(long organisationId, org.springframework.data.domain.Sort sort);

	@Query("select max(p.updatedAt) from Practice p where p.moderationState = :state")
	java.time.Instant findLastUpdate(ModerationState state);

	List<Practice> findByModerationStateAndFeaturedTrueOrderByPublishedAtDesc(ModerationState state, Pageable pageable);

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

	@Query("""
			select new be.lokaalcirculair.practice.PublishedAddress(p.slug, p.updatedAt) from Practice p
			where p.moderationState = be.lokaalcirculair.practice.ModerationState.PUBLISHED order by p.id
			""")
	List<PublishedAddress> findPublishedAddresses(Pageable pageable);

	@Query("select new be.lokaalcirculair.practice.PracticeCatalog$ContentVersion(count(p), max(p.updatedAt)) from Practice p")
	PracticeCatalog.ContentVersion findContentVersion();

}
