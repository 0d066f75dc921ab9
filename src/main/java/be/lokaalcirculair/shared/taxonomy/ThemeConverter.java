package be.lokaalcirculair.shared.taxonomy;

import jakarta.persistence.Converter;

@Converter(autoApply = true)
class ThemeConverter extends TermConverter<Theme> {

	ThemeConverter() {
		super(Theme::fromCode);
	}

}
