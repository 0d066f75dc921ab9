package be.lokaalcirculair.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.lokaalcirculair.organisation.Municipality;
import be.lokaalcirculair.organisation.Organisations;
import be.lokaalcirculair.practice.Practice;
import be.lokaalcirculair.practice.PracticeCatalog;
import be.lokaalcirculair.practice.SimilarPractices;
import be.lokaalcirculair.search.PracticeSearchResult.FacetCount;
import be.lokaalcirculair.search.PracticeSearchResult.Hit;

import static be.lokaalcirculair.search.PracticeFields.*;

/**
 * The public API of the search module: full-text search over the published fiches with
 * facets, highlighting, typo tolerance and spelling suggestions. One index query gives
 * the hits and the counts of every facet without a selection; each facet with a selection
 * costs one more (its counts must ignore its own selection).
 */
@Service
@Transactional(readOnly = true)
public class PracticeSearch implements SimilarPractices {

	/** The deepest a result can be paged: beyond it, only the count is given. */
	public static final int MAX_WINDOW = 10_000;

	/**
	 * Below this many hits, typos are suspected: a fuzzy retry and a spelling suggestion.
	 */
	static final int FEW_HITS = 3;

	/** The most words of a query that are searched for. */
	static final int MAX_WORDS = 8;

	/** The most values counted per facet. */
	static final int MAX_FACET_VALUES = 60;

	/** The words of a fiche that "more like this" looks for in the others. */
	static final int SIMILAR_WORDS = 12;

	private final EntityManager entityManager;

	private final PracticeCatalog catalog;

	private final Organisations organisations;

	private final SpellingSuggester spelling;

	private final CompoundParts compounds;

	private final SearchResultCache cache;

	PracticeSearch(EntityManager entityManager, PracticeCatalog catalog, Organisations organisations,
			SpellingSuggester spelling, CompoundParts compounds, SearchResultCache cache) {
		this.compounds = compounds;
		this.cache = cache;
		this.entityManager = entityManager;
		this.catalog = catalog;
		this.organisations = organisations;
		this.spelling = spelling;
	}

	/**
	 * Searches the published fiches.
	 * @param query what is asked; its text is analysed, never parsed as query syntax
	 * @return the page of hits asked for, the total, the facet counts and, for few hits,
	 * a suggestion
	 */
	public PracticeSearchResult search(PracticeQuery query) {
		PracticeQuery asked = query.withText(firstWords(query.text(), MAX_WORDS));
		Found found = this.cache.get(asked, () -> find(asked));
		return new PracticeSearchResult(hits(found.rows()), found.total(), found.facets(), found.suggestion(),
				found.fuzzy(), found.beyondLastPage());
	}

	/**
	 * What the index answers: the hits, the counts, a suggestion. Words that find nothing
	 * cost one step more: a spelling suggestion, then one query that tolerates typing
	 * errors, without highlighting (what it matched is no word of the query).
	 */
	private Found find(PracticeQuery query) {
		SearchSession session = Search.session(this.entityManager);
		GeoPoint centre = centre(query);
		Outcome outcome = run(session, query, centre, false);
		boolean fuzzy = false;
		String suggestion = null;
		if (query.text() != null) {
			// with few hits any close word is worth suggesting; with many, only an
			// obvious typo
			suggestion = this.spelling.suggest(query.text(), (outcome.total < FEW_HITS) ? 2 : 1).orElse(null);
			if (outcome.total == 0) {
				Outcome tolerant = run(session, query, centre, true);
				if (tolerant.total > 0) {
					outcome = tolerant;
					fuzzy = true;
				}
			}
		}
		Map<Facet, List<FacetCount>> facets = new EnumMap<>(Facet.class);
		for (Facet facet : Facet.values()) {
			Map<String, Long> counts = query.selected(facet).isEmpty() ? outcome.counts.get(facet)
					: countWithoutOwnSelection(session, query, centre, facet, fuzzy);
			facets.put(facet, facetCounts(counts, query.selected(facet)));
		}
		return new Found(rows(outcome), outcome.total, facets, suggestion, fuzzy, outcome.beyondLastPage);
	}

	/**
	 * The ids of every published fiche the query finds, in its order, without paging and
	 * without facets: what an export of the search holds. Like {@link #search}, retries
	 * tolerating typing errors when the words find nothing.
	 * @param query what is asked; its page and size are ignored
	 * @return the ids, in the order of the search
	 */
	public List<Long> allIds(PracticeQuery query) {
		PracticeQuery asked = query.withText(firstWords(query.text(), MAX_WORDS));
		SearchSession session = Search.session(this.entityManager);
		GeoPoint centre = centre(asked);
		List<Long> ids = allIds(session, asked, centre, false);
		return (ids.isEmpty() && asked.text() != null) ? allIds(session, asked, centre, true) : ids;
	}

	private List<Long> allIds(SearchSession session, PracticeQuery query, GeoPoint centre, boolean fuzzy) {
		return session.search(Practice.class)
			.select((f) -> f.id(Long.class))
			.where((f) -> predicate(f, query, centre, null, fuzzy))
			.sort((f) -> order(f, query))
			.fetchAllHits();
	}

	private static org.hibernate.search.engine.search.sort.dsl.SortFinalStep order(
			org.hibernate.search.engine.search.sort.dsl.SearchSortFactory f, PracticeQuery query) {
		return switch (effectiveOrder(query)) {
			case RELEVANCE -> f.score().then().field(PUBLISHED_AT).desc();
			case NEWEST -> f.field(PUBLISHED_AT).desc().missing().last();
			case UPDATED -> f.field(UPDATED_AT).desc();
			case TITLE -> f.field(TITLE_SORT).asc();
		};
	}

	/**
	 * The published fiches whose title has words starting as typed, for suggestions while
	 * typing.
	 */
	public List<Practice> titlesStartingWith(String prefix, int limit) {
		List<Long> ids = Search.session(this.entityManager)
			.search(Practice.class)
			.select((f) -> f.id(Long.class))
			.where((f) -> f.match().field(TITLE_PREFIX).matching(prefix))
			.fetchHits(limit);
		return this.catalog.published(ids);
	}

	/**
	 * A facet value from a request in its canonical form, or empty when it is unknown.
	 * Municipalities are resolved: a pre-2025 code gives the municipality it merged into.
	 */
	public Optional<String> normalise(Facet facet, String value) {
		Optional<String> normalised = facet.normalise(value);
		if (facet == Facet.MUNICIPALITY) {
			return normalised.flatMap(this.organisations::municipality).map(Municipality::getNisCode);
		}
		if (facet == Facet.PROVINCE) {
			return normalised.flatMap(this.organisations::province).map((province) -> province.nisCode());
		}
		return normalised;
	}

	/**
	 * Up to {@code limit} published fiches that resemble this one most, by its words and
	 * its terms.
	 */
	public List<Practice> similarTo(Practice practice, int limit) {
		List<Long> ids = this.cache.get(new Similar(practice.getId(), limit), () -> similarIds(practice, limit));
		return this.catalog.published(ids);
	}

	/**
	 * "More like this": the most telling words of the title and summary (by their rarity
	 * in the index) must match, shared themes and levers add to the score. Few rare words
	 * touch few documents; the whole text and the themes as optional clauses made this
	 * query cost more than the rest of the fiche page together.
	 */
	private List<Long> similarIds(Practice practice, int limit) {
		SearchSession session = Search.session(this.entityManager);
		Query like = mostTellingWords(session, practice.getTitle() + " " + practice.getSummary());
		return session.search(Practice.class).select((f) -> f.id(Long.class)).where((f) -> f.bool((b) -> {
			if (like != null) {
				b.must(f.extension(LuceneExtension.get()).fromLuceneQuery(like));
			}
			practice.getThemes().forEach((theme) -> b.should(f.match().field(THEME).matching(theme.code()).boost(2f)));
			practice.getLevers().forEach((lever) -> b.should(f.match().field(LEVER).matching(lever.code())));
			b.mustNot(f.id().matching(practice.getId()));
		})).fetchHits(limit);
	}

	/** The query of the most telling words of a text, or null when it has none. */
	private Query mostTellingWords(SearchSession session, String text) {
		Analyzer analyzer = Search.mapping(this.entityManager.getEntityManagerFactory())
			.backend()
			.unwrap(LuceneBackend.class)
			.analyzer(DutchAnalysis.DUTCH_PHRASE)
			.orElseThrow();
		try (IndexReader reader = session.scope(Practice.class).extension(LuceneExtension.get()).openIndexReader()) {
			MoreLikeThis words = new MoreLikeThis(reader);
			words.setAnalyzer(analyzer);
			words.setFieldNames(new String[] { TITLE_NL, SUMMARY_NL });
			words.setMinTermFreq(1);
			words.setMinDocFreq(2);
			words.setMaxQueryTerms(SIMILAR_WORDS);
			Query query = words.like(SUMMARY_NL, new StringReader(text));
			return (query instanceof BooleanQuery bool && bool.clauses().isEmpty()) ? null : query;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The question "which fiches resemble this one", as a key of the result cache. */
	private record Similar(Long practiceId, int limit) {
	}

	private Outcome run(SearchSession session, PracticeQuery query, GeoPoint centre, boolean fuzzy) {
		Map<Facet, AggregationKey<? extends Map<?, Long>>> keys = new EnumMap<>(Facet.class);
		SearchScope<Practice> scope = session.scope(Practice.class);
		boolean highlight = query.text() != null && !fuzzy;
		// only the short fields are highlighted: reading the long text of every hit again
		// cost more than the rest of the search
		var step = session.search(scope)
			.select((f) -> highlight ? f.composite()
				.from(f.id(Long.class), f.highlight(TITLE_NL), f.highlight(TITLE_EN), f.highlight(SUMMARY_NL),
						f.highlight(SUMMARY_EN))
				.asList() : f.composite().from(f.id(Long.class)).asList())
			.where((f) -> predicate(f, query, centre, null, fuzzy));
		for (Facet facet : Facet.values()) {
			if (query.selected(facet).isEmpty()) {
				AggregationKey<? extends Map<?, Long>> key = key(facet);
				keys.put(facet, key);
				aggregate(step, facet, key);
			}
		}
		var sorted = step.sort((f) -> order(f, query));
		if (highlight) {
			sorted = sorted.highlighter(PracticeSearch::highlighter);
		}
		long offset = (long) query.page() * query.size();
		boolean beyond = offset + query.size() > MAX_WINDOW;
		SearchResult<List<?>> result = beyond ? sorted.fetch(0) : sorted.fetch((int) offset, query.size());
		Outcome outcome = new Outcome();
		outcome.total = result.total().hitCount();
		outcome.beyondLastPage = beyond || (query.page() > 0 && offset >= outcome.total);
		outcome.rows = result.hits();
		keys.forEach((facet, key) -> outcome.counts.put(facet, stringKeys(result.aggregation(key))));
		return outcome;
	}

	/**
	 * The fast-vector highlighter on the title and the summary: measured against the
	 * unified and the plain one on these short fields, it cost least (the unified one
	 * about twice as much).
	 */
	private static org.hibernate.search.engine.search.highlighter.dsl.HighlighterFinalStep highlighter(
			org.hibernate.search.engine.search.highlighter.dsl.SearchHighlighterFactory h) {
		return h.fastVector()
			.tag("<mark>", "</mark>")
			.encoder(org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder.HTML)
			.fragmentSize(180)
			.numberOfFragments(1)
			.noMatchSize(0);
	}

	private Map<String, Long> countWithoutOwnSelection(SearchSession session, PracticeQuery query, GeoPoint centre,
			Facet facet, boolean fuzzy) {
		AggregationKey<? extends Map<?, Long>> key = key(facet);
		var step = session.search(Practice.class).where((f) -> predicate(f, query, centre, facet, fuzzy));
		aggregate(step, facet, key);
		return stringKeys(step.fetch(0).aggregation(key));
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static void aggregate(org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep step, Facet facet,
			AggregationKey key) {
		if (facet.isNumeric()) {
			step.aggregation(key,
					(f) -> ((org.hibernate.search.engine.search.aggregation.dsl.SearchAggregationFactory) f).terms()
						.field(facet.field(), Integer.class)
						.maxTermCount(MAX_FACET_VALUES));
		}
		else {
			step.aggregation(key,
					(f) -> ((org.hibernate.search.engine.search.aggregation.dsl.SearchAggregationFactory) f).terms()
						.field(facet.field(), String.class)
						.maxTermCount(MAX_FACET_VALUES));
		}
	}

	private static AggregationKey<? extends Map<?, Long>> key(Facet facet) {
		return AggregationKey.of(facet.name());
	}

	/**
	 * The whole predicate: the words, every facet's selection except the one left out,
	 * the distance.
	 */
	private PredicateFinalStep predicate(SearchPredicateFactory f, PracticeQuery query, GeoPoint centre, Facet leftOut,
			boolean fuzzy) {
		BooleanPredicateClausesStep<?, ?> bool = f.bool();
		bool.must((query.text() != null) ? text(f, query.text(), fuzzy) : f.matchAll().toPredicate());
		for (Map.Entry<Facet, Set<String>> entry : query.filters().entrySet()) {
			if (entry.getKey() != leftOut && !entry.getValue().isEmpty()) {
				bool.filter(facetFilter(f, entry.getKey(), entry.getValue()));
			}
		}
		if (centre != null) {
			bool.filter(f.spatial()
				.within()
				.field(LOCATION)
				.circle(centre, query.radiusKm(), DistanceUnit.KILOMETERS)
				.toPredicate());
		}
		return bool;
	}

	private static SearchPredicate facetFilter(SearchPredicateFactory f, Facet facet, Set<String> values) {
		if (facet.isNumeric()) {
			List<Integer> numbers = values.stream().map(Integer::valueOf).toList();
			return f.terms().field(facet.field()).matchingAny(numbers).toPredicate();
		}
		return f.terms().field(facet.field()).matchingAny(values).toPredicate();
	}

	/**
	 * The words against every text field, title above summary above the rest, in the
	 * analyzer of each language; an exact phrase adds to the score, so that it ranks
	 * above scattered words.
	 */
	private SearchPredicate text(SearchPredicateFactory f, String text, boolean fuzzy) {
		return f.bool((b) -> {
			var dutch = f.match()
				.field(TITLE_NL)
				.boost(3f)
				.field(SUMMARY_NL)
				.boost(2f)
				.field(BODY_NL)
				.field(LABELS)
				.boost(1.5f)
				.matching(text);
			var english = f.match().field(TITLE_EN).boost(3f).field(SUMMARY_EN).boost(2f).field(BODY_EN).matching(text);
			var places = f.match().field(PLACES).boost(2f).matching(text);
			b.should(fuzzy ? dutch.fuzzy(2, 1) : dutch);
			b.should(fuzzy ? english.fuzzy(2, 1) : english);
			b.should(fuzzy ? places.fuzzy(1, 1) : places);
			if (!fuzzy) {
				for (List<String> parts : this.compounds.of(text)) {
					BooleanPredicateClausesStep<?, ?> all = f.bool();
					parts.forEach((part) -> all.must(f.match()
						.field(TITLE_NL)
						.boost(3f)
						.field(SUMMARY_NL)
						.boost(2f)
						.field(BODY_NL)
						.matching(part)));
					b.should(all.boost(1.5f));
				}
			}
			if (!fuzzy && text.strip().contains(" ")) {
				b.should(f.phrase()
					.field(TITLE_NL)
					.boost(3f)
					.field(SUMMARY_NL)
					.boost(2f)
					.field(BODY_NL)
					.matching(text)
					.analyzer(DutchAnalysis.DUTCH_PHRASE)
					.boost(2f));
			}
		}).toPredicate();
	}

	/**
	 * The first words of a query: a query of more words finds nothing more, but its
	 * synonyms and compound parts would multiply into more clauses than the index
	 * accepts.
	 */
	static String firstWords(String text, int max) {
		if (text == null) {
			return null;
		}
		String[] words = text.strip().split("\\s+");
		return (words.length <= max) ? text : String.join(" ", java.util.Arrays.copyOf(words, max));
	}

	private GeoPoint centre(PracticeQuery query) {
		if (query.near() == null) {
			return null;
		}
		return this.organisations.municipality(query.near())
			.filter((m) -> m.getLatitude() != null)
			.map((Municipality m) -> GeoPoint.of(m.getLatitude(), m.getLongitude()))
			.orElse(null);
	}

	private static SearchOrder effectiveOrder(PracticeQuery query) {
		return (query.order() == SearchOrder.RELEVANCE && query.text() == null) ? SearchOrder.NEWEST : query.order();
	}

	private static List<Row> rows(Outcome outcome) {
		return outcome.rows.stream()
			.map((row) -> (row.size() > 1) ? new Row((Long) row.get(0), first(row, 1, 2), first(row, 3, 4))
					: new Row((Long) row.get(0), null, null))
			.toList();
	}

	private List<Hit> hits(List<Row> rows) {
		Map<Long, Row> byId = new LinkedHashMap<>();
		rows.forEach((row) -> byId.put(row.id(), row));
		return this.catalog.published(new ArrayList<>(byId.keySet())).stream().map((practice) -> {
			Row row = byId.get(practice.getId());
			return new Hit(practice, row.titleHtml(), row.snippetHtml());
		}).toList();
	}

	/** The first highlighted passage among the given projections, or {@code null}. */
	private static String first(List<?> row, int... positions) {
		for (int position : positions) {
			List<?> passages = (List<?>) row.get(position);
			if (passages != null && !passages.isEmpty()) {
				return (String) passages.get(0);
			}
		}
		return null;
	}

	private static List<FacetCount> facetCounts(Map<String, Long> counts, Set<String> selected) {
		List<FacetCount> result = new ArrayList<>();
		counts.forEach((value, count) -> result.add(new FacetCount(value, count, selected.contains(value))));
		for (String value : selected) {
			if (!counts.containsKey(value)) {
				result.add(new FacetCount(value, 0, true));
			}
		}
		return result;
	}

	private static Map<String, Long> stringKeys(Map<?, Long> counts) {
		Map<String, Long> result = new LinkedHashMap<>();
		if (counts != null) {
			counts.forEach((key, count) -> result.put(String.valueOf(key), count));
		}
		return result;
	}

	/**
	 * What the index answered to a query, without the fiches: what
	 * {@link SearchResultCache} keeps.
	 */
	record Found(List<Row> rows, long total, Map<Facet, List<FacetCount>> facets, String suggestion, boolean fuzzy,
			boolean beyondLastPage) {
	}

	/** A hit: the fiche's id and its highlighted title and passage, if any. */
	record Row(long id, String titleHtml, String snippetHtml) {
	}

	private static final class Outcome {

		long total;

		boolean beyondLastPage;

		List<List<?>> rows = List.of();

		final Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);

	}

}
