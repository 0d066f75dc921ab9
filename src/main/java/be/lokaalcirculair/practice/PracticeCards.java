package be.lokaalcirculair.practice;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import be.lokaalcirculair.organisation.Municipality;
import be.lokaalcirculair.organisation.Organisation;
import be.lokaalcirculair.organisation.Organisations;

/**
 * Puts the names of organisations and municipalities next to fiches, for listings, with
 * one look-up per listing rather than one per fiche.
 */
@Component
public class PracticeCards {

	private final Organisations organisations;

	PracticeCards(Organisations organisations) {
		this.organisations = organisations;
	}

	/** The cards for these fiches, in the same order. */
	public List<PracticeCard> of(List<Practice> practices) {
		Set<Long> ids = new HashSet<>();
		practices.forEach((practice) -> ids.add(practice.getLeadOrganisationId()));
		Map<Long, Organisation> leads = this.organisations.organisations(ids);
		return practices.stream().map((practice) -> {
			Organisation lead = leads.get(practice.getLeadOrganisationId());
			List<String> names = this.organisations.municipalities(practice.getMunicipalities())
				.stream()
				.map(Municipality::getName)
				.toList();
			return new PracticeCard(practice, (lead != null) ? lead.getName() : "", names);
		}).toList();
	}

}
