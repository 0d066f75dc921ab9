package be.lokaalcirculair.opendata;

import java.util.List;

import be.lokaalcirculair.organisation.Municipality;
import be.lokaalcirculair.organisation.Organisation;

/** The public JSON form of an organisation. */
record OrganisationJson(long id, String slug, String url, String name, String type, String provinceNis,
		MunicipalityRef municipality, String populationClass, String region, List<String> memberMunicipalities,
		String description, String website, boolean demo) {

	static OrganisationJson of(Organisation organisation, Municipality municipality, String baseUrl) {
		return new OrganisationJson(organisation.getId(), organisation.getSlug(),
				baseUrl + "/organisaties/" + organisation.getSlug(), organisation.getName(),
				organisation.getType().code(), organisation.getProvinceNis(),
				(municipality != null) ? MunicipalityRef.of(municipality) : null,
				(municipality != null) ? municipality.getPopulationClass().code() : null,
				(municipality != null) ? municipality.getRegion().code() : null,
				List.copyOf(organisation.getMemberMunicipalities()), organisation.getDescription(),
				organisation.getWebsite(), organisation.isDemo());
	}

}
