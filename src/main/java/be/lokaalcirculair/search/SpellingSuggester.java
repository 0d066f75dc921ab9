package be.lokaalcirculair.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;

import org.springframework.stereotype.Component;

import be.lokaalcirculair.practice.Practice;

/**
 * "Bedoelde u …?": for a query whose words do not occur in the published fiches, the
 * closest words that do (at most two edits away, the most frequent first), from the words
 * of the fiches themselves.
 */
@Component
class SpellingSuggester {

	private final EntityManagerFactory entityManagerFactory;

	private final DirectSpellChecker closeOnly = checker(1);

	private final DirectSpellChecker closeOrFurther = checker(2);

	SpellingSuggester(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	private static DirectSpellChecker checker(int maxEdits) {
		DirectSpellChecker checker = new DirectSpellChecker();
		checker.setMinQueryLength(4);
		checker.setMaxEdits(maxEdits);
		return checker;
	}

	/**
	 * The query with its unknown words replaced by the closest known ones, or empty when
	 * nothing changed.
	 */
	Optional<String> suggest(String query, int maxEdits) {
		DirectSpellChecker checker = (maxEdits > 1) ? this.closeOrFurther : this.closeOnly;
		String[] words = fold(query).split("[^\\p{L}\\p{N}]+");
		if (words.length == 0 || words.length > 10) {
			return Optional.empty();
		}
		try (IndexReader reader = Search.mapping(this.entityManagerFactory)
			.scope(Practice.class)
			.extension(LuceneExtension.get())
			.openIndexReader()) {
			List<String> corrected = new ArrayList<>();
			boolean changed = false;
			for (String word : words) {
				if (word.isEmpty()) {
					continue;
				}
				Term term = new Term(PracticeFields.SPELLING, word);
				SuggestWord[] suggestions = (reader.docFreq(term) > 0) ? new SuggestWord[0]
						: checker.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
				if (suggestions.length > 0) {
					corrected.add(suggestions[0].string);
					changed = true;
				}
				else {
					corrected.add(word);
				}
			}
			return changed ? Optional.of(String.join(" ", corrected)) : Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** As the "plain" analyzer does: lower case, no accents. */
	private static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.strip();
	}

}
