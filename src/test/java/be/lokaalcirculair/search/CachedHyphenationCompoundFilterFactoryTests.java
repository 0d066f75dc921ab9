package be.lokaalcirculair.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.HyphenationCompoundWordTokenFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CachedHyphenationCompoundFilterFactoryTests {

	private static final String TEXT = "Het herstelcafé verzamelt bouwmaterialen en luierafval; de bouwmaterialen "
			+ "gaan naar een kringloopwinkel, het luierafval naar de afvalverwerking. Herbruikbare bekers op "
			+ "evenementen, een deelfietsensysteem en een materialenbank voor de gemeentelijke werkplaatsen.";

	@Test
	void splitsCompoundsExactlyAsLucenesOwnFilterDoesAlsoWhenTheWordsComeAgain() throws IOException {
		Analyzer lucene = analyzer(HyphenationCompoundWordTokenFilterFactory.class);
		Analyzer cached = analyzer(CachedHyphenationCompoundFilterFactory.class);

		List<String> expected = tokens(lucene, TEXT);
		assertThat(expected).map((token) -> token.substring(0, token.indexOf('@')))
			.contains("bouwmaterialen", "materialen", "kringloopwinkel", "winkel", "luierafval", "afval");
		assertThat(tokens(cached, TEXT)).isEqualTo(expected);
		// the second time every word comes from the memory of the hyphenation
		assertThat(tokens(cached, TEXT)).isEqualTo(expected);
		assertThat(tokens(cached, "bouwmaterialen")).isEqualTo(tokens(lucene, "bouwmaterialen"));
	}

	@Test
	void refusesUnknownParameters() throws IOException {
		var builder = CustomAnalyzer.builder(new ClasspathResourceLoader(getClass().getClassLoader()))
			.withTokenizer(StandardTokenizerFactory.class);
		assertThatThrownBy(() -> builder.addTokenFilter(CachedHyphenationCompoundFilterFactory.class, "hyphenator",
				DutchAnalysis.HYPHENATION, "noSuchOption", "1"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("noSuchOption");
	}

	private static Analyzer analyzer(Class<? extends TokenFilterFactory> compounds) throws IOException {
		return CustomAnalyzer.builder(new ClasspathResourceLoader(DutchAnalysis.class.getClassLoader()))
			.withTokenizer(StandardTokenizerFactory.class)
			.addTokenFilter(LowerCaseFilterFactory.class)
			.addTokenFilter(compounds, "hyphenator", DutchAnalysis.HYPHENATION, "dictionary", DutchAnalysis.DICTIONARY,
					"minWordSize", "6", "minSubwordSize", "3", "maxSubwordSize", "15", "onlyLongestMatch", "false")
			.build();
	}

	/**
	 * Each token with its offsets and position increment, so that any difference shows.
	 */
	private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("body", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term + "@" + offset.startOffset() + "-" + offset.endOffset() + "+"
						+ increment.getPositionIncrement());
			}
			stream.end();
		}
		return tokens;
	}

}
