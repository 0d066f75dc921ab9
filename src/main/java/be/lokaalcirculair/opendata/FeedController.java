package be.lokaalcirculair.opendata;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.RequestContextUtils;

import jakarta.servlet.http.HttpServletRequest;

import be.lokaalcirculair.organisation.Organisation;
import be.lokaalcirculair.organisation.Organisations;
import be.lokaalcirculair.practice.Practice;
import be.lokaalcirculair.practice.PracticeCatalog;
import be.lokaalcirculair.practice.PracticeFilter;
import be.lokaalcirculair.practice.PracticeSort;
import be.lokaalcirculair.shared.taxonomy.Term;
import be.lokaalcirculair.shared.web.Languages;

/**
 * Atom feeds (RFC 4287) of what is new: the most recently published fiches. Events join
 * when the learning network arrives.
 */
@Controller
class FeedController {

	static final int ENTRIES = 50;

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private final PracticeCatalog catalog;

	private final Organisations organisations;

	private final MessageSource messages;

	private final String baseUrl;

	FeedController(PracticeCatalog catalog, Organisations organisations, MessageSource messages,
			@Value("${lc.base-url:http://localhost:8080}") String baseUrl) {
		this.catalog = catalog;
		this.organisations = organisations;
		this.messages = messages;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	@GetMapping("/feeds/praktijken.atom")
	ResponseEntity<String> practices(HttpServletRequest request, WebRequest webRequest) throws FeedException {
		Instant lastChange = this.catalog.lastPublishedUpdate();
		if (lastChange != null && webRequest.checkNotModified(lastChange.toEpochMilli())) {
			return null;
		}
		Locale locale = Languages.supported(RequestContextUtils.getLocale(request));
		List<Practice> newest = this.catalog.published(PracticeFilter.none(), 0, ENTRIES, PracticeSort.NEWEST)
			.getContent();
		Map<Long, Organisation> leads = this.organisations
			.organisations(newest.stream().map(Practice::getLeadOrganisationId).toList());
		SyndFeed feed = feed(locale, lastChange);
		List<SyndEntry> entries = new ArrayList<>();
		newest.forEach((practice) -> entries.add(entry(practice, leads.get(practice.getLeadOrganisationId()), locale)));
		feed.setEntries(entries);
		return ResponseEntity.ok().contentType(ATOM).body(new SyndFeedOutput().outputString(feed));
	}

	private SyndFeed feed(Locale locale, Instant lastChange) {
		SyndFeed feed = new SyndFeedImpl();
		feed.setFeedType("atom_1.0");
		feed.setUri(this.baseUrl + "/feeds/praktijken.atom");
		feed.setTitle(text("feed.practices.title", locale));
		feed.setDescription(text("feed.practices.subtitle", locale));
		feed.setLanguage(locale.getLanguage());
		feed.setPublishedDate(Date.from((lastChange != null) ? lastChange : Instant.EPOCH));
		feed.setLinks(List.of(link("self", this.baseUrl + "/feeds/praktijken.atom", ATOM.toString()),
				link("alternate", this.baseUrl + "/praktijken?sort=nieuw", "text/html")));
		feed.setAuthors(List.of(person(text("site.name", locale), this.baseUrl + "/")));
		return feed;
	}

	private SyndEntry entry(Practice practice, Organisation lead, Locale locale) {
		SyndEntry entry = new SyndEntryImpl();
		String url = this.baseUrl + "/praktijken/" + practice.getSlug();
		// the API address is as stable as the id, and says what the entry is
		entry.setUri(this.baseUrl + "/api/v1/practices/" + practice.getId());
		entry.setTitle(practice.isDemo() ? text("feed.demo", locale) + " " + practice.getTitle() : practice.getTitle());
		entry.setLink(url);
		entry.setUpdatedDate(Date.from(practice.getUpdatedAt()));
		entry.setPublishedDate(Date.from(practice.getPublishedAt()));
		entry.setAuthors(
				List.of((lead != null) ? person(lead.getName(), this.baseUrl + "/organisaties/" + lead.getSlug())
						: person(text("site.name", locale), this.baseUrl + "/")));
		SyndContent summary = new SyndContentImpl();
		summary.setType("text");
		summary.setValue(practice.getSummary());
		entry.setDescription(summary);
		List<SyndCategory> categories = new ArrayList<>();
		practice.getThemes().forEach((theme) -> categories.add(category(theme, "themes", locale)));
		practice.getLevers().forEach((lever) -> categories.add(category(lever, "levers", locale)));
		entry.setCategories(categories);
		return entry;
	}

	private SyndCategory category(Term term, String taxonomy, Locale locale) {
		SyndCategory category = new SyndCategoryImpl();
		category.setName(term.code());
		category.setLabel(text(term.messageKey(), locale));
		category.setTaxonomyUri(this.baseUrl + "/api/v1/taxonomy#" + taxonomy);
		return category;
	}

	private static SyndLink link(String rel, String href, String type) {
		SyndLink link = new SyndLinkImpl();
		link.setRel(rel);
		link.setHref(href);
		link.setType(type);
		return link;
	}

	private static SyndPerson person(String name, String uri) {
		SyndPerson person = new SyndPersonImpl();
		person.setName(name);
		person.setUri(uri);
		return person;
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
