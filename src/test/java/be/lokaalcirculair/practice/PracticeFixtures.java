package be.lokaalcirculair.practice;

import java.util.List;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import be.lokaalcirculair.organisation.Organisations;
import be.lokaalcirculair.shared.taxonomy.PracticeStatus;
import be.lokaalcirculair.shared.taxonomy.Theme;

/**
 * Fiches made by tests of other modules, published through the real repository in a
 * transaction of their own (so that whatever listens to commits, such as the search
 * index, sees them).
 */
public final class PracticeFixtures {

	/** Slugs of fixtures start with this, so that they can be removed again. */
	public static final String PREFIX = "fixture-";

	private PracticeFixtures() {
	}

	/** Publishes a fiche with this text about this municipality. */
	public static Practice publish(ApplicationContext context, String slug, String title, String summary,
			String description, String nisCode, Theme theme) {
		PracticeRepository practices = context.getBean(PracticeRepository.class);
		Organisations organisations = context.getBean(Organisations.class);
		return context.getBean(TransactionTemplate.class).execute((status) -> {
			Practice practice = new Practice(PREFIX + slug, title, summary,
					organisations.organisationOfMunicipality(nisCode).orElseThrow().getId(), PracticeStatus.LOPEND,
					"test", false);
			practice.describe(description, "nl");
			practice.classify(List.of(theme), List.of(), List.of(), List.of(), null);
			practice.locate(List.of(nisCode), null, null, null);
			practice.moderate(ModerationState.PUBLISHED, null, null, null);
			return practices.save(practice);
		});
	}

	/** Changes the moderation state of a fiche, in a transaction of its own. */
	public static void moderate(ApplicationContext context, long id, ModerationState state) {
		PracticeRepository practices = context.getBean(PracticeRepository.class);
		context.getBean(TransactionTemplate.class).executeWithoutResult((status) -> {
			practices.findById(id).orElseThrow().moderate(state, null, null, null);
		});
	}

	/**
	 * Changes a fiche's title as this person, keeping revisions as a save through the
	 * form does (the version from before the history first, if it had none).
	 */
	public static void revise(ApplicationContext context, long id, be.lokaalcirculair.account.AccountPrincipal person,
			String title) {
		revise(context, id, person, title, null);
	}

	/** Changes a fiche's title and description (unless {@code null}) as this person. */
	public static void revise(ApplicationContext context, long id, be.lokaalcirculair.account.AccountPrincipal person,
			String title, String description) {
		PracticeRepository practices = context.getBean(PracticeRepository.class);
		PracticeHistory history = context.getBean(PracticeHistory.class);
		context.getBean(TransactionTemplate.class).executeWithoutResult((status) -> {
			Practice practice = practices.findById(id).orElseThrow();
			history.beforeChange(practice);
			practice.rename(title, practice.getSummary());
			if (description != null) {
				practice.describe(description, practice.getLanguage());
			}
			practice.touched();
			history.record(practice, RevisionAction.SAVED, person, null);
		});
	}

	/** Removes every fixture fiche. */
	public static void removeAll(ApplicationContext context) {
		PracticeRepository practices = context.getBean(PracticeRepository.class);
		context.getBean(TransactionTemplate.class)
			.executeWithoutResult((status) -> practices.findAll()
				.stream()
				.filter((practice) -> practice.getSlug().startsWith(PREFIX))
				.forEach(practices::delete));
	}

}
