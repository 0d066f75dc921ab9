package be.lokaalcirculair.practice;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** The stable codes of the moderation states and the steps each allows. */
class ModerationStateTests {

	@Test
	void everyStateHasAUrlCodeThatLeadsBackToIt() {
		for (ModerationState state : ModerationState.values()) {
			assertThat(ModerationState.fromCode(state.code())).contains(state);
			assertThat(state.code()).matches("[a-z-]+");
		}
		assertThat(ModerationState.fromCode("IN_REVIEW")).isEmpty();
		assertThat(ModerationState.fromCode(null)).isEmpty();
	}

	@Test
	void theDatabaseAcceptsExactlyTheStoredNames() throws IOException {
		String migration;
		try (InputStream in = new ClassPathResource("db/migration/V8__practice_revision.sql").getInputStream()) {
			migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		String allowed = migration.substring(migration.indexOf("check (moderation_state in"));
		allowed = allowed.substring(0, allowed.indexOf(";"));
		for (ModerationState state : ModerationState.values()) {
			assertThat(allowed).as("state %s allowed by the check constraint", state)
				.contains("'" + state.name() + "'");
		}
		assertThat(allowed.chars().filter((c) -> c == '\'').count()).isEqualTo(2L * ModerationState.values().length);
	}

	@Test
	void onlyAFicheUnderReviewIsDecidedOnAndOnlyAPublishedOneArchived() {
		assertThat(ModerationState.values()).filteredOn(ModerationState::mayDecide)
			.containsExactly(ModerationState.SUBMITTED, ModerationState.IN_REVIEW);
		assertThat(ModerationState.values()).filteredOn(ModerationState::maySubmit)
			.containsExactly(ModerationState.DRAFT, ModerationState.CHANGES_REQUESTED);
		assertThat(ModerationState.values()).filteredOn(ModerationState::mayArchive)
			.containsExactly(ModerationState.PUBLISHED);
		assertThat(ModerationState.values()).filteredOn(ModerationState::mayStartReview)
			.containsExactly(ModerationState.SUBMITTED, ModerationState.IN_REVIEW, ModerationState.ARCHIVED);
	}

}
