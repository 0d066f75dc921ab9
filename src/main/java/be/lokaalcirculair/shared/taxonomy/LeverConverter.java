package be.lokaalcirculair.shared.taxonomy;

import jakarta.persistence.Converter;

@Converter(autoApply = true)
class LeverConverter extends TermConverter<Lever> {

	LeverConverter() {
		super(Lever::fromCode);
	}

}
