package be.lokaalcirculair.shared.taxonomy;

import jakarta.persistence.Converter;

@Converter(autoApply = true)
class PracticeStatusConverter extends TermConverter<PracticeStatus> {

	PracticeStatusConverter() {
		super(PracticeStatus::fromCode);
	}

}
