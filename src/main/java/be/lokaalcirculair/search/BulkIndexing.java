package be.lokaalcirculair.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import be.lokaalcirculair.practice.Practice;

/**
 * Indexing for writes of many fiches at once (an import): instead of a document per fiche
 * at commit, the writing transaction leaves the index alone and the new fiches are
 * indexed together afterwards. Should the indexing not happen (a crash right after the
 * commit), the reconciliation at start-up finds the difference and rebuilds the index.
 */
@Component
public class BulkIndexing {

	private static final Logger log = LoggerFactory.getLogger(BulkIndexing.class);

	private final EntityManager entityManager;

	private final EntityManagerFactory entityManagerFactory;

	BulkIndexing(EntityManager entityManager, EntityManagerFactory entityManagerFactory) {
		this.entityManager = entityManager;
		this.entityManagerFactory = entityManagerFactory;
	}

	/**
	 * Leaves the fiches written in the current transaction out of the automatic indexing;
	 * call {@link #index(long, long)} after the commit.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void suspendAutomaticIndexing() {
		Search.session(this.entityManager).indexingPlanFilter((filter) -> filter.exclude(Practice.class));
	}

	/**
	 * Indexes the fiches with ids in this range (those that are published), replacing
	 * their documents; the rest of the index stays as it is.
	 * @param fromId the first id
	 * @param toId the last id
	 */
	public void index(long fromId, long toId) throws InterruptedException {
		long started = System.nanoTime();
		MassIndexer indexer = Search.mapping(this.entityManagerFactory).scope(Practice.class).massIndexer();
		indexer.type(Practice.class)
			.reindexOnly("e.id >= :from and e.id <= :to")
			.param("from", fromId)
			.param("to", toId);
		// merged into one segment: the facet counts of every search walk each segment and
		// map their terms across segments, and many small segments made that the largest
		// cost of a search (measured with JFR at 10 000 fiches)
		indexer.purgeAllOnStart(false)
			.mergeSegmentsOnFinish(true)
			.threadsToLoadObjects(2)
			.batchSizeToLoadObjects(100)
			.startAndWait();
		log.info("Indexed fiches {} to {} in {} ms", fromId, toId, (System.nanoTime() - started) / 1_000_000);
	}

}
