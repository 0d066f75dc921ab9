package be.lokaalcirculair.practice;

import java.util.List;

/**
 * A fiche as it is shown in a listing: the fiche with the names of its organisation and
 * municipalities.
 *
 * @param practice the fiche
 * @param organisationName the name of the lead organisation
 * @param municipalityNames the names of the 2025 municipalities it is about
 */
public record PracticeCard(Practice practice, String organisationName, List<String> municipalityNames) {

	/** The address of the fiche's page. */
	public String url() {
		return PracticeController.url(this.practice);
	}

}
