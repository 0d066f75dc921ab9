package be.lokaalcirculair.shared.taxonomy;

import jakarta.persistence.Converter;

@Converter(autoApply = true)
class StrategyConverter extends TermConverter<Strategy> {

	StrategyConverter() {
		super(Strategy::fromCode);
	}

}
