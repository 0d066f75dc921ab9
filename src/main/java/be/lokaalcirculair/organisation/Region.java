package be.lokaalcirculair.organisation;

import java.util.Optional;

import be.lokaalcirculair.shared.taxonomy.Term;

/** The two regions whose municipalities the platform knows. */
public enum Region implements Term {

	VLAANDEREN("vlaanderen", "Vlaams Gewest"), BRUSSEL("brussel", "Brussels Hoofdstedelijk Gewest");

	private final String code;

	private final String officialName;

	Region(String code, String officialName) {
		this.code = code;
		this.officialName = officialName;
	}

	@Override
	public String code() {
		return this.code;
	}

	@Override
	public String messageKey() {
		return "region." + this.code;
	}

	/** The region with this code, or empty when the code is unknown. */
	public static Optional<Region> fromCode(String code) {
		for (Region region : values()) {
			if (code != null && region.code.equalsIgnoreCase(code.strip())) {
				return Optional.of(region);
			}
		}
		return Optional.empty();
	}

	static Region fromOfficialName(String name) {
		for (Region region : values()) {
			if (region.officialName.equals(name)) {
				return region;
			}
		}
		throw new IllegalArgumentException("Unknown region: " + name);
	}

}
