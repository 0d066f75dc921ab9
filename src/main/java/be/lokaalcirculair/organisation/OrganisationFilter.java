package be.lokaalcirculair.organisation;

import java.util.Locale;

/**
 * Criteria for listing organisations; a {@code null} criterion does not restrict.
 *
 * @param type only organisations of this type
 * @param provinceNis only organisations in this province
 * @param region only organisations in this region (for municipalities and their OCMWs)
 * @param name only organisations whose name contains this text, ignoring case
 */
public record OrganisationFilter(OrganisationType type, String provinceNis, Region region, String name) {

	/** No restriction at all. */
	public static OrganisationFilter all() {
		return new OrganisationFilter(null, null, null, null);
	}

	String nameLowerCase() {
		return (this.name == null || this.name.isBlank()) ? null : this.name.strip().toLowerCase(Locale.ROOT);
	}

}
