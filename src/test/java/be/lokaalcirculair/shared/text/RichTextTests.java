package be.lokaalcirculair.shared.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RichTextTests {

	private static final String MARKDOWN = """
			# Herstelcafé

			Elke **zaterdag** herstellen _vrijwilligers_ toestellen in de [bib](https://example.org/bib).

			- fietsen
			- kleding

			<script>alert(1)</script>
			""";

	@Test
	void theHtmlKeepsOnlyTheAllowedMarkupAndEscapesRawHtml() {
		String html = RichText.toHtml(MARKDOWN);
		assertThat(html)
			.contains("<h3>Herstelcafé</h3>", "<strong>zaterdag</strong>", "<em>vrijwilligers</em>", "<li>fietsen</li>",
					"rel=\"nofollow noopener noreferrer\"")
			.doesNotContain("<script>")
			.contains("&lt;script&gt;");
	}

	@Test
	void thePlainTextHasTheWordsWithoutMarkup() {
		String text = RichText.toPlainText(MARKDOWN);
		assertThat(text)
			.contains("Herstelcafé", "Elke zaterdag herstellen vrijwilligers toestellen in de bib.", "fietsen",
					"kleding")
			.doesNotContain("**", "_vrijwilligers_", "[bib]", "# ", "https://");
		assertThat(RichText.toPlainText(null)).isEmpty();
		assertThat(RichText.toPlainText("  ")).isEmpty();
	}

}
