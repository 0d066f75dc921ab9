package be.lokaalcirculair.organisation;

import java.util.List;

/**
 * What the page of one organisation shows.
 *
 * @param organisation the organisation
 * @param municipality for a municipality (or its OCMW): the municipality, otherwise
 * {@code null}
 * @param province the province it works in, or {@code null}
 * @param formerMunicipalities for a municipality that merged in 2025: the municipalities
 * it was made of
 * @param members for a partnership: its member municipalities
 * @param mapOutline the outline of the municipality or the members on the map
 * @param sections what the other modules show about it (its fiches …)
 */
public record OrganisationView(Organisation organisation, Municipality municipality, Province province,
		List<FormerMunicipality> formerMunicipalities, List<Municipality> members, String mapOutline,
		List<OrganisationActivity.ActivitySection> sections) {
}
