package be.lokaalcirculair.shared.text;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** QUALITY.md S12: no text of an export can start a formula in a spreadsheet. */
class CellSafetyTests {

	@Test
	void textsThatStartAFormulaGetAnApostrophe() {
		assertThat(CellSafety.neutralise("=HYPERLINK(\"http://evil.example\",\"klik\")"))
			.isEqualTo("'=HYPERLINK(\"http://evil.example\",\"klik\")");
		assertThat(CellSafety.neutralise("+32 3 123 45 67")).isEqualTo("'+32 3 123 45 67");
		assertThat(CellSafety.neutralise("-2+3+cmd|' /C calc'!A0")).isEqualTo("'-2+3+cmd|' /C calc'!A0");
		assertThat(CellSafety.neutralise("@SUM(1+1)")).isEqualTo("'@SUM(1+1)");
		assertThat(CellSafety.neutralise("\t=1+1")).isEqualTo("'\t=1+1");
		assertThat(CellSafety.neutralise("\r=1+1")).isEqualTo("'\r=1+1");
	}

	@Test
	void otherTextsStayAsTheyAre() {
		for (String text : List.of("Herbruikbare luiers", "12,5 ton", "", "a=b", "R3", "'citaat'", "“=”")) {
			assertThat(CellSafety.neutralise(text)).isEqualTo(text);
		}
		assertThat(CellSafety.neutralise(null)).isNull();
	}

	@Test
	void anImportGetsBackExactlyWhatWasExported() {
		for (String text : List.of("=1+1", "'=1+1", "''=1+1", "'", "''", "'abc", "-", "@", "abc", "", "'\t")) {
			String cell = CellSafety.neutralise(text);
			assertThat(CellSafety.restore(cell)).as(text).isEqualTo(text);
			// and what the import reads is never itself dangerous once neutralised again
			assertThat(CellSafety.neutralise(CellSafety.restore(cell))).isEqualTo(cell);
		}
		assertThat(CellSafety.restore(null)).isNull();
		assertThat(CellSafety.restore("'abc")).as("an apostrophe before harmless text is the text's own")
			.isEqualTo("'abc");
	}

}
