package be.lokaalcirculair.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;

import org.springframework.stereotype.Component;

/**
 * The parts of the compounds in a query, as the Dutch analyzer splits them
 * ("bouwmaterialen" has the parts "bouw" and "materialen"). The analyzer puts the parts
 * at the position of the compound, where a query counts them as alternatives; the search
 * adds a clause that asks for all parts together, so that a fiche speaking of "materialen
 * uit de bouw" ranks as it should.
 */
@Component
class CompoundParts {

	private final EntityManagerFactory entityManagerFactory;

	private volatile Analyzer analyzer;

	CompoundParts(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	/**
	 * For every compound in the text, its (stemmed) parts; words that are no compound are
	 * left out.
	 */
	List<List<String>> of(String text) {
		List<List<String>> compounds = new ArrayList<>();
		List<String> group = new ArrayList<>();
		try (TokenStream tokens = analyzer().tokenStream(PracticeFields.TITLE_NL, text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				if (increment.getPositionIncrement() > 0) {
					addParts(compounds, group);
					group = new ArrayList<>();
				}
				group.add(term.toString());
			}
			tokens.end();
			addParts(compounds, group);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return compounds;
	}

	private static void addParts(List<List<String>> compounds, List<String> group) {
		// the first token is the whole word, the others its parts
		if (group.size() > 1) {
			compounds.add(List.copyOf(group.subList(1, group.size())));
		}
	}

	private Analyzer analyzer() {
		Analyzer loaded = this.analyzer;
		if (loaded == null) {
			loaded = Search.mapping(this.entityManagerFactory)
				.backend()
				.unwrap(LuceneBackend.class)
				.analyzer(DutchAnalysis.DUTCH)
				.orElseThrow();
			this.analyzer = loaded;
		}
		return loaded;
	}

}
