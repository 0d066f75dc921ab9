package be.lokaalcirculair.search;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.CompoundWordTokenFilterBase;
import org.apache.lucene.analysis.compound.HyphenationCompoundWordTokenFilter;
import org.apache.lucene.analysis.compound.hyphenation.Hyphenation;
import org.apache.lucene.analysis.compound.hyphenation.HyphenationTree;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;
import org.xml.sax.InputSource;

/**
 * Lucene's hyphenation compound-word filter with the hyphenation of each word kept:
 * walking the pattern tree for every long word was the largest single cost of indexing
 * (measured with JFR during a 10 000-fiche import), and a text corpus repeats its words.
 * Same parameters and result as {@code HyphenationCompoundWordTokenFilterFactory}
 * ({@code hyphenator}, {@code dictionary}, {@code minWordSize}, {@code minSubwordSize},
 * {@code maxSubwordSize}, {@code onlyLongestMatch}). Public only because Lucene creates
 * factories by reflection.
 */
public class CachedHyphenationCompoundFilterFactory extends TokenFilterFactory implements ResourceLoaderAware {

	/** The name under which Lucene's factory lookup knows this filter. */
	public static final String NAME = "cachedHyphenationCompoundWord";

	private final String hyphenationFile;

	private final String dictionaryFile;

	private final int minWordSize, minSubwordSize, maxSubwordSize;

	private final boolean onlyLongestMatch;

	private HyphenationTree hyphenator;

	private CharArraySet dictionary;

	/**
	 * @param args the filter's parameters, as for Lucene's hyphenation compound filter
	 */
	public CachedHyphenationCompoundFilterFactory(Map<String, String> args) {
		super(args);
		this.hyphenationFile = require(args, "hyphenator");
		this.dictionaryFile = get(args, "dictionary");
		this.minWordSize = getInt(args, "minWordSize", CompoundWordTokenFilterBase.DEFAULT_MIN_WORD_SIZE);
		this.minSubwordSize = getInt(args, "minSubwordSize", CompoundWordTokenFilterBase.DEFAULT_MIN_SUBWORD_SIZE);
		this.maxSubwordSize = getInt(args, "maxSubwordSize", CompoundWordTokenFilterBase.DEFAULT_MAX_SUBWORD_SIZE);
		this.onlyLongestMatch = getBoolean(args, "onlyLongestMatch", false);
		if (!args.isEmpty()) {
			throw new IllegalArgumentException("Unknown parameters: " + args);
		}
	}

	/** For Lucene's service loader only. */
	public CachedHyphenationCompoundFilterFactory() {
		throw defaultCtorException();
	}

	@Override
	public void inform(ResourceLoader loader) throws IOException {
		this.dictionary = (this.dictionaryFile != null) ? getWordSet(loader, this.dictionaryFile, false) : null;
		try (InputStream stream = loader.openResource(this.hyphenationFile)) {
			InputSource source = new InputSource(stream);
			source.setSystemId(this.hyphenationFile);
			CachedHyphenationTree tree = new CachedHyphenationTree();
			tree.loadPatterns(source);
			this.hyphenator = tree;
		}
	}

	@Override
	public TokenStream create(TokenStream input) {
		return new HyphenationCompoundWordTokenFilter(input, this.hyphenator, this.dictionary, this.minWordSize,
				this.minSubwordSize, this.maxSubwordSize, this.onlyLongestMatch);
	}

	/**
	 * The pattern tree with a bounded memory of the words it hyphenated. The tree is
	 * read-only once loaded, so concurrent analyzers may share it.
	 */
	static final class CachedHyphenationTree extends HyphenationTree {

		/** Words kept at most; the memory is emptied when full (a few MB at most). */
		static final int MAX_WORDS = 100_000;

		private final Map<String, Optional<Hyphenation>> words = new ConcurrentHashMap<>();

		@Override
		public Hyphenation hyphenate(char[] word, int offset, int length, int remainCharCount, int pushCharCount) {
			if (remainCharCount != 1 || pushCharCount != 1) {
				return super.hyphenate(word, offset, length, remainCharCount, pushCharCount);
			}
			String key = new String(word, offset, length);
			Optional<Hyphenation> known = this.words.get(key);
			if (known == null) {
				known = Optional.ofNullable(super.hyphenate(word, offset, length, 1, 1));
				if (this.words.size() >= MAX_WORDS) {
					this.words.clear();
				}
				this.words.put(key, known);
			}
			return known.orElse(null);
		}

	}

}
