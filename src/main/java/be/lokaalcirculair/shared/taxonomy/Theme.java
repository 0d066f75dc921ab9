package be.lokaalcirculair.shared.taxonomy;

import java.util.Optional;

/** Themes of the circular economy a fiche is about. */
public enum Theme implements Term {

	BOUW_EN_INFRASTRUCTUUR("bouw-en-infrastructuur"), VOEDING("voeding"), TEXTIEL("textiel"),
	ELEKTRONICA("elektronica"), MEUBILAIR_EN_INRICHTING("meubilair-en-inrichting"),
	KUNSTSTOFFEN_EN_VERPAKKING("kunststoffen-en-verpakking"), WATER("water"), GROEN_EN_BIOMASSA("groen-en-biomassa"),
	EVENEMENTEN("evenementen"), PUBLIEKE_RUIMTE("publieke-ruimte"), MOBILITEIT("mobiliteit"),
	DEELECONOMIE("deeleconomie"), AFVAL_EN_MATERIALEN("afval-en-materialen"), ENERGIE("energie");

	private final String code;

	Theme(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return this.code;
	}

	@Override
	public String messageKey() {
		return "theme." + this.code;
	}

	/** The term with this code, or empty when the code is unknown. */
	public static Optional<Theme> fromCode(String code) {
		return Terms.fromCode(values(), code);
	}

}
