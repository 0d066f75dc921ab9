package be.lokaalcirculair.quality;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;

import be.lokaalcirculair.organisation.Organisation;
import be.lokaalcirculair.organisation.OrganisationFilter;
import be.lokaalcirculair.organisation.OrganisationType;
import be.lokaalcirculair.organisation.Organisations;
import be.lokaalcirculair.practice.Practice;
import be.lokaalcirculair.practice.PracticeCatalog;
import be.lokaalcirculair.practice.PracticeFilter;
import be.lokaalcirculair.practice.PracticeSort;
import be.lokaalcirculair.support.Environment;
import be.lokaalcirculair.support.RequiresChromium;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page-quality harness: opens every public page template in headless Chromium, in
 * Dutch and in English, with and without results, and fails on any axe-core violation
 * (WCAG 2.1 A and AA), any error of the Nu HTML Checker, or horizontal scrolling at 320
 * px. Saves a screenshot of each page under {@code target/screenshots/}. Later issues add
 * their pages to {@link #pages()}.
 */
@RequiresChromium
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageQualityTests {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

	@LocalServerPort
	int port;

	@Autowired
	PracticeCatalog practices;

	@Autowired
	Organisations organisations;

	@Autowired
	be.lokaalcirculair.network.EventCatalog events;

	@Autowired
	org.springframework.context.ApplicationContext context;

	ChromeDriver browser;

	Path profile;

	String axeSource;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@BeforeAll
	void startBrowser() throws IOException {
		Files.createDirectories(SCREENSHOTS);
		this.profile = Files.createTempDirectory("lc-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(Environment.chromium().toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--user-data-dir=" + this.profile, "--window-size=1280,900");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Environment.chromedriver().toFile())
			.build();
		this.browser = new ChromeDriver(service, options);
		this.browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		try (InputStream in = new ClassPathResource(AXE).getInputStream()) {
			this.axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	/** Every public page template, with and without results. */
	Map<String, String> pages() {
		Practice practice = this.practices.published(PracticeFilter.none(), 0, 100, PracticeSort.TITLE)
			.stream()
			.filter((p) -> !p.getResults().isEmpty() && !p.getLessons().isEmpty() && p.getTestimony() != null)
			.findFirst()
			.orElseThrow();
		Organisation partnership = this.organisations
			.organisations(
					new OrganisationFilter(OrganisationType.INTERGEMEENTELIJK_SAMENWERKINGSVERBAND, null, null, null),
					PageRequest.of(0, 1))
			.getContent()
			.get(0);
		String municipalityWithPractices = this.organisations
			.organisationOfMunicipality(practice.getMunicipalities().iterator().next())
			.orElseThrow()
			.getSlug();
		Map<String, String> pages = new java.util.LinkedHashMap<>();
		pages.put("home", "/");
		pages.put("practices", "/praktijken");
		pages.put("practices-filtered",
				"/praktijken?thema=afval-en-materialen&status=lopend&status=afgerond&sorteer=titel");
		pages.put("practices-empty", "/praktijken?q=zzqqxx&thema=bestaat-niet");
		pages.put("search-results", "/praktijken?q=textiel");
		pages.put("search-typo", "/praktijken?q=kringwinkl");
		pages.put("search-facets",
				"/praktijken?q=hergebruik&thema=textiel&thema=afval-en-materialen&thema=bouw-en-infrastructuur"
						+ "&hefboom=circulair-aankopen&status=lopend&status=afgerond&grootte=20000-50000&nabij=44021&afstand=50"
						+ "&sorteer=titel");
		pages.put("practice", "/praktijken/" + practice.getSlug());
		pages.put("practice-contact",
				"/praktijken/" + this.practices.published(PracticeFilter.none(), 0, 100, PracticeSort.TITLE)
					.stream()
					.filter((p) -> p.getContact() != null && p.getContact().email() != null)
					.findFirst()
					.orElseThrow()
					.getSlug() + "/contact");
		pages.put("organisations", "/organisaties");
		pages.put("organisations-empty", "/organisaties?naam=zzqqxx");
		pages.put("organisation-municipality", "/organisaties/" + municipalityWithPractices);
		pages.put("organisation-merged", "/organisaties/beveren-kruibeke-zwijndrecht");
		pages.put("organisation-partnership", "/organisaties/" + partnership.getSlug());
		pages.put("open-data", "/open-data");
		pages.put("login", "/aanmelden");
		pages.put("login-failed", "/aanmelden?fout");
		pages.put("register", "/registreren");
		pages.put("password-forgotten", "/wachtwoord-vergeten");
		pages.put("password-reset-unusable", "/wachtwoord-herstellen?token=ongeldig");
		pages.put("registered", "/registreren/verstuurd");
		pages.put("verify-failed", "/registreren/bevestigen?token=ongeldig");
		pages.put("invitation-unusable", "/uitnodiging?token=ongeldig");
		pages.put("invitation-welcome", "/uitnodiging/welkom");
		eventPages(pages);
		// network levels
		pages.put("network-levels", "/netwerk");
		pages.put("network-inspiration", "/netwerk/inspiratie");
		pages.put("network-deepening", "/netwerk/verdieping");
		pages.put("error-404", "/bestaat-niet");
		pages.put("error-400", "/praktijken?pagina=abc");
		return pages;
	}

	@TestFactory
	Stream<DynamicTest> everyPageIsAccessibleValidAndReflows() {
		List<DynamicTest> tests = new ArrayList<>();
		pages().forEach((name, path) -> {
			for (String language : List.of("nl", "en")) {
				String url = "http://localhost:" + this.port + path + (path.contains("?") ? "&" : "?") + "lang="
						+ language;
				tests.add(DynamicTest.dynamicTest(name + " (" + language + ")",
						() -> checkPage(name + "-" + language, url)));
			}
		});
		return tests.stream();
	}

	/** The pages behind a login, seen by an admin (who sees every one of them). */
	@TestFactory
	Stream<DynamicTest> everyPageBehindALoginIsAccessibleValidAndReflows() {
		be.lokaalcirculair.account.AccountPrincipal admin = be.lokaalcirculair.account.AccountFixtures
			.create(this.context, "harness.admin@example.org", be.lokaalcirculair.account.Role.ADMIN, "12025");
		org.springframework.jdbc.core.JdbcTemplate jdbc = this.context
			.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
		long draft = jdbc.queryForObject("select min(id) from practice where moderation_state = 'DRAFT'", Long.class);
		String description = jdbc.queryForObject("select coalesce(description, '') from practice where id = ?",
				String.class, draft);
		be.lokaalcirculair.practice.PracticeFixtures.revise(this.context, draft, admin, "Een herschreven titel",
				description.replaceFirst("\\b(\\p{L}+)\\b", "Herschreven")
						+ "\n\nEen nieuwe alinea met **resultaten**.");
		int lastRevision = jdbc.queryForObject(
				"select max(revision_number) from practice_revision where practice_id = ?", Integer.class, draft);
		long submitted = jdbc.queryForObject("select min(id) from practice where moderation_state = 'SUBMITTED'",
				Long.class);
		Map<String, String> pages = new java.util.LinkedHashMap<>();
		pages.put("account", "/account");
		pages.put("account-search", "/account?naam=mechelen");
		pages.put("admin", "/beheer");
		pages.put("admin-index", "/beheer/zoekindex");
		pages.put("admin-memberships", "/beheer/lidmaatschappen");
		pages.put("admin-mail", "/beheer/mail");
		pages.put("admin-audit", "/beheer/audit");
		pages.put("my-practices", "/mijn-praktijken");
		pages.put("practice-form", "/mijn-praktijken/nieuw");
		pages.put("moderation", "/beheer/moderatie");
		membersPages(pages);
		levelPages(pages);
		pages.put("moderation-filtered", "/beheer/moderatie?toestand=alle&thema=voeding&sorteer=nieuwste");
		pages.put("moderation-empty", "/beheer/moderatie?toestand=geweigerd&mij=ja&thema=bestaat-niet");
		pages.put("practice-submitted", "/mijn-praktijken/" + submitted);
		pages.put("practice-history", "/mijn-praktijken/" + draft + "/geschiedenis");
		pages.put("practice-diff", "/mijn-praktijken/" + draft + "/geschiedenis/vergelijken?van=" + (lastRevision - 1)
				+ "&naar=" + lastRevision);
		pages.put("import", "/beheer/import");
		pages.put("import-report",
				"/beheer/import/" + be.lokaalcirculair.opendata.ImportJobFixtures.rejected(this.context, admin.id()));
		pages.put("import-checked",
				"/beheer/import/" + be.lokaalcirculair.opendata.ImportJobFixtures.checked(this.context, admin.id()));
		pages.put("import-progress",
				"/beheer/import/" + be.lokaalcirculair.opendata.ImportJobFixtures.importing(this.context, admin.id()));
		pages.put("import-done",
				"/beheer/import/" + be.lokaalcirculair.opendata.ImportJobFixtures.done(this.context, null));
		long eventId = this.events.agenda(be.lokaalcirculair.network.AgendaFilter.upcoming(), 0, 1)
			.getContent()
			.get(0)
			.getId();
		pages.put("events-admin", "/beheer/activiteiten");
		pages.put("event-form", "/beheer/activiteiten/nieuw");
		pages.put("event-edit", "/beheer/activiteiten/" + eventId + "/bewerken");
		pages.put("event-participants", "/beheer/activiteiten/" + eventId + "/deelnemers");
		// network attendance: the check-in page and the list to print
		pages.put("event-check-in", "/beheer/activiteiten/" + eventId + "/inchecken");
		pages.put("event-print", "/beheer/activiteiten/" + eventId + "/deelnemers/afdruk");
		// network follow-up: materials (with a public and a participants-only one),
		// feedback
		followUpPages(pages, eventId);
		pages.put("event-signed-in",
				"/activiteiten/" + this.events.agenda(be.lokaalcirculair.network.AgendaFilter.upcoming(), 0, 1)
					.getContent()
					.get(0)
					.getSlug());
		seriesPages(pages, admin);
		pages.put("practice-preview",
				"/mijn-praktijken/" + this.context.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
					.queryForObject("select min(id) from practice where moderation_state <> 'PUBLISHED'", Long.class));
		List<DynamicTest> tests = new ArrayList<>();
		tests.add(DynamicTest.dynamicTest("log in", () -> {
			this.browser.manage().deleteAllCookies();
			this.browser.get("http://localhost:" + this.port + "/aanmelden");
			this.browser.findElement(org.openqa.selenium.By.id("email")).sendKeys("harness.admin@example.org");
			this.browser.findElement(org.openqa.selenium.By.id("password"))
				.sendKeys(be.lokaalcirculair.account.AccountFixtures.PASSWORD);
			this.browser.findElement(org.openqa.selenium.By.cssSelector("form.form button[type=submit]")).click();
			new org.openqa.selenium.support.ui.WebDriverWait(this.browser, Duration.ofSeconds(10))
				.until((driver) -> driver.getCurrentUrl().endsWith("/account"));
		}));
		pages.forEach((name, path) -> tests.add(
				DynamicTest.dynamicTest(name, () -> checkPageInBrowser(name, "http://localhost:" + this.port + path))));
		tests.add(DynamicTest.dynamicTest("practice form with errors", () -> {
			this.browser.manage().window().setSize(new Dimension(1280, 900));
			this.browser.get("http://localhost:" + this.port + "/mijn-praktijken/nieuw");
			this.browser.findElement(org.openqa.selenium.By.id("municipalities")).clear();
			this.browser.findElement(org.openqa.selenium.By.cssSelector("button[value=indienen]")).click();
			new org.openqa.selenium.support.ui.WebDriverWait(this.browser, Duration.ofSeconds(10)).until(
					(driver) -> !driver.findElements(org.openqa.selenium.By.cssSelector(".error-summary")).isEmpty());
			screenshot("practice-form-errors", 1280);
			assertThat(axeViolations()).as("axe-core violations on the fiche form with errors").isEmpty();
			assertThat(HtmlChecker.errors(renderedHtml().getBytes(java.nio.charset.StandardCharsets.UTF_8)))
				.as("Nu errors on the fiche form with errors")
				.isEmpty();
		}));
		tests.add(DynamicTest.dynamicTest("moderation decision with errors", () -> {
			this.browser.manage().window().setSize(new Dimension(1280, 900));
			this.browser.get("http://localhost:" + this.port + "/mijn-praktijken/" + submitted);
			this.browser.findElement(org.openqa.selenium.By.cssSelector("button[value=wijzigingen]")).click();
			new org.openqa.selenium.support.ui.WebDriverWait(this.browser, Duration.ofSeconds(10)).until(
					(driver) -> !driver.findElements(org.openqa.selenium.By.cssSelector(".error-summary")).isEmpty());
			screenshot("moderation-errors", 1280);
			assertThat(axeViolations()).as("axe-core violations on a refused decision").isEmpty();
			assertThat(HtmlChecker.errors(renderedHtml().getBytes(java.nio.charset.StandardCharsets.UTF_8)))
				.as("Nu errors on a refused decision")
				.isEmpty();
		}));
		tests.add(DynamicTest.dynamicTest("import form with errors", () -> {
			this.browser.manage().window().setSize(new Dimension(1280, 900));
			this.browser.get("http://localhost:" + this.port + "/beheer/import");
			this.browser.findElement(org.openqa.selenium.By.cssSelector("form.upload button[type=submit]")).click();
			new org.openqa.selenium.support.ui.WebDriverWait(this.browser, Duration.ofSeconds(10)).until(
					(driver) -> !driver.findElements(org.openqa.selenium.By.cssSelector(".error-summary")).isEmpty());
			checkOpenPage("import-errors", "/beheer/import (with errors)");
			assertThat(HtmlChecker.errors(renderedHtml().getBytes(java.nio.charset.StandardCharsets.UTF_8)))
				.as("Nu errors on the import form with errors")
				.isEmpty();
		}));
		tests.add(DynamicTest.dynamicTest("network request with errors", () -> {
			// the harness admin's organisation may ask (again): no pending request, no
			// member
			Long organisation = jdbc.queryForObject("select organisation_id from account where email = ?", Long.class,
					"harness.admin@example.org");
			jdbc.update("delete from network_level_request where organisation_id = ? and level = 'verdieping'",
					organisation);
			jdbc.update("delete from network_level_member where organisation_id = ? and level = 'verdieping'",
					organisation);
			this.browser.manage().window().setSize(new Dimension(1280, 900));
			this.browser.get("http://localhost:" + this.port + "/netwerk/verdieping");
			this.browser.findElement(org.openqa.selenium.By.cssSelector("form[action$='/aanvragen'] button")).click();
			new org.openqa.selenium.support.ui.WebDriverWait(this.browser, Duration.ofSeconds(10)).until(
					(driver) -> !driver.findElements(org.openqa.selenium.By.cssSelector(".error-summary")).isEmpty());
			checkOpenPage("network-request-errors", "/netwerk/verdieping (with errors)");
			assertThat(HtmlChecker.errors(renderedHtml().getBytes(java.nio.charset.StandardCharsets.UTF_8)))
				.as("Nu errors on the network request with errors")
				.isEmpty();
		}));
		tests.add(DynamicTest.dynamicTest("register with errors", () -> {
			this.browser.manage().deleteAllCookies();
			this.browser.get("http://localhost:" + this.port + "/registreren");
			this.browser.findElement(org.openqa.selenium.By.id("email")).sendKeys("geen-adres");
			this.browser.findElement(org.openqa.selenium.By.cssSelector("form.form button[type=submit]")).click();
			new org.openqa.selenium.support.ui.WebDriverWait(this.browser, Duration.ofSeconds(10)).until(
					(driver) -> !driver.findElements(org.openqa.selenium.By.cssSelector(".error-summary")).isEmpty());
			Files.write(SCREENSHOTS.resolve("register-errors.png"), this.browser.getScreenshotAs(OutputType.BYTES));
			assertThat(axeViolations()).as("axe-core violations on the form with errors").isEmpty();
			assertThat(HtmlChecker.errors(renderedHtml().getBytes(java.nio.charset.StandardCharsets.UTF_8)))
				.as("Nu errors on the form with errors (as rendered)")
				.isEmpty();
		}));
		tests.add(DynamicTest.dynamicTest("event form with errors", () -> {
			logInAgain();
			this.browser.get("http://localhost:" + this.port + "/beheer/activiteiten/nieuw");
			submit(java.util.Map.of("title", "", "capacity", "0"), "event-form-errors");
			assertThat(this.browser.findElements(org.openqa.selenium.By.id("capacity-error"))).isNotEmpty();
		}));
		invitationPages(tests);
		apiTokenPages(tests);
		return tests.stream();
	}

	/**
	 * Write API (writeapi): the API tokens page with errors, with a new token shown once,
	 * and the confirmation of a revocation.
	 */
	private void apiTokenPages(List<DynamicTest> tests) {
		tests.add(DynamicTest.dynamicTest("api tokens with errors, created, revoke", () -> {
			logInAgain();
			this.browser.get("http://localhost:" + this.port + "/account/api-sleutels");
			submit(java.util.Map.of("name", "", "days", "0"), "api-tokens-errors");
			submit(java.util.Map.of("name", "Harness-script", "days", "30"), "api-tokens-created");
			assertThat(this.browser.findElement(org.openqa.selenium.By.id("new-token")).getAttribute("value"))
				.startsWith("lc_");
			String revoke = this.browser.findElement(org.openqa.selenium.By.cssSelector("main a[href$='/intrekken']"))
				.getAttribute("href");
			checkPageInBrowser("api-token-revoke", revoke);
		}));
	}

	/**
	 * The agenda with and without results, the past events, an event and the cancel link.
	 */
	private void eventPages(Map<String, String> pages) {
		pages.put("events", "/activiteiten");
		pages.put("events-filtered", "/activiteiten?type=workshop&spoor=starters&thema=meubilair-en-inrichting"
				+ "&provincie=10000&maand=" + java.time.YearMonth.now().plusMonths(1));
		pages.put("events-empty", "/activiteiten?type=webinar&maand=1999-01&thema=bestaat-niet");
		pages.put("events-past", "/activiteiten?wanneer=voorbij");
		pages.put("event",
				"/activiteiten/" + this.events.agenda(be.lokaalcirculair.network.AgendaFilter.upcoming(), 0, 10)
					.stream()
					.filter((event) -> event.getProgramme() != null && event.getSpeakers() != null)
					.findFirst()
					.orElseThrow()
					.getSlug());
		pages.put("event-cancel-link", "/activiteiten/uitschrijven?token=ongeldig");
		// network guests: the guest form of an event that welcomes guests, the confirm
		// page
		be.lokaalcirculair.network.NetworkEvent guests = this.events
			.agenda(be.lokaalcirculair.network.AgendaFilter.upcoming(), 0, 1)
			.getContent()
			.get(0);
		this.context.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
			.update("update network_event set allows_guests = true where id = ?", guests.getId());
		pages.put("event-guest", "/activiteiten/" + guests.getSlug() + "/gast");
		pages.put("event-guest-confirm", "/activiteiten/bevestigen?token=een-token");
		// masterclass series
		pages.put("series", "/activiteiten/reeksen");
		pages.put("series-detail", "/activiteiten/reeksen/" + demoSeries().getSlug());
	}

	/** The demo masterclass series. */
	private be.lokaalcirculair.network.MasterclassSeries demoSeries() {
		return this.context.getBean(be.lokaalcirculair.network.SeriesManagement.class)
			.bySlug("masterclass-circulair-aankopen")
			.orElseThrow();
	}

	/**
	 * The editors' series pages, the matrix with the admin as a follower, the series page
	 * as a follower, and the page that refuses a certificate.
	 */
	private void seriesPages(Map<String, String> pages, be.lokaalcirculair.account.AccountPrincipal admin) {
		be.lokaalcirculair.network.MasterclassSeries series = demoSeries();
		this.context.getBean(be.lokaalcirculair.network.SeriesManagement.class)
			.follow(series.getId(), new be.lokaalcirculair.network.SeriesManagement.Follower(admin.id(),
					admin.getUsername(), admin.displayName(), admin.organisationId()));
		pages.put("series-admin", "/beheer/reeksen");
		pages.put("series-form", "/beheer/reeksen/nieuw");
		pages.put("series-edit", "/beheer/reeksen/" + series.getId() + "/bewerken");
		pages.put("series-attendance", "/beheer/reeksen/" + series.getId() + "/aanwezigheid");
		pages.put("series-following", "/activiteiten/reeksen/" + series.getSlug());
		pages.put("series-refused", "/activiteiten/reeksen/" + series.getSlug() + "/attest.pdf");
	}

	/** The members page of the harness admin's organisation and its sub-pages. */
	private void membersPages(Map<String, String> pages) {
		org.springframework.jdbc.core.JdbcTemplate jdbc = this.context
			.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
		Long organisation = jdbc.queryForObject("select organisation_id from account where email = ?", Long.class,
				"harness.admin@example.org");
		Long member = jdbc.queryForObject(
				"select min(id) from account where organisation_id = ? and membership = 'APPROVED'", Long.class,
				organisation);
		String members = "/beheer/organisaties/" + organisation + "/leden";
		pages.put("members", members);
		pages.put("member-remove", members + "/" + member + "/verwijderen");
		pages.put("invitations", members + "/uitnodigingen");
	}

	/**
	 * The network levels as the harness admin sees them: its organisation a member of the
	 * inspiration network (with a removal to confirm), a request of another one pending.
	 */
	private void levelPages(Map<String, String> pages) {
		org.springframework.jdbc.core.JdbcTemplate jdbc = this.context
			.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
		Long organisation = jdbc.queryForObject("select organisation_id from account where email = ?", Long.class,
				"harness.admin@example.org");
		jdbc.update("insert into network_level_member (level, organisation_id, joined_at) select 'inspiratie', ?, "
				+ "current_timestamp where not exists (select 1 from network_level_member where level = 'inspiratie' "
				+ "and organisation_id = ?)", organisation, organisation);
		long other = this.organisations.organisationOfMunicipality("44021").orElseThrow().getId();
		jdbc.update("insert into network_level_request (level, organisation_id, motivation, status, open_key, "
				+ "requested_at) select 'verdieping', ?, 'Wij willen circulair aankopen verdiepen.', 'PENDING', ?, "
				+ "current_timestamp where not exists (select 1 from network_level_request where open_key = ?)", other,
				"verdieping:" + other, "verdieping:" + other);
		pages.put("network-admin", "/beheer/netwerk");
		pages.put("network-remove", "/beheer/netwerk/inspiratie/leden/" + organisation + "/verwijderen");
		pages.put("network-inspiration-member", "/netwerk/inspiratie");
		pages.put("network-deepening-signed-in", "/netwerk/verdieping");
	}

	/**
	 * The invitation form with errors and with the report of what was sent, then the page
	 * behind the link for a new person, also with errors.
	 */
	private void invitationPages(List<DynamicTest> tests) {
		String invitee = "harness.uitgenodigd@example.org";
		tests.add(DynamicTest.dynamicTest("invitation form with errors, then sent", () -> {
			logInAgain();
			this.browser.get("http://localhost:" + this.port + "/account");
			// from one's own account to the members, and on to the invitations
			this.browser.findElement(org.openqa.selenium.By.cssSelector("main a[href$='/leden']")).click();
			this.browser.findElement(org.openqa.selenium.By.cssSelector("main a[href$='/leden/uitnodigingen']"))
				.click();
			submit(java.util.Map.of("emails", "geen-adres"), "invitations-errors");
			submit(java.util.Map.of("emails", invitee, "message", "Welkom bij ons team!"), "invitations-sent");
			assertThat(this.browser.findElements(org.openqa.selenium.By.cssSelector("table.table td"))).isNotEmpty();
		}));
		tests.add(DynamicTest.dynamicTest("invitation landing, sign up with errors", () -> {
			String body = this.context.getBean(be.lokaalcirculair.shared.mail.MailOutbox.class)
				.to(invitee)
				.get(0)
				.getBody();
			java.util.regex.Matcher link = java.util.regex.Pattern.compile("(/uitnodiging\\?token=[A-Za-z0-9_-]+)")
				.matcher(body);
			assertThat(link.find()).isTrue();
			this.browser.manage().deleteAllCookies();
			checkPageInBrowser("invitation-sign-up", "http://localhost:" + this.port + link.group(1));
			this.browser.manage().window().setSize(new Dimension(1280, 900));
			submit(java.util.Map.of("password", "kort"), "invitation-sign-up-errors");
		}));
	}

	/** Logs the harness admin in (again). */
	private void logInAgain() {
		this.browser.manage().window().setSize(new Dimension(1280, 900));
		this.browser.manage().deleteAllCookies();
		this.browser.get("http://localhost:" + this.port + "/aanmelden");
		this.browser.findElement(org.openqa.selenium.By.id("email")).sendKeys("harness.admin@example.org");
		this.browser.findElement(org.openqa.selenium.By.id("password"))
			.sendKeys(be.lokaalcirculair.account.AccountFixtures.PASSWORD);
		this.browser.findElement(org.openqa.selenium.By.cssSelector("form.form button[type=submit]")).click();
		new org.openqa.selenium.support.ui.WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until((driver) -> driver.getCurrentUrl().endsWith("/account"));
	}

	/**
	 * Fills in the fields of the page's form, submits it and checks the page that comes
	 * back (axe-core, Nu checker as rendered, screenshot).
	 */
	private void submit(Map<String, String> fields, String name) throws Exception {
		String before = String
			.valueOf(((JavascriptExecutor) this.browser).executeScript("return performance.timeOrigin;"));
		fields.forEach((id, value) -> {
			org.openqa.selenium.WebElement field = this.browser.findElement(org.openqa.selenium.By.id(id));
			field.clear();
			field.sendKeys(value);
		});
		this.browser.findElement(org.openqa.selenium.By.cssSelector("form.form button[type=submit]")).click();
		new org.openqa.selenium.support.ui.WebDriverWait(this.browser, Duration.ofSeconds(10)).until((driver) -> !before
			.equals(String.valueOf(((JavascriptExecutor) driver).executeScript("return performance.timeOrigin;"))));
		screenshot(name, 1280);
		assertThat(axeViolations()).as("axe-core violations on %s", name).isEmpty();
		assertThat(HtmlChecker.errors(renderedHtml().getBytes(StandardCharsets.UTF_8))).as("Nu errors on %s", name)
			.isEmpty();
	}

	/** The page as the browser holds it now. */
	private String renderedHtml() {
		return (String) ((JavascriptExecutor) this.browser)
			.executeScript("return '<!DOCTYPE html>' + document.documentElement.outerHTML;");
	}

	/**
	 * Like {@link #checkPage}, but validates the page as the logged-in browser received
	 * it.
	 */
	private void checkPageInBrowser(String name, String url) throws Exception {
		this.browser.manage().window().setSize(new Dimension(1280, 900));
		this.browser.get(url);
		assertThat(this.browser.getCurrentUrl()).as("not sent to the login page").doesNotContain("/aanmelden");
		assertThat(HtmlChecker.errors(renderedHtml().getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.as("Nu HTML Checker errors on %s", url)
			.isEmpty();
		checkOpenPage(name, url);
	}

	@org.junit.jupiter.api.Test
	void theSearchBoxSuggestsAsAnAccessibleCombobox() throws Exception {
		this.browser.manage().window().setSize(new Dimension(1280, 900));
		this.browser.get("http://localhost:" + this.port + "/praktijken");
		org.openqa.selenium.WebElement box = this.browser.findElement(org.openqa.selenium.By.id("q"));
		box.click();
		box.sendKeys("texti");
		new org.openqa.selenium.support.ui.WebDriverWait(this.browser, Duration.ofSeconds(5))
			.until((driver) -> "true".equals(box.getAttribute("aria-expanded")));
		assertThat(box.getAttribute("role")).isEqualTo("combobox");
		box.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
		String active = box.getAttribute("aria-activedescendant");
		assertThat(active).isNotBlank();
		assertThat(this.browser.findElement(org.openqa.selenium.By.id(active)).getAttribute("aria-selected"))
			.isEqualTo("true");
		assertThat(axeViolations()).as("axe-core violations with the suggestions open").isEmpty();
		Files.write(SCREENSHOTS.resolve("search-autocomplete.png"), this.browser.getScreenshotAs(OutputType.BYTES));
		box.sendKeys(org.openqa.selenium.Keys.ENTER);
		new org.openqa.selenium.support.ui.WebDriverWait(this.browser, Duration.ofSeconds(5))
			.until((driver) -> !driver.getCurrentUrl().endsWith("/praktijken"));
		assertThat(this.browser.getCurrentUrl()).contains("/praktijken");
	}

	@org.junit.jupiter.api.Test
	void withJavaScriptAFacetReplacesOnlyTheResultsAndKeepsTheAddress() {
		this.browser.manage().window().setSize(new Dimension(1280, 900));
		this.browser.get("http://localhost:" + this.port + "/praktijken");
		JavascriptExecutor js = this.browser;
		js.executeScript("document.body.dataset.marker = 'same-page';");
		org.openqa.selenium.WebElement first = this.browser
			.findElement(org.openqa.selenium.By.cssSelector(".facet input[name='thema']"));
		String id = first.getAttribute("id");
		String value = first.getAttribute("value");
		first.click();
		new org.openqa.selenium.support.ui.WebDriverWait(this.browser, Duration.ofSeconds(5))
			.until((driver) -> driver.getCurrentUrl().contains("thema=" + value));
		new org.openqa.selenium.support.ui.WebDriverWait(this.browser, Duration.ofSeconds(5))
			.until((driver) -> driver.findElement(org.openqa.selenium.By.id(id)).isSelected());
		// the page itself was not reloaded: only the search region was swapped
		assertThat(js.executeScript("return document.body.dataset.marker;")).isEqualTo("same-page");
		assertThat(this.browser.findElements(org.openqa.selenium.By.cssSelector(".chip"))).isNotEmpty();
	}

	private void checkPage(String name, String url) throws Exception {
		assertThat(validationErrors(url)).as("Nu HTML Checker errors on %s", url).isEmpty();
		this.browser.manage().window().setSize(new Dimension(1280, 900));
		this.browser.get(url);
		checkOpenPage(name, url);
	}

	/** axe-core, screenshots and reflow at 320 px on the page the browser shows. */
	private void checkOpenPage(String name, String url) throws Exception {
		assertThat(axeViolations()).as("axe-core violations on %s", url).isEmpty();
		screenshot(name, 1280);
		this.browser.manage().window().setSize(new Dimension(320, 800));
		Object overflow = ((JavascriptExecutor) this.browser)
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		Object culprits = ((JavascriptExecutor) this.browser).executeScript("""
				const w = document.documentElement.clientWidth;
				return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w + 1)
				  .slice(0, 5).map(e => e.tagName + '.' + e.className).join(', ');
				""");
		screenshot(name + "-320", 320);
		assertThat(((Number) overflow).intValue()).as("horizontal scrolling at 320 px on %s (%s)", url, culprits)
			.isLessThanOrEqualTo(0);
	}

	/** A screenshot of the whole page (up to a limit), at the given width. */
	private void screenshot(String name, int width) throws IOException {
		Number height = (Number) ((JavascriptExecutor) this.browser)
			.executeScript("return document.documentElement.scrollHeight;");
		this.browser.manage().window().setSize(new Dimension(width, Math.min(height.intValue() + 120, 5000)));
		Files.write(SCREENSHOTS.resolve(name + ".png"), this.browser.getScreenshotAs(OutputType.BYTES));
	}

	@SuppressWarnings("unchecked")
	private List<String> axeViolations() {
		JavascriptExecutor js = this.browser;
		js.executeScript(this.axeSource);
		Object result = js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
				  .then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' — '
				      + v.nodes.map(n => n.target.join(' ')).slice(0, 5).join(', '))))
				  .catch(e => done(['axe failed: ' + e]));
				""");
		return (List<String>) result;
	}

	private List<String> validationErrors(String url) throws Exception {
		HttpResponse<byte[]> response = this.http.send(
				HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		return HtmlChecker.errors(response.body());
	}

	/** The pages of the network follow-up, with a link and a document as material. */
	private void followUpPages(Map<String, String> pages, long eventId) {
		org.springframework.jdbc.core.JdbcTemplate jdbc = this.context
			.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
		// whole minutes, as an editor enters them (the form's datetime-local has no
		// fractions)
		java.sql.Timestamp now = java.sql.Timestamp
			.from(java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MINUTES));
		jdbc.update("insert into event_material (event_id, title, url, participants_only, created_at) "
				+ "values (?, 'Verslag van de dag', 'https://example.org/verslag', false, ?)", eventId, now);
		jdbc.update("insert into event_material (event_id, title, file_name, content_type, content, size_bytes, "
				+ "participants_only, created_at) values (?, 'Presentatie', 'presentatie.pdf', 'application/pdf', ?, 9, "
				+ "true, ?)", eventId, "%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), now);
		long materialId = jdbc.queryForObject("select max(id) from event_material where event_id = ?", Long.class,
				eventId);
		String slug = jdbc.queryForObject("select slug from network_event where id = ?", String.class, eventId);
		pages.put("event-materials", "/beheer/activiteiten/" + eventId + "/materialen");
		pages.put("event-material-delete",
				"/beheer/activiteiten/" + eventId + "/materialen/" + materialId + "/verwijderen");
		pages.put("event-with-materials", "/activiteiten/" + slug);
		// an event that ended yesterday, with the signed-in admin as a participant who
		// gave feedback
		jdbc.update("update network_event set starts_at = ?, ends_at = ?, registration_deadline = ? where id = ?",
				java.sql.Timestamp.from(now.toInstant().minus(Duration.ofDays(1))),
				java.sql.Timestamp.from(now.toInstant().minus(Duration.ofHours(22))),
				java.sql.Timestamp.from(now.toInstant().minus(Duration.ofDays(2))), eventId);
		long adminId = jdbc.queryForObject("select id from account where email = 'harness.admin@example.org'",
				Long.class);
		jdbc.update("delete from event_registration where event_id = ? and account_id = ?", eventId, adminId);
		jdbc.update(
				"insert into event_registration (event_id, account_id, email, display_name, status, queued_at, "
						+ "token_hash) values (?, ?, 'harness.admin@example.org', 'Admin', 'CONFIRMED', ?, ?)",
				eventId, adminId, now, "f".repeat(64));
		long registrationId = jdbc.queryForObject(
				"select id from event_registration where event_id = ? and account_id = ?", Long.class, eventId,
				adminId);
		jdbc.update(
				"insert into event_feedback (event_id, registration_id, score, comment, created_at, updated_at) "
						+ "values (?, ?, 4, 'Leerrijk, graag meer voorbeelden.', ?, ?)",
				eventId, registrationId, now, now);
		pages.put("event-feedback-summary", "/beheer/activiteiten/" + eventId + "/feedback");
		pages.put("event-feedback-form", "/activiteiten/" + slug + "/feedback");
	}

}
