package be.lokaalcirculair.shared.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import gg.jte.support.LocalizationSupport;

import org.springframework.context.MessageSource;
import org.springframework.web.util.UriComponentsBuilder;

import org.springframework.security.web.csrf.CsrfToken;

import be.lokaalcirculair.shared.security.SignedIn;
import be.lokaalcirculair.shared.taxonomy.Term;

/**
 * What every template needs about the current request: the language and its texts,
 * formatting, the URL of the same page in the other language, and the URLs of static
 * assets. Made per request by {@link UiAdvice}; templates receive it as the parameter
 * {@code ui}.
 */
public final class Ui implements LocalizationSupport {

	/** The time zone in which dates are shown. */
	public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

	private final Locale locale;

	private final MessageSource messages;

	private final Assets assets;

	private final String path;

	private final String query;

	private final boolean demoMode;

	private final Session session;

	private final String baseUrl;

	Ui(Locale locale, MessageSource messages, Assets assets, String path, String query, boolean demoMode,
			Session session, String baseUrl) {
		this.session = session;
		this.baseUrl = baseUrl;
		this.locale = locale;
		this.messages = messages;
		this.assets = assets;
		this.path = path;
		this.query = query;
		this.demoMode = demoMode;
	}

	/** The language of the page: "nl" or "en". */
	public String language() {
		return this.locale.getLanguage();
	}

	public Locale locale() {
		return this.locale;
	}

	/** The other language the page is available in. */
	public String otherLanguage() {
		return Languages.NL.equals(language()) ? Languages.EN : Languages.NL;
	}

	/** The URL of this page in the other language. */
	public String otherLanguageUrl() {
		try {
			return UriComponentsBuilder.fromPath(this.path)
				.query(this.query)
				.replaceQueryParam("lang", otherLanguage())
				.build(true)
				.toUriString();
		}
		catch (IllegalArgumentException ex) {
			// a malformed address still gets a working switch, to the page without its
			// query
			return UriComponentsBuilder.fromPath(this.path)
				.queryParam("lang", otherLanguage())
				.build()
				.encode()
				.toUriString();
		}
	}

	/**
	 * The absolute address of this page as others should link to it (Open Graph, feeds):
	 * the site's public base URL, the path and the query without the language switch.
	 */
	public String pageUrl() {
		try {
			return this.baseUrl + UriComponentsBuilder.fromPath(this.path)
				.query(this.query)
				.replaceQueryParam("lang")
				.build(true)
				.toUriString();
		}
		catch (IllegalArgumentException ex) {
			return absoluteUrl(this.path);
		}
	}

	/** The absolute address of a path on this site, for links that leave the page. */
	public String absoluteUrl(String path) {
		return this.baseUrl + path;
	}

	/** The path of the current page, without query. */
	public String path() {
		return this.path;
	}

	/**
	 * Whether the current page is in the part of the site under this path (for the
	 * navigation).
	 */
	public boolean isUnder(String prefix) {
		return this.path.equals(prefix) || this.path.startsWith(prefix + "/");
	}

	/** Whether the demo data set is loaded (a banner says so on every page). */
	public boolean demoMode() {
		return this.demoMode;
	}

	/** The person logged in, or {@code null} for a visitor. */
	public SignedIn signedIn() {
		return this.session.signedIn();
	}

	/** The name of the CSRF field every form that changes something must carry. */
	public String csrfName() {
		return (this.session.csrf() != null) ? this.session.csrf().getParameterName() : null;
	}

	/** The value of the CSRF field. */
	public String csrfToken() {
		return (this.session.csrf() != null) ? this.session.csrf().getToken() : null;
	}

	/**
	 * The message of the previous action ("Opgeslagen."), as a message key, or
	 * {@code null}.
	 */
	public String flash() {
		return this.session.flash();
	}

	/**
	 * What belongs to the user's session rather than to the page.
	 *
	 * @param signedIn the person logged in, or {@code null}
	 * @param csrf the CSRF token, or {@code null}; read only by pages with a form that
	 * changes something, because reading it creates the HTTP session that holds it, and a
	 * visitor who only reads should get no session
	 * @param flash a message key from the previous request, or {@code null}
	 */
	record Session(SignedIn signedIn, CsrfToken csrf, String flash) {
	}

	/**
	 * The URL of a static asset, with its content hash in the name so that it can be
	 * cached for long.
	 */
	public String asset(String path) {
		return this.assets.url(path);
	}

	/** The text for a message key, or the key itself when there is none. */
	@Override
	public String lookup(String key) {
		return this.messages.getMessage(key, null, key, this.locale);
	}

	/** The text for a message key with its {0}-style arguments filled in. */
	public String t(String key, Object... args) {
		return this.messages.getMessage(key, args, key, this.locale);
	}

	/** The label of a taxonomy term. */
	public String label(Term term) {
		return (term != null) ? lookup(term.messageKey()) : "";
	}

	public String date(LocalDate date) {
		return (date != null) ? DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(this.locale).format(date)
				: "";
	}

	public String date(Instant instant) {
		return (instant != null) ? date(instant.atZone(ZONE).toLocalDate()) : "";
	}

	/** A date as the {@code datetime} attribute of a {@code time} element wants it. */
	public String isoDate(Instant instant) {
		return (instant != null) ? instant.atZone(ZONE).toLocalDate().toString() : "";
	}

	public String number(Number number) {
		if (number == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(this.locale);
		format.setMaximumFractionDigits(2);
		return format.format((number instanceof BigDecimal decimal) ? decimal.stripTrailingZeros() : number);
	}

	public String euro(BigDecimal amount) {
		if (amount == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getCurrencyInstance(Locale.forLanguageTag(language() + "-BE"));
		format.setMaximumFractionDigits(0);
		return format.format(amount);
	}

}
