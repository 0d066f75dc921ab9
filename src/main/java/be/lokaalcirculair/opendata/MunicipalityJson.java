package be.lokaalcirculair.opendata;

import java.util.List;

import be.lokaalcirculair.organisation.FormerMunicipality;
import be.lokaalcirculair.organisation.Municipality;

/**
 * A municipality of 2025 with its reference data.
 *
 * @param requestedCode the code asked for, when it was a pre-2025 code that resolved to
 * this one
 */
record MunicipalityJson(String nisCode, String name, String region, String provinceNis, String provinceName,
		String arrondissementNis, String arrondissementName, int population, String populationClass, boolean merged2025,
		List<MunicipalityRef> formerMunicipalities, Double latitude, Double longitude, String requestedCode) {

	static MunicipalityJson of(Municipality municipality, List<FormerMunicipality> former, String requestedCode) {
		return new MunicipalityJson(municipality.getNisCode(), municipality.getName(), municipality.getRegion().code(),
				(municipality.getProvince() != null) ? municipality.getProvince().nisCode() : null,
				(municipality.getProvince() != null) ? municipality.getProvince().name() : null,
				municipality.getArrondissementNis(), municipality.getArrondissementName(), municipality.getPopulation(),
				municipality.getPopulationClass().code(), municipality.isMerged2025(),
				former.stream().map((f) -> new MunicipalityRef(f.getNisCode(), f.getName())).toList(),
				municipality.getLatitude(), municipality.getLongitude(),
				municipality.getNisCode().equals(requestedCode) ? null : requestedCode);
	}

}
