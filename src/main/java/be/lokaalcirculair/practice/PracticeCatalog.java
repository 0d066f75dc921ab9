package be.lokaalcirculair.practice;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.lokaalcirculair.organisation.Organisations;

/**
 * The public API of the practice module for reading: published fiches only. Every fiche
 * returned has its collections loaded, so callers may read it outside a transaction.
 */
@Service
@Transactional(readOnly = true)
public class PracticeCatalog {

	/** The largest page size a caller may ask for. */
	public static final int MAX_PAGE_SIZE = 100;

	private final PracticeRepository practices;

	private final Organisations organisations;

	PracticeCatalog(PracticeRepository practices, Organisations organisations) {
		this.practices = practices;
		this.organisations = organisations;
	}

	/**
	 * A page of published fiches that meet the filter.
	 * @param filter the criteria
	 * @param page the page number, from 0
	 * @param size the page size, 1 to {@link #MAX_PAGE_SIZE}
	 * @param sort the order
	 * @return the page (empty beyond the last page)
	 */
	public Page<Practice> published(PracticeFilter filter, int page, int size, PracticeSort sort) {
		if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
			throw new IllegalArgumentException("page must be >= 0 and size between 1 and " + MAX_PAGE_SIZE);
		}
		PageRequest request = PageRequest.of(page, size, sort.sort());
		if ((long) page * size > Integer.MAX_VALUE - size) {
			// far beyond any real result, and beyond what the database can skip: only
			// count
			return new PageImpl<>(List.of(), request, this.practices.count(specification(filter)));
		}
		Page<Practice> result = this.practices.findAll(specification(filter), request);
		result.forEach(PracticeCatalog::load);
		return result;
	}

	/** The published fiche with this slug. */
	public Optional<Practice> published(String slug) {
		return this.practices.findBySlug(slug).filter(PracticeCatalog::isPublic).map(PracticeCatalog::load);
	}

	/** The published fiche with this id. */
	public Optional<Practice> published(long id) {
		return this.practices.findById(id).filter(PracticeCatalog::isPublic).map(PracticeCatalog::load);
	}

	/**
	 * The published fiches with these ids, in the order of the ids; ids of fiches that
	 * are not (or no longer) published are left out.
	 */
	public List<Practice> published(List<Long> ids) {
		Map<Long, Practice> found = this.practices.findAllById(ids)
			.stream()
			.filter(PracticeCatalog::isPublic)
			.collect(Collectors.toMap(Practice::getId, Function.identity()));
		return ids.stream().map(found::get).filter((practice) -> practice != null).map(PracticeCatalog::load).toList();
	}

	/** How many fiches are published. */
	public long countPublished() {
		return this.practices.countByModerationState(ModerationState.PUBLISHED);
	}

	/**
	 * When the most recently changed published fiche changed, or {@code null} when none
	 * is published.
	 */
	public java.time.Instant lastPublishedUpdate() {
		return this.practices.findLastUpdate(ModerationState.PUBLISHED);
	}

	/**
	 * The addresses of published fiches, in a stable order (by id), a page at a time.
	 * @param page the page number, from 0
	 * @param size the page size (a sitemap takes up to 50 000)
	 */
	public List<PublishedAddress> publishedAddresses(int page, int size) {
		return this.practices.findPublishedAddresses(PageRequest.of(page, size));
	}

	/**
	 * The version of the fiches as a whole: it changes whenever any fiche is added,
	 * changed, moderated or removed (every change touches its time of change). Caches of
	 * what is shown about the fiches compare with it; one indexed query, so that every
	 * node of a cluster sees a change at once.
	 */
	public ContentVersion contentVersion() {
		return this.practices.findContentVersion();
	}

	/** The published fiches an organisation leads, newest first. */
	public Page<Practice> ledBy(long organisationId, int limit) {
		Page<Practice> result = this.practices.findAll(
				(root, query, cb) -> cb.and(cb.equal(root.get("moderationState"), ModerationState.PUBLISHED),
						cb.equal(root.get("leadOrganisationId"), organisationId)),
				PageRequest.of(0, limit, PracticeSort.NEWEST.sort()));
		result.forEach(PracticeCatalog::load);
		return result;
	}

	/** The featured published fiches, newest first. */
	public List<Practice> featured(int limit) {
		return this.practices
			.findByModerationStateAndFeaturedTrueOrderByPublishedAtDesc(ModerationState.PUBLISHED,
					PageRequest.of(0, limit))
			.stream()
			.map(PracticeCatalog::load)
			.toList();
	}

	/** Figures about the published fiches, computed from the data. */
	public Statistics statistics() {
		long published = this.practices.countByModerationState(ModerationState.PUBLISHED);
		Set<String> municipalities = new HashSet<>();
		this.organisations.municipalities(this.practices.findPublishedMunicipalityCodes())
			.forEach((municipality) -> municipalities.add(municipality.getNisCode()));
		return new Statistics(published, municipalities.size());
	}

	private Specification<Practice> specification(PracticeFilter filter) {
		Set<String> municipalityCodes = (filter.municipality() != null)
				? this.organisations.municipality(filter.municipality())
					.map((m) -> this.organisations.codesIncludingFormer(List.of(m.getNisCode())))
					.orElse(Set.of())
				: null;
		Set<String> provinceCodes = new HashSet<>();
		filter.provinces().forEach((province) -> provinceCodes.addAll(this.organisations.codesInProvince(province)));
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			predicates.add(cb.equal(root.get("moderationState"), ModerationState.PUBLISHED));
			if (!filter.themes().isEmpty()) {
				predicates.add(anyOf(root, query, "themes", filter.themes()));
			}
			if (!filter.levers().isEmpty()) {
				predicates.add(anyOf(root, query, "levers", filter.levers()));
			}
			if (!filter.statuses().isEmpty()) {
				predicates.add(root.get("status").in(filter.statuses()));
			}
			if (!filter.provinces().isEmpty()) {
				predicates
					.add(anyOf(root, query, "municipalities", provinceCodes.isEmpty() ? Set.of("-") : provinceCodes));
			}
			if (filter.text() != null && !filter.text().isBlank()) {
				for (String word : words(filter.text())) {
					String pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
					predicates.add(cb.or(cb.like(cb.lower(root.get("title")), pattern, '\\'),
							cb.like(cb.lower(root.get("summary")), pattern, '\\')));
				}
			}
			if (municipalityCodes != null) {
				predicates.add(anyOf(root, query, "municipalities",
						municipalityCodes.isEmpty() ? Set.of("-") : municipalityCodes));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	/**
	 * The fiche's id is among those that have any of the values in the given collection
	 * attribute.
	 */
	private static Predicate anyOf(Root<Practice> root, CriteriaQuery<?> query, String attribute,
			Collection<?> values) {
		Subquery<Long> subquery = query.subquery(Long.class);
		Root<Practice> inner = subquery.from(Practice.class);
		subquery.select(inner.get("id")).where(inner.join(attribute).in(values));
		return root.get("id").in(subquery);
	}

	/** At most ten words: more add nothing to a plain match, only cost. */
	private static List<String> words(String text) {
		return java.util.Arrays.stream(text.toLowerCase(Locale.ROOT).strip().split("\\s+")).limit(10).toList();
	}

	private static boolean isPublic(Practice practice) {
		return practice.getModerationState().isPublic();
	}

	/** Loads the lazy collections while the transaction is open. */
	private static Practice load(Practice practice) {
		practice.getMunicipalities();
		practice.getThemes();
		practice.getStrategies();
		practice.getLevers();
		practice.getSdgs();
		practice.getPartners();
		practice.getResults();
		practice.getLinks();
		return practice;
	}

	/**
	 * Figures about the published fiches.
	 * @param publishedPractices how many fiches are published
	 * @param municipalitiesWithPractices how many 2025 municipalities have at least one
	 */
	/**
	 * The version of the fiches as a whole.
	 *
	 * @param count how many fiches there are, in any state
	 * @param lastChange the latest change of any fiche, or {@code null} when there is
	 * none
	 */
	public record ContentVersion(long count, java.time.Instant lastChange) {
	}

	public record Statistics(long publishedPractices, int municipalitiesWithPractices) {
	}

}
