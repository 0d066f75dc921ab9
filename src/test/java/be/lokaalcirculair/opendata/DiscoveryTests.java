package be.lokaalcirculair.opendata;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import be.lokaalcirculair.practice.Practice;
import be.lokaalcirculair.practice.PracticeCatalog;
import be.lokaalcirculair.practice.PracticeFixtures;
import be.lokaalcirculair.shared.taxonomy.Theme;
import be.lokaalcirculair.support.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Feeds, sitemaps, robots.txt, schema.org JSON-LD and Open Graph: what other sites and
 * search engines read.
 */
@PlatformTest
class DiscoveryTests {

	private static final String BASE = "http://localhost:8080";

	private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private static final String ATOM_NS = "http://www.w3.org/2005/Atom";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	PracticeCatalog catalog;

	@AfterEach
	void removeFixtures() {
		PracticeFixtures.removeAll(this.context);
	}

	@Test
	void robotsKeepCrawlersOutOfPersonalPagesAndPointToTheSitemap() throws Exception {
		String robots = body(get("/robots.txt"));
		assertThat(robots).contains("User-agent: *", "Disallow: /beheer", "Disallow: /account",
				"Sitemap: " + BASE + "/sitemap.xml");
	}

	@Test
	void theSitemapListsEveryPublishedFicheAndEveryAddressInItExists() throws Exception {
		List<String> sitemaps = locations(body(get("/sitemap.xml")), "sitemap");
		assertThat(sitemaps).contains(BASE + "/sitemaps/algemeen.xml", BASE + "/sitemaps/organisaties.xml",
				BASE + "/sitemaps/praktijken-1.xml");
		List<String> fiches = locations(body(get("/sitemaps/praktijken-1.xml")), "url");
		assertThat(fiches).hasSize((int) this.catalog.countPublished()).allMatch((url) -> url.startsWith(BASE));
		for (String url : fiches) {
			this.mvc.perform(get(url.substring(BASE.length()))).andExpect(status().isOk());
		}
		List<String> organisations = locations(body(get("/sitemaps/organisaties.xml")), "url");
		assertThat(organisations).hasSizeGreaterThan(285);
		for (String url : organisations.subList(0, 20)) {
			this.mvc.perform(get(url.substring(BASE.length()))).andExpect(status().isOk());
		}
		for (String url : locations(body(get("/sitemaps/algemeen.xml")), "url")) {
			this.mvc.perform(get(url.substring(BASE.length()))).andExpect(status().isOk());
		}
	}

	@Test
	void aSitemapBeyondTheLastOrWithANonsenseNumberIsNotFound() throws Exception {
		this.mvc.perform(get("/sitemaps/praktijken-2.xml")).andExpect(status().isNotFound());
		this.mvc.perform(get("/sitemaps/praktijken-0.xml")).andExpect(status().isNotFound());
		this.mvc.perform(get("/sitemaps/praktijken-99999999999.xml")).andExpect(status().isNotFound());
		this.mvc.perform(get("/sitemaps/praktijken-x.xml")).andExpect(status().isNotFound());
	}

	@Test
	void theAtomFeedHasTheNewestFichesWithWhatRfc4287Requires() throws Exception {
		Practice fresh = PracticeFixtures.publish(this.context, "feed", "Herbruikbare bekers op de kermis",
				"Een gemeente vervangt wegwerpbekers door herbruikbare.", "Tekst.", "11002", Theme.EVENEMENTEN);
		MvcResult result = this.mvc.perform(get("/feeds/praktijken.atom"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
			.andReturn();
		String xml = result.getResponse().getContentAsString();
		SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
		assertThat(feed.getEntries()).hasSize(Math.min(FeedController.ENTRIES, (int) this.catalog.countPublished()));
		SyndEntry first = feed.getEntries().get(0);
		assertThat(first.getTitle()).isEqualTo("Herbruikbare bekers op de kermis");
		assertThat(first.getLink()).isEqualTo(BASE + "/praktijken/" + fresh.getSlug());
		assertThat(first.getCategories()).extracting((category) -> category.getName()).contains("evenementen");

		org.w3c.dom.Document dom = parse(xml);
		Element root = dom.getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo(ATOM_NS);
		assertThat(root.getLocalName()).isEqualTo("feed");
		for (String required : List.of("id", "title", "updated")) {
			assertThat(children(root, required)).as("feed/" + required).hasSize(1);
		}
		NodeList entries = dom.getElementsByTagNameNS(ATOM_NS, "entry");
		for (int i = 0; i < entries.getLength(); i++) {
			Element entry = (Element) entries.item(i);
			for (String required : List.of("id", "title", "updated", "link", "author")) {
				assertThat(children(entry, required)).as("entry/" + required).isNotEmpty();
			}
		}
		String lastModified = result.getResponse().getHeader(HttpHeaders.LAST_MODIFIED);
		this.mvc.perform(get("/feeds/praktijken.atom").header(HttpHeaders.IF_MODIFIED_SINCE, lastModified))
			.andExpect(status().isNotModified());
	}

	@Test
	void aFichePageDescribesItselfInJsonLdAndOpenGraph() throws Exception {
		Practice practice = PracticeFixtures.publish(this.context, "jsonld", "Repaircafé </script><b>x</b>",
				"Samenvatting over herstellen.", "Tekst.", "11002", Theme.ELEKTRONICA);
		String html = body(get("/praktijken/" + practice.getSlug()));
		assertThat(html).doesNotContain("</script><b>");
		Document page = Jsoup.parse(html);
		JsonNode data = JsonMapper.builder()
			.build()
			.readTree(page.selectFirst("script[type=application/ld+json]").data());
		assertThat(data.path("@context").asString()).isEqualTo("https://schema.org");
		assertThat(data.path("@type").asString()).isEqualTo("Article");
		assertThat(data.path("headline").asString()).isEqualTo("Repaircafé </script><b>x</b>");
		assertThat(data.path("url").asString()).isEqualTo(BASE + "/praktijken/" + practice.getSlug());
		assertThat(data.path("author").path("@type").asString()).isEqualTo("GovernmentOrganization");
		assertThat(data.path("spatialCoverage").path(0).path("address").path("addressLocality").asString())
			.isEqualTo("Antwerpen");
		assertThat(page.selectFirst("meta[property=og:type]").attr("content")).isEqualTo("article");
		assertThat(page.selectFirst("meta[property=og:url]").attr("content"))
			.isEqualTo(BASE + "/praktijken/" + practice.getSlug());
		assertThat(page.selectFirst("meta[property=og:title]").attr("content")).isEqualTo(practice.getTitle());
		assertThat(page.selectFirst("link[rel=alternate][type=application/atom+xml]")).isNotNull();
	}

	@Test
	void anOrganisationPageDescribesTheOrganisationWithItsNisCode() throws Exception {
		String organisationPage = this.mvc.perform(get("/gemeenten/11002"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Document page = Jsoup.parse(body(get(organisationPage)));
		JsonNode data = JsonMapper.builder()
			.build()
			.readTree(page.selectFirst("script[type=application/ld+json]").data());
		assertThat(data.path("@type").asString()).isEqualTo("GovernmentOrganization");
		assertThat(data.path("name").asString()).contains("Antwerpen");
		assertThat(data.path("identifier").path("value").asString()).isEqualTo("11002");
	}

	private String body(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getContentAsString();
	}

	private static List<String> locations(String xml, String element) throws Exception {
		org.w3c.dom.Document dom = parse(xml);
		NodeList nodes = dom.getElementsByTagNameNS(SITEMAP_NS, element);
		List<String> locations = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			locations.add(((Element) nodes.item(i)).getElementsByTagNameNS(SITEMAP_NS, "loc").item(0).getTextContent());
		}
		return locations;
	}

	private static List<Element> children(Element parent, String name) {
		List<Element> found = new ArrayList<>();
		for (org.w3c.dom.Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && ATOM_NS.equals(element.getNamespaceURI())
					&& name.equals(element.getLocalName())) {
				found.add(element);
			}
		}
		return found;
	}

	private static org.w3c.dom.Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
	}

}
