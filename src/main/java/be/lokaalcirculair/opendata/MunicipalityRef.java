package be.lokaalcirculair.opendata;

import be.lokaalcirculair.organisation.Municipality;

/** A reference to a 2025 municipality inside another resource. */
record MunicipalityRef(String nisCode, String name) {

	static MunicipalityRef of(Municipality municipality) {
		return new MunicipalityRef(municipality.getNisCode(), municipality.getName());
	}

}
