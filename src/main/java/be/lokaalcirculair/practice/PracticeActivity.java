package be.lokaalcirculair.practice;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

import be.lokaalcirculair.organisation.Organisation;
import be.lokaalcirculair.organisation.OrganisationActivity;
import be.lokaalcirculair.organisation.OrganisationType;

/**
 * The fiches on an organisation's page: for a municipality, every fiche about it (also
 * those filed under a pre-2025 municipality that merged into it); for another
 * organisation, the fiches it leads.
 */
@Component
class PracticeActivity implements OrganisationActivity {

	private final PracticeCatalog catalog;

	PracticeActivity(PracticeCatalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public ActivitySection activityOf(Organisation organisation, int limit) {
		boolean municipality = organisation.getType() == OrganisationType.GEMEENTE;
		Page<Practice> page = municipality ? this.catalog
			.published(PracticeFilter.about(organisation.getMunicipalityNis()), 0, limit, PracticeSort.NEWEST)
				: this.catalog.ledBy(organisation.getId(), limit);
		List<ActivityItem> items = page.getContent()
			.stream()
			.map((practice) -> new ActivityItem(practice.getTitle(), PracticeController.url(practice),
					practice.getSummary(), practice.isDemo()))
			.toList();
		String allUrl = municipality ? "/praktijken?gemeente=" + organisation.getMunicipalityNis() : null;
		return new ActivitySection("organisation.practices", "organisation.practices.none", items,
				page.getTotalElements(), allUrl);
	}

}
