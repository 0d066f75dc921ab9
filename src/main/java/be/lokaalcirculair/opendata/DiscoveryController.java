package be.lokaalcirculair.opendata;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

import be.lokaalcirculair.network.EventCatalog;
import be.lokaalcirculair.network.EventQuery;
import be.lokaalcirculair.organisation.OrganisationFilter;
import be.lokaalcirculair.organisation.Organisations;
import be.lokaalcirculair.practice.PracticeCatalog;
import be.lokaalcirculair.practice.PublishedAddress;

/**
 * What search engines read first: {@code robots.txt} and the sitemaps (sitemaps.org
 * protocol). The sitemap is an index of smaller sitemaps, so that it keeps within the
 * protocol's 50 000 addresses per file however many fiches there are.
 */
@RestController
class DiscoveryController {

	/** Fiche addresses per sitemap file. */
	static final int PRACTICES_PER_SITEMAP = 10_000;

	/** The sitemap of the events; they are few, one file holds them all. */
	static final String EVENTS_SITEMAP = "/sitemaps/activiteiten.xml";

	/** The most event addresses one sitemap may hold (the protocol's limit). */
	static final int EVENTS_PER_SITEMAP = 50_000;

	private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

	/** Pages that are always there and worth indexing. */
	private static final List<String> GENERAL_PAGES = List.of("/", "/praktijken", "/organisaties", "/activiteiten");

	private final PracticeCatalog catalog;

	private final Organisations organisations;

	private final EventCatalog events;

	private final String baseUrl;

	DiscoveryController(PracticeCatalog catalog, Organisations organisations, EventCatalog events,
			@Value("${lc.base-url:http://localhost:8080}") String baseUrl) {
		this.catalog = catalog;
		this.organisations = organisations;
		this.events = events;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	@GetMapping(path = "/robots.txt", produces = "text/plain;charset=UTF-8")
	String robots() {
		return """
				User-agent: *
				Disallow: /account
				Disallow: /mijn-praktijken
				Disallow: /beheer
				Disallow: /aanmelden
				Disallow: /registreren
				Disallow: /wachtwoord-vergeten
				Disallow: /wachtwoord-herstellen
				Disallow: /praktijken/suggesties
				Disallow: /praktijken/*/contact

				Sitemap: %s/sitemap.xml
				""".formatted(this.baseUrl);
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<String> index(WebRequest request) {
		Instant eventsChange = this.events.lastUpdate();
		Instant lastChange = latest(this.catalog.lastPublishedUpdate(), eventsChange);
		if (lastChange != null && request.checkNotModified(lastChange.toEpochMilli())) {
			return null;
		}
		long sitemaps = (this.catalog.countPublished() + PRACTICES_PER_SITEMAP - 1) / PRACTICES_PER_SITEMAP;
		return xml((writer) -> {
			writer.writeStartElement("sitemapindex");
			writer.writeDefaultNamespace(SITEMAP_NS);
			sitemap(writer, "/sitemaps/algemeen.xml", null);
			sitemap(writer, "/sitemaps/organisaties.xml", null);
			sitemap(writer, EVENTS_SITEMAP, eventsChange);
			for (int number = 1; number <= sitemaps; number++) {
				sitemap(writer, "/sitemaps/praktijken-" + number + ".xml", this.catalog.lastPublishedUpdate());
			}
			writer.writeEndElement();
		});
	}

	@GetMapping("/sitemaps/algemeen.xml")
	ResponseEntity<String> general() {
		return urlset(GENERAL_PAGES.stream().map((path) -> new Address(path, null)).toList());
	}

	@GetMapping("/sitemaps/organisaties.xml")
	ResponseEntity<String> organisations() {
		List<Address> paths = this.organisations.organisations(OrganisationFilter.all(), PageRequest.of(0, 50_000))
			.stream()
			.map((organisation) -> new Address("/organisaties/" + organisation.getSlug(), null))
			.toList();
		return urlset(paths);
	}

	/** Every event's page, past ones too: they keep their programme and linked fiches. */
	@GetMapping(EVENTS_SITEMAP)
	ResponseEntity<String> events(WebRequest request) {
		Instant lastChange = this.events.lastUpdate();
		if (lastChange != null && request.checkNotModified(lastChange.toEpochMilli())) {
			return null;
		}
		List<Address> addresses = this.events.find(EventQuery.all(), 0, EVENTS_PER_SITEMAP)
			.stream()
			.map((event) -> new Address("/activiteiten/" + event.getSlug(), event.getUpdatedAt()))
			.toList();
		return urlset(addresses);
	}

	private static Instant latest(Instant one, Instant other) {
		return (one == null) ? other : (other == null || one.isAfter(other)) ? one : other;
	}

	@GetMapping("/sitemaps/praktijken-{number}.xml")
	ResponseEntity<String> practices(@PathVariable String number, WebRequest request) {
		int page = parsePage(number);
		Instant lastChange = this.catalog.lastPublishedUpdate();
		if (lastChange != null && request.checkNotModified(lastChange.toEpochMilli())) {
			return null;
		}
		List<PublishedAddress> addresses = this.catalog.publishedAddresses(page - 1, PRACTICES_PER_SITEMAP);
		if (addresses.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return urlset(addresses.stream().map((address) -> new Address(address.path(), address.updatedAt())).toList());
	}

	private static int parsePage(String number) {
		try {
			int page = Integer.parseInt(number);
			if (page >= 1 && page <= 10_000) {
				return page;
			}
		}
		catch (NumberFormatException ex) {
			// falls through to not found
		}
		throw new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

	private ResponseEntity<String> urlset(List<Address> addresses) {
		return xml((writer) -> {
			writer.writeStartElement("urlset");
			writer.writeDefaultNamespace(SITEMAP_NS);
			for (Address address : addresses) {
				url(writer, address.path(), address.updatedAt());
			}
			writer.writeEndElement();
		});
	}

	private void sitemap(XMLStreamWriter writer, String path, Instant lastModified) throws XMLStreamException {
		writer.writeStartElement("sitemap");
		element(writer, "loc", this.baseUrl + path);
		if (lastModified != null) {
			element(writer, "lastmod", lastModified.toString());
		}
		writer.writeEndElement();
	}

	private void url(XMLStreamWriter writer, String path, Instant lastModified) throws XMLStreamException {
		writer.writeStartElement("url");
		element(writer, "loc", this.baseUrl + path);
		if (lastModified != null) {
			element(writer, "lastmod", lastModified.toString());
		}
		writer.writeEndElement();
	}

	private static void element(XMLStreamWriter writer, String name, String text) throws XMLStreamException {
		writer.writeStartElement(name);
		writer.writeCharacters(text);
		writer.writeEndElement();
	}

	private static ResponseEntity<String> xml(XmlBody body) {
		StringWriter text = new StringWriter();
		try {
			XMLStreamWriter writer = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
			writer.writeStartDocument("UTF-8", "1.0");
			body.write(writer);
			writer.writeEndDocument();
			writer.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Could not write a sitemap", ex);
		}
		return ResponseEntity.ok().contentType(XML).body(text.toString());
	}

	/** A page of the sitemap and when it last changed ({@code null}: not said). */
	private record Address(String path, Instant updatedAt) {
	}

	@FunctionalInterface
	private interface XmlBody {

		void write(XMLStreamWriter writer) throws XMLStreamException;

	}

}
