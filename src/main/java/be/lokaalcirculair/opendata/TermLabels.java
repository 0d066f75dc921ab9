package be.lokaalcirculair.opendata;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import be.lokaalcirculair.shared.taxonomy.Term;
import be.lokaalcirculair.shared.web.Languages;

/**
 * Terms of the vocabularies as the API gives them: the stable code with the label in
 * every language of the site, so that a client needs no second call to show them.
 */
@Component
class TermLabels {

	private final MessageSource messages;

	TermLabels(MessageSource messages) {
		this.messages = messages;
	}

	/** Every term of a vocabulary, in its order. */
	List<TermJson> all(Term[] terms) {
		return of(Arrays.asList(terms));
	}

	/** The given terms, in the order given. */
	List<TermJson> of(Collection<? extends Term> terms) {
		return terms.stream().map(this::of).toList();
	}

	/** One term, or {@code null}. */
	TermJson of(Term term) {
		return (term != null) ? new TermJson(term.code(), labels(term.messageKey())) : null;
	}

	/** The label of a message key by language ("nl", "en"). */
	Map<String, String> labels(String key) {
		Map<String, String> labels = new LinkedHashMap<>();
		for (Locale locale : Languages.SUPPORTED) {
			labels.put(locale.getLanguage(), this.messages.getMessage(key, null, key, locale));
		}
		return labels;
	}

	/**
	 * One term.
	 *
	 * @param code the stable code
	 * @param labels the label by language ("nl", "en")
	 */
	record TermJson(String code, Map<String, String> labels) {
	}

}
