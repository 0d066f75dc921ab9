package be.lokaalcirculair.shared.text;

import java.util.List;
import java.util.Set;

import org.commonmark.Extension;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Renders user-written Markdown to HTML that is safe to put in a page: raw HTML in the
 * source is escaped, and the result passes a strict allow-list (paragraphs, emphasis,
 * lists, quotes, code, subheadings and http(s)/mailto links).
 */
public final class RichText {

	private static final List<Extension> EXTENSIONS = List.of();

	private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
		.extensions(EXTENSIONS)
		.escapeHtml(true)
		.sanitizeUrls(true)
		.build();

	/** Plain text; a link gives its words, not its address. */
	private static final TextContentRenderer TEXT = TextContentRenderer.builder()
		.nodeRendererFactory((context) -> new NodeRenderer() {
			@Override
			public Set<Class<? extends Node>> getNodeTypes() {
				return Set.of(Link.class);
			}

			@Override
			public void render(Node link) {
				for (Node child = link.getFirstChild(); child != null; child = child.getNext()) {
					context.render(child);
				}
			}
		})
		.build();

	private static final Safelist ALLOWED = Safelist.basic()
		.addTags("h3", "h4")
		.removeTags("span", "cite", "small", "strike", "u")
		.removeProtocols("a", "href", "ftp")
		.addAttributes("a", "rel")
		.addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");

	private RichText() {
	}

	/** Safe HTML for Markdown source; an empty string for {@code null}. */
	public static String toHtml(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		String html = RENDERER.render(PARSER.parse(markdown));
		Document dirty = Jsoup.parseBodyFragment(html);
		// the page has its own h1 and h2: headings in the text become subheadings
		for (Element heading : dirty.select("h1, h2")) {
			heading.tagName("h3");
		}
		for (Element heading : dirty.select("h5, h6")) {
			heading.tagName("h4");
		}
		Document clean = new Cleaner(ALLOWED).clean(dirty);
		clean.outputSettings().prettyPrint(false);
		return clean.body().html();
	}

	/**
	 * The words of Markdown source without its markup, for the search index: straight
	 * from the parsed Markdown, without rendering and cleaning HTML (three times the work
	 * for every fiche indexed). Raw HTML in the source stays text, as on the page.
	 */
	public static String toPlainText(String markdown) {
		return (markdown == null || markdown.isBlank()) ? "" : TEXT.render(PARSER.parse(markdown)).strip();
	}

}
