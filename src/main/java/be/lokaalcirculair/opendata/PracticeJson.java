package be.lokaalcirculair.opendata;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import be.lokaalcirculair.organisation.Municipality;
import be.lokaalcirculair.organisation.Organisation;
import be.lokaalcirculair.practice.Practice;
import be.lokaalcirculair.practice.ResultIndicator;
import be.lokaalcirculair.shared.taxonomy.Terms;

/**
 * The public JSON form of a fiche. Holds no personal data: the contact person, the
 * author, the editor's name, the moderation comment and the name of a quoted person are
 * left out.
 */
record PracticeJson(long id, String slug, String url, String title, String summary, String description, String language,
		OrganisationRef leadOrganisation, List<MunicipalityRef> municipalities, List<String> partners,
		List<String> themes, List<String> strategies, List<String> levers, List<Integer> sdgs, String status,
		LocalDate startDate, LocalDate endDate, BigDecimal budgetEur, String staffEffort, List<String> fundingSources,
		List<Result> results, List<String> successFactors, List<String> obstacles, List<String> lessons,
		List<String> steps, String targetGroup, Location location, List<LinkJson> links, Testimony testimony,
		boolean validated, LocalDate lastReviewedAt, String provenance, boolean demo, Instant publishedAt,
		Instant updatedAt) {

	static PracticeJson of(Practice practice, Organisation lead, List<Municipality> municipalities, String baseUrl) {
		return new PracticeJson(practice.getId(), practice.getSlug(), baseUrl + "/praktijken/" + practice.getSlug(),
				practice.getTitle(), practice.getSummary(), practice.getDescription(), practice.getLanguage(),
				OrganisationRef.of(lead), municipalities.stream().map(MunicipalityRef::of).toList(),
				practice.getPartners(), Terms.codes(practice.getThemes()), Terms.codes(practice.getStrategies()),
				Terms.codes(practice.getLevers()), practice.getSdgs(), practice.getStatus().code(),
				practice.getStartDate(), practice.getEndDate(), practice.getBudgetEur(), practice.getStaffEffort(),
				practice.getFundingSources(), practice.getResults().stream().map(Result::of).toList(),
				practice.getSuccessFactors(), practice.getObstacles(), practice.getLessons(), practice.getSteps(),
				(practice.getTargetGroup() != null) ? practice.getTargetGroup().code() : null,
				new Location(practice.getLocationLabel(), practice.getLatitude(), practice.getLongitude()),
				practice.getLinks().stream().map((link) -> new LinkJson(link.label(), link.url())).toList(),
				(practice.getTestimony() != null) ? new Testimony(practice.getTestimony().quote()) : null,
				practice.getValidatedAt() != null, practice.getLastReviewedAt(), practice.getProvenance(),
				practice.isDemo(), practice.getPublishedAt(), practice.getUpdatedAt());
	}

	record Result(String name, BigDecimal value, String unit, Integer year) {

		static Result of(ResultIndicator indicator) {
			return new Result(indicator.name(), indicator.amount(), indicator.unit(), indicator.year());
		}

	}

	record Location(String label, Double latitude, Double longitude) {
	}

	record LinkJson(String label, String url) {
	}

	/**
	 * A quote of someone involved; who said it is a person's name and stays on the
	 * fiche's page.
	 *
	 * @param quote the words
	 */
	record Testimony(String quote) {
	}

}
