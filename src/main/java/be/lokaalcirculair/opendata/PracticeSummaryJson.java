package be.lokaalcirculair.opendata;

import java.time.Instant;
import java.util.List;

import be.lokaalcirculair.organisation.Municipality;
import be.lokaalcirculair.organisation.Organisation;
import be.lokaalcirculair.practice.Practice;
import be.lokaalcirculair.shared.taxonomy.Terms;

/** A fiche in a list: the facts to choose which fiches to read in full. */
record PracticeSummaryJson(long id, String slug, String url, String title, String summary, String language,
		OrganisationRef leadOrganisation, List<MunicipalityRef> municipalities, List<String> themes,
		List<String> levers, String status, String targetGroup, boolean demo, Instant publishedAt, Instant updatedAt) {

	static PracticeSummaryJson of(Practice practice, Organisation lead, List<Municipality> municipalities,
			String baseUrl) {
		return new PracticeSummaryJson(practice.getId(), practice.getSlug(),
				baseUrl + "/praktijken/" + practice.getSlug(), practice.getTitle(), practice.getSummary(),
				practice.getLanguage(), OrganisationRef.of(lead),
				municipalities.stream().map(MunicipalityRef::of).toList(), Terms.codes(practice.getThemes()),
				Terms.codes(practice.getLevers()), practice.getStatus().code(),
				(practice.getTargetGroup() != null) ? practice.getTargetGroup().code() : null, practice.isDemo(),
				practice.getPublishedAt(), practice.getUpdatedAt());
	}

}
