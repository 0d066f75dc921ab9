package be.lokaalcirculair.search;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import be.lokaalcirculair.practice.Practice;
import be.lokaalcirculair.practice.PracticeCatalog;

/**
 * Keeps the search index consistent with the database. Fiches are indexed when their
 * transaction commits; at start-up the index is reconciled with the database (the number
 * of published fiches and the time of the last change must agree), and rebuilt with a
 * progress log when they do not: after a crash, after a restore, or when rows were
 * written around the application.
 */
@Component
@Order(10)
public class SearchIndex implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

	private final EntityManagerFactory entityManagerFactory;

	private final PracticeCatalog catalog;

	private final AtomicReference<Progress> progress = new AtomicReference<>(Progress.starting());

	SearchIndex(EntityManagerFactory entityManagerFactory, PracticeCatalog catalog) {
		this.entityManagerFactory = entityManagerFactory;
		this.catalog = catalog;
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		State database = this.catalog.countPublished() == 0 ? new State(0, null)
				: new State(this.catalog.countPublished(), truncate(this.catalog.lastPublishedUpdate()));
		State index = indexState();
		if (database.equals(index)) {
			log.info("Search index is consistent with the database ({} published fiches)", database.count());
			this.progress.set(Progress.ready(database.count()));
		}
		else {
			log.warn(
					"Search index ({} fiches, last change {}) differs from the database ({} fiches, last change {}): "
							+ "rebuilding it",
					index.count(), index.lastChange(), database.count(), database.lastChange());
			rebuild();
		}
	}

	/**
	 * Rebuilds the whole index from the database, logging progress; searches keep working
	 * on the old documents until each is replaced.
	 */
	public void rebuild() throws InterruptedException {
		long total = this.catalog.countPublished();
		this.progress.set(new Progress(false, 0, total));
		long started = System.nanoTime();
		MassIndexer indexer = Search.mapping(this.entityManagerFactory)
			.scope(Practice.class)
			.massIndexer()
			.mergeSegmentsOnFinish(true)
			.threadsToLoadObjects(2)
			.batchSizeToLoadObjects(100)
			.monitor(new ProgressMonitor(total));
		indexer.startAndWait();
		long count = indexState().count();
		this.progress.set(Progress.ready(count));
		log.info("Search index rebuilt: {} published fiches in {} ms", count,
				(System.nanoTime() - started) / 1_000_000);
	}

	/** How far the index is: ready, or how many fiches have been indexed of how many. */
	public Progress progress() {
		return this.progress.get();
	}

	State indexState() {
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			SearchSession session = Search.session(entityManager);
			var result = session.search(Practice.class)
				.select((f) -> f.field(PracticeFields.UPDATED_AT, Instant.class))
				.where((f) -> f.matchAll())
				.sort((f) -> f.field(PracticeFields.UPDATED_AT).desc())
				.fetch(1);
			List<Instant> last = result.hits();
			return new State(result.total().hitCount(), last.isEmpty() ? null : truncate(last.get(0)));
		}
	}

	private static Instant truncate(Instant instant) {
		return (instant != null) ? instant.truncatedTo(ChronoUnit.MILLIS) : null;
	}

	/**
	 * What the index or the database holds, for comparison.
	 *
	 * @param count published fiches
	 * @param lastChange the latest change among them
	 */
	record State(long count, Instant lastChange) {

		@Override
		public boolean equals(Object other) {
			return other instanceof State state && this.count == state.count
					&& Objects.equals(this.lastChange, state.lastChange);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.count, this.lastChange);
		}

	}

	/**
	 * The state of the index.
	 *
	 * @param ready whether searches see every published fiche
	 * @param indexed how many fiches are indexed (during a rebuild: so far)
	 * @param total how many fiches are to be indexed
	 */
	public record Progress(boolean ready, long indexed, long total) {

		static Progress starting() {
			return new Progress(false, 0, 0);
		}

		static Progress ready(long count) {
			return new Progress(true, count, count);
		}

	}

	/** Logs progress every few seconds and keeps {@link #progress()} up to date. */
	private final class ProgressMonitor implements MassIndexingMonitor {

		private final long total;

		private final java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();

		private volatile long lastLog = System.nanoTime();

		ProgressMonitor(long total) {
			this.total = total;
		}

		@Override
		public void documentsAdded(long increment) {
			long now = this.done.addAndGet(increment);
			SearchIndex.this.progress.set(new Progress(false, now, this.total));
			if (System.nanoTime() - this.lastLog > 5_000_000_000L) {
				this.lastLog = System.nanoTime();
				log.info("Reindexing: {} of {} fiches", now, this.total);
			}
		}

		@Override
		public void documentsBuilt(long increment) {
		}

		@Override
		public void entitiesLoaded(long increment) {
		}

		@Override
		public void addToTotalCount(long increment) {
		}

		@Override
		public void indexingCompleted() {
		}

	}

}
