package be.lokaalcirculair.search;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import be.lokaalcirculair.practice.PracticeCatalog;
import be.lokaalcirculair.support.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The index is reconciled with the database when rows change around the application. */
@PlatformTest
class SearchIndexTests {

	@Autowired
	SearchIndex index;

	@Autowired
	PracticeCatalog catalog;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void startUpReconciliationRebuildsAnIndexThatDiffersFromTheDatabase() throws Exception {
		assertThat(this.index.progress().ready()).isTrue();
		long published = this.catalog.countPublished();
		assertThat(this.index.indexState().count()).isEqualTo(published);
		Long id = this.jdbc.queryForObject(
				"select min(id) from practice where moderation_state = 'PUBLISHED' and slug not like 'fixture-%'",
				Long.class);
		// written around the application, as a restore or a crash would leave it
		this.jdbc.update("update practice set moderation_state = 'ARCHIVED' where id = ?", id);
		try {
			assertThat(this.index.indexState().count()).isEqualTo(published);
			this.index.run(null);
			assertThat(this.index.indexState().count()).isEqualTo(published - 1);
			assertThat(this.index.progress()).isEqualTo(new SearchIndex.Progress(true, published - 1, published - 1));
		}
		finally {
			this.jdbc.update("update practice set moderation_state = 'PUBLISHED' where id = ?", id);
			this.index.run(null);
		}
		assertThat(this.index.indexState().count()).isEqualTo(published);
	}

}
