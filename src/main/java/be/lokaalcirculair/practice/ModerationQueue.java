package be.lokaalcirculair.practice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editors' queue: fiches by state, theme, organisation and reviewer, sorted by how
 * long they have been waiting (since they were handed in, or else since their last
 * change), with the number of fiches in each state.
 */
@Component
@Transactional(readOnly = true)
class ModerationQueue {

	private final EntityManager entities;

	private final PracticeRepository practices;

	ModerationQueue(EntityManager entities, PracticeRepository practices) {
		this.entities = entities;
		this.practices = practices;
	}

	/** One page of the queue (pages from 0); a page past the end is empty. */
	Page<Practice> find(QueueFilter filter, int page, int size) {
		CriteriaBuilder cb = this.entities.getCriteriaBuilder();
		CriteriaQuery<Long> count = cb.createQuery(Long.class);
		Root<Practice> counted = count.from(Practice.class);
		count.select(cb.count(counted)).where(where(cb, count, counted, filter));
		long total = this.entities.createQuery(count).getSingleResult();
		if ((long) page * size >= total) {
			return new PageImpl<>(List.of(), PageRequest.of(page, size), total);
		}
		CriteriaQuery<Practice> query = cb.createQuery(Practice.class);
		Root<Practice> root = query.from(Practice.class);
		Expression<Instant> waitingSince = cb.coalesce(root.get("submittedAt"), root.get("updatedAt"));
		query.select(root)
			.where(where(cb, query, root, filter))
			.orderBy(filter.newestFirst() ? cb.desc(waitingSince) : cb.asc(waitingSince),
					filter.newestFirst() ? cb.desc(root.get("id")) : cb.asc(root.get("id")));
		List<Practice> content = this.entities.createQuery(query)
			.setFirstResult(page * size)
			.setMaxResults(size)
			.getResultList();
		content.forEach((practice) -> {
			practice.getMunicipalities();
			practice.getThemes();
		});
		return new PageImpl<>(content, PageRequest.of(page, size), total);
	}

	/** How many fiches meet the other criteria in each listed state. */
	Map<ModerationState, Long> countsPerState(QueueFilter filter) {
		CriteriaBuilder cb = this.entities.getCriteriaBuilder();
		CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
		Root<Practice> root = query.from(Practice.class);
		query.multiselect(root.get("moderationState"), cb.count(root))
			.where(where(cb, query, root, filter.inEveryState()))
			.groupBy(root.get("moderationState"));
		Map<ModerationState, Long> counts = new EnumMap<>(ModerationState.class);
		QueueFilter.LISTED.forEach((state) -> counts.put(state, 0L));
		this.entities.createQuery(query)
			.getResultList()
			.forEach((row) -> counts.put((ModerationState) row[0], (Long) row[1]));
		return counts;
	}

	/** The organisations that lead a fiche an editor can list. */
	List<Long> organisationIds() {
		return this.practices.findLeadOrganisationIds(QueueFilter.LISTED);
	}

	private static Predicate where(CriteriaBuilder cb, CriteriaQuery<?> query, Root<Practice> root,
			QueueFilter filter) {
		List<Predicate> predicates = new ArrayList<>();
		predicates.add(root.get("moderationState").in(filter.effectiveStates()));
		if (!filter.themes().isEmpty()) {
			Subquery<Long> themed = query.subquery(Long.class);
			Root<Practice> inner = themed.from(Practice.class);
			themed.select(inner.get("id")).where(inner.join("themes").in(filter.themes()));
			predicates.add(root.get("id").in(themed));
		}
		if (filter.organisationId() != null) {
			predicates.add(cb.equal(root.get("leadOrganisationId"), filter.organisationId()));
		}
		if (filter.reviewerId() != null) {
			predicates.add(cb.equal(root.get("reviewerAccountId"), filter.reviewerId()));
		}
		return cb.and(predicates.toArray(Predicate[]::new));
	}

}
