package be.lokaalcirculair.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;

import be.lokaalcirculair.organisation.Municipality;
import be.lokaalcirculair.organisation.Organisations;
import be.lokaalcirculair.practice.PracticeCard;
import be.lokaalcirculair.practice.PracticeCards;
import be.lokaalcirculair.search.PracticeSearchResult.FacetCount;
import be.lokaalcirculair.search.SearchPage.FacetValueView;
import be.lokaalcirculair.search.SearchPage.FacetView;
import be.lokaalcirculair.search.SearchPage.HitView;
import be.lokaalcirculair.shared.web.Languages;
import be.lokaalcirculair.shared.web.Pager;
import be.lokaalcirculair.shared.web.Parameters;
import be.lokaalcirculair.shared.web.QueryLinks;

/**
 * The search page of the practice database: words, facets, sorting, paging and "near a
 * municipality", all in the address. Works without JavaScript; with it, htmx replaces
 * only the search part of the page (same address, same HTML).
 */
@Controller
class SearchController {

	static final String VIEW = "search/page", FRAGMENT = "search/results";

	static final int PAGE_SIZE = 12;

	private final PracticeSearch search;

	private final PracticeCards cards;

	private final Organisations organisations;

	private final MessageSource messages;

	SearchController(PracticeSearch search, PracticeCards cards, Organisations organisations, MessageSource messages) {
		this.search = search;
		this.cards = cards;
		this.organisations = organisations;
		this.messages = messages;
	}

	@GetMapping("/praktijken")
	String search(@RequestParam(name = SearchPage.TEXT, required = false) String text,
			@RequestParam(name = SearchPage.ORDER, required = false) String order,
			@RequestParam(name = SearchPage.NEAR, required = false) String near,
			@RequestParam(name = SearchPage.RADIUS, required = false) String radius,
			@RequestParam(name = QueryLinks.PAGE, required = false) String page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletRequest request,
			Model model) {
		List<String> unknown = new ArrayList<>();
		Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
		for (Facet facet : Facet.values()) {
			List<String> values = Parameters.codes(listOf(request.getParameterValues(facet.parameter())),
					(value) -> this.search.normalise(facet, value), unknown);
			if (!values.isEmpty()) {
				filters.put(facet, new LinkedHashSet<>(values));
			}
		}
		Municipality nearMunicipality = nearMunicipality(Parameters.text(near), unknown);
		PracticeQuery query = new PracticeQuery(Parameters.text(text), filters,
				(nearMunicipality != null) ? nearMunicipality.getNisCode() : null, radius(radius),
				order(Parameters.text(order), text, unknown), Parameters.pageNumber(page) - 1, PAGE_SIZE);
		PracticeSearchResult result = this.search.search(query);
		QueryLinks links = QueryLinks.of(request);
		Locale locale = Languages.supported(RequestContextUtils.getLocale(request));
		model.addAttribute("view",
				new SearchPage(query, hits(result), result.total(), facets(result, links, locale),
						Pager.of(new PageImpl<>(List.of(), PageRequest.of(query.page(), PAGE_SIZE), result.total()),
								links),
						links, this.organisations.municipalities(), nearMunicipality, result.suggestion(),
						(result.suggestion() != null) ? links.with(SearchPage.TEXT, result.suggestion()) : null,
						result.fuzzy(), result.beyondLastPage(), unknown));
		return (htmx != null) ? FRAGMENT : VIEW;
	}

	private Municipality nearMunicipality(String code, List<String> unknown) {
		if (code == null) {
			return null;
		}
		Municipality municipality = this.organisations.municipality(code).orElse(null);
		if (municipality == null) {
			unknown.add(code);
		}
		return municipality;
	}

	private static int radius(String value) {
		if (value == null || value.isBlank()) {
			return PracticeQuery.DEFAULT_RADIUS_KM;
		}
		try {
			int km = Integer.parseInt(value.strip());
			if (km < 1 || km > PracticeQuery.MAX_RADIUS_KM) {
				throw Parameters.badRequest();
			}
			return km;
		}
		catch (NumberFormatException ex) {
			throw Parameters.badRequest();
		}
	}

	private static SearchOrder order(String code, String text, List<String> unknown) {
		SearchOrder fallback = (text != null && !text.isBlank()) ? SearchOrder.RELEVANCE : SearchOrder.NEWEST;
		if (code == null) {
			return fallback;
		}
		return SearchOrder.fromCode(code).orElseGet(() -> {
			unknown.add(code);
			return fallback;
		});
	}

	private List<HitView> hits(PracticeSearchResult result) {
		List<PracticeCard> found = this.cards
			.of(result.hits().stream().map(PracticeSearchResult.Hit::practice).toList());
		List<HitView> hits = new ArrayList<>();
		for (int i = 0; i < found.size(); i++) {
			hits.add(new HitView(found.get(i), result.hits().get(i).titleHtml(), result.hits().get(i).snippetHtml()));
		}
		return hits;
	}

	private List<FacetView> facets(PracticeSearchResult result, QueryLinks links, Locale locale) {
		List<FacetView> facets = new ArrayList<>();
		for (Facet facet : Facet.values()) {
			List<FacetValueView> values = new ArrayList<>();
			for (FacetCount count : result.facets().getOrDefault(facet, List.of())) {
				values.add(new FacetValueView(count.value(), label(facet, count.value(), locale), count.count(),
						count.selected(), count.selected() ? links.without(facet.parameter(), count.value())
								: links.and(facet.parameter(), count.value())));
			}
			if (facet == Facet.START_YEAR) {
				values.sort(Comparator.comparing(FacetValueView::value).reversed());
			}
			boolean selected = values.stream().anyMatch(FacetValueView::selected);
			if (!values.isEmpty()) {
				facets.add(new FacetView(facet, values, selected || facet == Facet.THEME || facet == Facet.LEVER));
			}
		}
		return facets;
	}

	private String label(Facet facet, String value, Locale locale) {
		if (facet == Facet.MUNICIPALITY) {
			return this.organisations.municipality(value).map(Municipality::getName).orElse(value);
		}
		String key = facet.labelKey(value);
		return (key != null) ? this.messages.getMessage(key, null, value, locale) : value;
	}

	private static List<String> listOf(String[] values) {
		return (values != null) ? List.of(values) : null;
	}

}
