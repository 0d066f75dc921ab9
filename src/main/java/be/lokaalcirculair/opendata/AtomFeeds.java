package be.lokaalcirculair.opendata;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

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
import org.springframework.stereotype.Component;

import be.lokaalcirculair.shared.taxonomy.Term;

/**
 * Writes Atom feeds (RFC 4287) of any kind of item: the feed with its self and alternate
 * links and the site as author, entries with the API address as a stable id, and terms of
 * the vocabularies as categories (term = code, label in the feed's language).
 */
@Component
class AtomFeeds {

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private final MessageSource messages;

	private final String baseUrl;

	AtomFeeds(MessageSource messages, @Value("${lc.base-url:http://localhost:8080}") String baseUrl) {
		this.messages = messages;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	/**
	 * A feed.
	 * @param path the feed's own path
	 * @param messagePrefix the prefix of its {@code .title} and {@code .subtitle} keys
	 * @param alternatePath the page that shows the same items
	 * @param lastChange when an item last changed, or {@code null}
	 */
	String write(String path, String messagePrefix, String alternatePath, Instant lastChange, List<SyndEntry> entries,
			Locale locale) throws FeedException {
		SyndFeed feed = new SyndFeedImpl();
		feed.setFeedType("atom_1.0");
		feed.setUri(this.baseUrl + path);
		feed.setTitle(text(messagePrefix + ".title", locale));
		feed.setDescription(text(messagePrefix + ".subtitle", locale));
		feed.setLanguage(locale.getLanguage());
		feed.setPublishedDate(Date.from((lastChange != null) ? lastChange : Instant.EPOCH));
		feed.setLinks(List.of(link("self", this.baseUrl + path, ATOM.toString()),
				link("alternate", this.baseUrl + alternatePath, "text/html")));
		feed.setAuthors(List.of(site(locale)));
		feed.setEntries(entries);
		return new SyndFeedOutput().outputString(feed);
	}

	/**
	 * An entry.
	 * @param apiPath the item's address in the API: its stable id
	 * @param pagePath the item's page
	 * @param demo whether the item is made up for the demo (then its title says so)
	 */
	SyndEntry entry(String apiPath, String pagePath, String title, boolean demo, String summary, Instant updated,
			Locale locale) {
		SyndEntry entry = new SyndEntryImpl();
		// the API address is as stable as the id, and says what the entry is
		entry.setUri(this.baseUrl + apiPath);
		entry.setTitle(demo ? text("feed.demo", locale) + " " + title : title);
		entry.setLink(this.baseUrl + pagePath);
		entry.setUpdatedDate(Date.from(updated));
		SyndContent content = new SyndContentImpl();
		content.setType("text");
		content.setValue(summary);
		entry.setDescription(content);
		entry.setAuthors(List.of(site(locale)));
		return entry;
	}

	/** A person or organisation with a page on the site. */
	SyndPerson person(String name, String path) {
		SyndPerson person = new SyndPersonImpl();
		person.setName(name);
		person.setUri(this.baseUrl + path);
		return person;
	}

	/** The terms as categories of a vocabulary of /api/v1/taxonomy. */
	List<SyndCategory> categories(Iterable<? extends Term> terms, String taxonomy, Locale locale) {
		List<SyndCategory> categories = new ArrayList<>();
		for (Term term : terms) {
			SyndCategory category = new SyndCategoryImpl();
			category.setName(term.code());
			category.setLabel(text(term.messageKey(), locale));
			category.setTaxonomyUri(this.baseUrl + "/api/v1/taxonomy#" + taxonomy);
			categories.add(category);
		}
		return categories;
	}

	String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, locale);
	}

	private SyndPerson site(Locale locale) {
		return person(text("site.name", locale), "/");
	}

	private static SyndLink link(String rel, String href, String type) {
		SyndLink link = new SyndLinkImpl();
		link.setRel(rel);
		link.setHref(href);
		link.setType(type);
		return link;
	}

}
