package be.lokaalcirculair.practice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import be.lokaalcirculair.organisation.Municipality;
import be.lokaalcirculair.organisation.Organisations;
import be.lokaalcirculair.shared.taxonomy.Lever;
import be.lokaalcirculair.shared.taxonomy.PracticeStatus;
import be.lokaalcirculair.shared.taxonomy.Sdg;
import be.lokaalcirculair.shared.taxonomy.Strategy;
import be.lokaalcirculair.shared.taxonomy.TargetGroup;
import be.lokaalcirculair.shared.taxonomy.Term;
import be.lokaalcirculair.shared.taxonomy.Theme;

/**
 * Makes a snapshot readable before it is compared: codes become the labels of the
 * reader's language and NIS codes the names of municipalities. A code that is no longer
 * known is shown as it is.
 */
@Component
class RevisionLabels {

	private final MessageSource messages;

	private final Organisations organisations;

	RevisionLabels(MessageSource messages, Organisations organisations) {
		this.messages = messages;
		this.organisations = organisations;
	}

	/** The snapshot with every code replaced by what a reader understands. */
	Map<String, List<String>> readable(Map<String, List<String>> snapshot, Locale locale) {
		Map<String, List<String>> readable = new LinkedHashMap<>();
		snapshot.forEach((field, values) -> readable.put(field, RevisionSnapshot.CODED.contains(field)
				? values.stream().map((value) -> label(field, value, locale)).toList() : values));
		return readable;
	}

	private String label(String field, String code, Locale locale) {
		Optional<? extends Term> term = switch (field) {
			case "status" -> PracticeStatus.fromCode(code);
			case "targetGroup" -> TargetGroup.fromCode(code);
			case "themes" -> Theme.fromCode(code);
			case "strategies" -> Strategy.fromCode(code);
			case "levers" -> Lever.fromCode(code);
			default -> Optional.empty();
		};
		if (term.isPresent()) {
			return text(term.get().messageKey(), code, locale);
		}
		return switch (field) {
			case "language" -> "en".equals(code) ? "English" : "nl".equals(code) ? "Nederlands" : code;
			case "sdgs" -> code.matches("\\d{1,2}") ? text(Sdg.messageKey(Integer.parseInt(code)), code, locale) : code;
			case "municipalities" -> this.organisations.municipality(code)
				.map(Municipality::getName)
				.map((name) -> name + " (" + code + ")")
				.orElse(code);
			default -> code;
		};
	}

	private String text(String key, String fallback, Locale locale) {
		return this.messages.getMessage(key, null, fallback, locale);
	}

}
