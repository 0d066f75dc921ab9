package be.lokaalcirculair.practice;

import java.util.ArrayList;
import java.util.List;

import be.lokaalcirculair.organisation.OrganisationLinkedData;
import be.lokaalcirculair.shared.web.LinkedData;
import be.lokaalcirculair.shared.web.Ui;

/**
 * The schema.org description of a fiche's public page: an article about a project, by its
 * lead organisation, located in its municipalities.
 */
public final class PracticeLinkedData {

	private PracticeLinkedData() {
	}

	/** The JSON-LD of the public page of this fiche. */
	public static String page(PracticeView view, Ui ui) {
		Practice practice = view.practice();
		String url = ui.absoluteUrl(PracticeController.url(practice));
		List<LinkedData> places = view.municipalities().stream().map(OrganisationLinkedData::place).toList();
		return LinkedData.document("Article")
			.with("headline", practice.getTitle())
			.with("description", practice.getSummary())
			.with("url", url)
			.with("inLanguage", practice.getLanguage())
			.with("datePublished", (practice.getPublishedAt() != null) ? practice.getPublishedAt().toString() : null)
			.with("dateModified", (practice.getUpdatedAt() != null) ? practice.getUpdatedAt().toString() : null)
			.with("keywords", keywords(practice, ui))
			.with("image", view.images().stream().map((image) -> ui.absoluteUrl(view.imageUrl(image))).toList())
			.with("author", (view.lead() != null) ? OrganisationLinkedData.node(view.lead(), ui) : null)
			.with("publisher",
					LinkedData.node("Organization")
						.with("name", ui.lookup("site.name"))
						.with("url", ui.absoluteUrl("/")))
			.with("spatialCoverage", places)
			.with("about", LinkedData.node("Project").with("name", practice.getTitle()).with("location", places))
			.with("isAccessibleForFree", true)
			.toScript();
	}

	private static List<String> keywords(Practice practice, Ui ui) {
		List<String> keywords = new ArrayList<>();
		practice.getThemes().forEach((theme) -> keywords.add(ui.label(theme)));
		practice.getLevers().forEach((lever) -> keywords.add(ui.label(lever)));
		practice.getStrategies().forEach((strategy) -> keywords.add(ui.label(strategy)));
		return keywords;
	}

}
