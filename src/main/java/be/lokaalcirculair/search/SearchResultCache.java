package be.lokaalcirculair.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import be.lokaalcirculair.practice.Practice;
import be.lokaalcirculair.shared.cache.LruCache;

/**
 * What the index answered to recent queries (ids, highlights, counts, suggestion), so
 * that a query asked again costs no index work; the fiches themselves are read from the
 * database each time. Keyed by the query and the version of the index: any change of the
 * index (a fiche indexed or removed, by a commit, an import or a rebuild) makes a new
 * version, so a result is never served after the index changed, and no event can be
 * missed. Holds at most {@code lc.search.result-cache-entries} results; 0 turns it off.
 */
@Component
class SearchResultCache {

	private final EntityManagerFactory entityManagerFactory;

	private final LruCache<Key, Object> results;

	private final boolean enabled;

	private volatile List<Object> version = List.of();

	SearchResultCache(EntityManagerFactory entityManagerFactory,
			@Value("${lc.search.result-cache-entries:1000}") int maxEntries) {
		this.entityManagerFactory = entityManagerFactory;
		this.results = new LruCache<>(Math.max(1, maxEntries), null, Clock.systemUTC());
		this.enabled = maxEntries > 0;
	}

	/**
	 * The answer of the index to a question (a query, the fiches like one fiche), from
	 * the cache or computed.
	 * @param question what was asked, a value with equals and hashCode; its class tells
	 * what the answer is
	 * @param compute the answer from the current index
	 */
	@SuppressWarnings("unchecked")
	<T> T get(Object question, Supplier<T> compute) {
		if (!this.enabled) {
			return compute.get();
		}
		List<Object> current = indexVersion();
		if (!current.equals(this.version)) {
			// results of older versions can never be asked for again: free their memory
			this.results.clear();
			this.version = current;
		}
		return (T) this.results.get(new Key(current, question), compute::get);
	}

	/**
	 * The identity of every segment reader of the index: a document added or deleted
	 * gives a new reader for its segment, a merge new segments.
	 */
	private List<Object> indexVersion() {
		try (IndexReader reader = Search.mapping(this.entityManagerFactory)
			.scope(Practice.class)
			.extension(LuceneExtension.get())
			.openIndexReader()) {
			List<Object> keys = new ArrayList<>();
			for (LeafReaderContext leaf : reader.leaves()) {
				var helper = leaf.reader().getReaderCacheHelper();
				keys.add((helper != null) ? helper.getKey() : System.identityHashCode(leaf.reader()));
			}
			return keys;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record Key(List<Object> indexVersion, Object question) {
	}

}
