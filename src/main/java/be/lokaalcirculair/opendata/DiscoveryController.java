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

	private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

	/** Pages that are always there and worth indexing. */
	private static final List<String> GENERAL_PAGES = List.of("/", "/praktijken", "/organisaties");

	private final PracticeCatalog catalog;

	private final Organisations organisations;

	private final String baseUrl;

	DiscoveryController(PracticeCatalog catalog, Organisations organisations,
			@Value("${lc.base-url:http://localhost:8080}") String baseUrl) {
		this.catalog = catalog;
		this.organisations = organisations;
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
		Instant lastChange = this.catalog.lastPublishedUpdate();
		if (lastChange != null && request.checkNotModified(lastChange.toEpochMilli())) {
			return null;
		}
		long sitemaps = (this.catalog.countPublished() + PRACTICES_PER_SITEMAP - 1) / PRACTICES_PER_SITEMAP;
		return xml((writer) -> {
			writer.writeStartElement("sitemapindex");
			writer.writeDefaultNamespace(SITEMAP_NS);
			sitemap(writer, "/sitemaps/algemeen.xml", null);
			sitemap(writer, "/sitemaps/organisaties.xml", null);
			for (int number = 1; number <= sitemaps; number++) {
				sitemap(writer, "/sitemaps/praktijken-" + number + ".xml", lastChange);
			}
			writer.writeEndElement();
		});
	}

	@GetMapping("/sitemaps/algemeen.xml")
	ResponseEntity<String> general() {
		return urlset(List.of(), GENERAL_PAGES);
	}

	@GetMapping("/sitemaps/organisaties.xml")
	ResponseEntity<String> organisations() {
		List<String> paths = this.organisations.organisations(OrganisationFilter.all(), PageRequest.of(0, 50_000))
			.stream()
			.map((organisation) -> "/organisaties/" + organisation.getSlug())
			.toList();
		return urlset(List.of(), paths);
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
		return urlset(addresses, List.of());
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

	private ResponseEntity<String> urlset(List<PublishedAddress> addresses, List<String> paths) {
		return xml((writer) -> {
			writer.writeStartElement("urlset");
			writer.writeDefaultNamespace(SITEMAP_NS);
			for (String path : paths) {
				url(writer, path, null);
			}
			for (PublishedAddress address : addresses) {
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

	@FunctionalInterface
	private interface XmlBody {

		void write(XMLStreamWriter writer) throws XMLStreamException;

	}

}
