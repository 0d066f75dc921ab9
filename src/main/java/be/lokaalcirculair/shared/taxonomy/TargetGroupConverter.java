package be.lokaalcirculair.shared.taxonomy;

import jakarta.persistence.Converter;

@Converter(autoApply = true)
class TargetGroupConverter extends TermConverter<TargetGroup> {

	TargetGroupConverter() {
		super(TargetGroup::fromCode);
	}

}
