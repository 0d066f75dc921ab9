package be.lokaalcirculair.search;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilterFactory;
import org.apache.lucene.analysis.ngram.EdgeNGramFilterFactory;
import org.apache.lucene.analysis.snowball.SnowballPorterFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.synonym.SynonymGraphFilterFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisOptionalComponentsStep;

import org.springframework.stereotype.Component;

/**
 * The analysis chains of the search, Dutch first. Dutch text is lower-cased,
 * accent-folded, split into the parts of its compounds ("bouwmaterialen" also gives
 * "bouw" and "materialen", with the OFFO hyphenation patterns and a curated dictionary
 * derived from OpenTaal), freed of stop words and stemmed. Queries go through the same
 * chain plus the synonyms of the field ("tweedehands" finds "hergebruik", "repair cafe"
 * finds "herstelcafé"), so the index never needs rebuilding for a new synonym. English
 * fiches get an English chain; both languages are always searched.
 */
@Component("dutchAnalysis")
class DutchAnalysis implements LuceneAnalysisConfigurer {

	static final String DUTCH = "nl", DUTCH_QUERY = "nl_query", DUTCH_PHRASE = "nl_phrase", ENGLISH = "en",
			ENGLISH_QUERY = "en_query", PLAIN = "plain", PREFIX = "prefix", PREFIX_QUERY = "prefix_query",
			SORT = "sort";

	static final String HYPHENATION = "search/nl_hyphenation_lucene.xml",
			DICTIONARY = "search/nl-compound-dictionary.txt", SYNONYMS = "search/nl-synonyms.txt";

	/**
	 * A query of a few words expands, through synonyms and compound parts in two
	 * languages and several fields, into more clauses than Lucene's default of 1024.
	 */
	static final int MAX_CLAUSES = 8192;

	/**
	 * What the index and query chains for Dutch share after their start: compounds, stop
	 * words, stems.
	 */
	private static void dutchEnd(LuceneAnalysisOptionalComponentsStep chain) {
		chain.tokenFilter(CachedHyphenationCompoundFilterFactory.class)
			.param("hyphenator", HYPHENATION)
			.param("dictionary", DICTIONARY)
			.param("minWordSize", "6")
			.param("minSubwordSize", "3")
			.param("maxSubwordSize", "15")
			.param("onlyLongestMatch", "false")
			.tokenFilter(StopFilterFactory.class)
			.param("words", "org/apache/lucene/analysis/snowball/dutch_stop.txt")
			.param("format", "snowball")
			.param("ignoreCase", "true")
			.tokenFilter(SnowballPorterFilterFactory.class)
			.param("language", "Dutch")
			.tokenFilter(RemoveDuplicatesTokenFilterFactory.class);
	}

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		org.apache.lucene.search.IndexSearcher.setMaxClauseCount(MAX_CLAUSES);
		dutchEnd(context.analyzer(DUTCH)
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class));
		dutchEnd(context.analyzer(DUTCH_QUERY)
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class)
			.tokenFilter(SynonymGraphFilterFactory.class)
			.param("synonyms", SYNONYMS)
			.param("expand", "true")
			.param("ignoreCase", "true"));
		// phrases and "more like this": whole words only, no synonyms or compound parts,
		// whose
		// alternatives would multiply into more paths than a query may hold
		context.analyzer(DUTCH_PHRASE)
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class)
			.tokenFilter(StopFilterFactory.class)
			.param("words", "org/apache/lucene/analysis/snowball/dutch_stop.txt")
			.param("format", "snowball")
			.param("ignoreCase", "true")
			.tokenFilter(SnowballPorterFilterFactory.class)
			.param("language", "Dutch");
		context.analyzer(ENGLISH)
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(EnglishPossessiveFilterFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class)
			.tokenFilter(StopFilterFactory.class)
			.tokenFilter(PorterStemFilterFactory.class);
		context.analyzer(ENGLISH_QUERY)
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(EnglishPossessiveFilterFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class)
			.tokenFilter(SynonymGraphFilterFactory.class)
			.param("synonyms", SYNONYMS)
			.param("expand", "true")
			.param("ignoreCase", "true")
			.tokenFilter(StopFilterFactory.class)
			.tokenFilter(PorterStemFilterFactory.class);
		context.analyzer(PLAIN)
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class);
		context.analyzer(PREFIX)
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class)
			.tokenFilter(EdgeNGramFilterFactory.class)
			.param("minGramSize", "2")
			.param("maxGramSize", "20");
		context.analyzer(PREFIX_QUERY)
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class);
		context.normalizer(SORT)
			.custom()
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class);
	}

}
