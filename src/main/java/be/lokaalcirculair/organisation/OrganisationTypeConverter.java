package be.lokaalcirculair.organisation;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
class OrganisationTypeConverter implements AttributeConverter<OrganisationType, String> {

	@Override
	public String convertToDatabaseColumn(OrganisationType type) {
		return (type != null) ? type.code() : null;
	}

	@Override
	public OrganisationType convertToEntityAttribute(String code) {
		return (code != null) ? OrganisationType.fromCode(code).orElseThrow() : null;
	}

}
