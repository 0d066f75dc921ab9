package be.lokaalcirculair.organisation;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
class RegionConverter implements AttributeConverter<Region, String> {

	@Override
	public String convertToDatabaseColumn(Region region) {
		return (region != null) ? region.code() : null;
	}

	@Override
	public Region convertToEntityAttribute(String code) {
		return (code != null) ? Region.fromCode(code).orElseThrow() : null;
	}

}
