package be.lokaalcirculair.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;

import be.lokaalcirculair.organisation.Municipality;
import be.lokaalcirculair.organisation.Organisations;
import be.lokaalcirculair.practice.Practice;
import be.lokaalcirculair.shared.taxonomy.Theme;
import be.lokaalcirculair.shared.web.Languages;

/**
 * Suggestions while typing in the search box: fiche titles, municipalities and themes
 * starting with what was typed. Used by the search box's script only; the box works
 * without it.
 */
@RestController
class SuggestionController {

	static final int MIN_LENGTH = 2, MAX_LENGTH = 60, TITLES = 5, MUNICIPALITIES = 3, THEMES = 2;

	private final PracticeSearch search;

	private final Organisations organisations;

	private final MessageSource messages;

	SuggestionController(PracticeSearch search, Organisations organisations, MessageSource messages) {
		this.search = search;
		this.organisations = organisations;
		this.messages = messages;
	}

	@GetMapping(path = "/praktijken/suggesties", produces = "application/json")
	ResponseEntity<List<Suggestion>> suggest(@RequestParam(name = "q", required = false) String typed,
			HttpServletRequest request) {
		String prefix = (typed == null) ? "" : typed.strip();
		if (prefix.length() < MIN_LENGTH || prefix.length() > MAX_LENGTH) {
			return ResponseEntity.ok(List.of());
		}
		Locale locale = Languages.supported(RequestContextUtils.getLocale(request));
		String folded = fold(prefix);
		List<Suggestion> suggestions = new ArrayList<>();
		for (Practice practice : this.search.titlesStartingWith(prefix, TITLES)) {
			suggestions.add(new Suggestion(practice.getTitle(), "fiche", "/praktijken/" + practice.getSlug()));
		}
		this.organisations.municipalities()
			.stream()
			.filter((municipality) -> wordStarts(municipality.getName(), folded))
			.limit(MUNICIPALITIES)
			.forEach((Municipality municipality) -> suggestions.add(new Suggestion(municipality.getName(), "gemeente",
					link(Facet.MUNICIPALITY.parameter(), municipality.getNisCode()))));
		for (Theme theme : Theme.values()) {
			String label = this.messages.getMessage(theme.messageKey(), null, theme.code(), locale);
			if (suggestions.stream().filter((s) -> s.kind().equals("thema")).count() < THEMES
					&& wordStarts(label, folded)) {
				suggestions.add(new Suggestion(label, "thema", link(Facet.THEME.parameter(), theme.code())));
			}
		}
		return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(suggestions);
	}

	private static String link(String parameter, String value) {
		return UriComponentsBuilder.fromPath("/praktijken").queryParam(parameter, value).build().toUriString();
	}

	/** Whether a word of the text starts with the (folded) prefix. */
	private static boolean wordStarts(String text, String foldedPrefix) {
		String folded = fold(text);
		return folded.startsWith(foldedPrefix) || folded.contains(" " + foldedPrefix)
				|| folded.contains("-" + foldedPrefix);
	}

	private static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
	}

}
