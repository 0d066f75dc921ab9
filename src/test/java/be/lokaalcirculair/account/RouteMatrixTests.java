package be.lokaalcirculair.account;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import be.lokaalcirculair.support.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * QUALITY.md S1: every route, called as a visitor, a member of organisation A, a member
 * of organisation B, an editor, an adviser and an admin; only the allowed pairs succeed.
 * A route that is mapped but missing from the matrix fails the test.
 */
@PlatformTest
class RouteMatrixTests {

	enum Caller {

		VISITOR, MEMBER_A, MEMBER_B, EDITOR, ADVISER, ADMIN

	}

	static final Set<Caller> EVERYONE = EnumSet.allOf(Caller.class);

	static final Set<Caller> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Caller.VISITOR));

	static final Set<Caller> STAFF = EnumSet.of(Caller.EDITOR, Caller.ADMIN);

	/** Members of an organisation (staff here belong to none). */
	static final Set<Caller> MEMBERS = EnumSet.of(Caller.MEMBER_A, Caller.MEMBER_B);

	/**
	 * Method and pattern, the address to call, who may. Later issues add their routes
	 * here.
	 */
	static final List<Route> MATRIX = List.of(new Route("GET /", "/", EVERYONE),
			new Route("GET /praktijken", "/praktijken?q=textiel", EVERYONE),
			new Route("GET /praktijken/suggesties", "/praktijken/suggesties?q=tex", EVERYONE),
			new Route("GET /praktijken/{slug}", "/praktijken/bestaat-niet", EVERYONE),
			new Route("GET /praktijken/{slug}/afbeeldingen/{id}", "/praktijken/bestaat-niet/afbeeldingen/1", EVERYONE),
			new Route("GET /praktijken/{slug}/bijlagen/{id}", "/praktijken/bestaat-niet/bijlagen/1", EVERYONE),
			new Route("GET /praktijken/{slug}/contact", "/praktijken/bestaat-niet/contact", EVERYONE),
			new Route("POST /praktijken/{slug}/contact", "/praktijken/bestaat-niet/contact", EVERYONE),
			new Route("GET /organisaties", "/organisaties", EVERYONE),
			new Route("GET /organisaties/{slug}", "/organisaties/mechelen", EVERYONE),
			new Route("GET /gemeenten/{nisCode}", "/gemeenten/12025", EVERYONE),
			new Route("GET /kaart/vlaanderen.svg", "/kaart/vlaanderen.svg", EVERYONE),
			new Route("GET /robots.txt", "/robots.txt", EVERYONE),
			new Route("GET /sitemap.xml", "/sitemap.xml", EVERYONE),
			new Route("GET /sitemaps/algemeen.xml", "/sitemaps/algemeen.xml", EVERYONE),
			new Route("GET /sitemaps/organisaties.xml", "/sitemaps/organisaties.xml", EVERYONE),
			new Route("GET /sitemaps/praktijken-{number}.xml", "/sitemaps/praktijken-1.xml", EVERYONE),
			new Route("GET /feeds/praktijken.atom", "/feeds/praktijken.atom", EVERYONE),
			new Route("GET /api/v1/practices", "/api/v1/practices", EVERYONE),
			new Route("GET /api/v1/practices/{id}", "/api/v1/practices/1", EVERYONE),
			new Route("GET /api/v1/organisations", "/api/v1/organisations", EVERYONE),
			new Route("GET /api/v1/organisations/{id}", "/api/v1/organisations/1", EVERYONE),
			new Route("GET /api/v1/municipalities/{nisCode}", "/api/v1/municipalities/11056", EVERYONE),
			new Route("GET /api/v1/taxonomy", "/api/v1/taxonomy", EVERYONE),
			new Route("GET /api/v1/practices.csv", "/api/v1/practices.csv?theme=textiel", EVERYONE),
			new Route("GET /api/v1/practices.xlsx", "/api/v1/practices.xlsx?theme=textiel", EVERYONE),
			new Route("GET /api/v1/organisations.csv", "/api/v1/organisations.csv?type=provincie", EVERYONE),
			new Route("GET /api/v1/organisations.xlsx", "/api/v1/organisations.xlsx?type=provincie", EVERYONE),
			new Route("GET /open-data", "/open-data", EVERYONE),
			new Route("GET /api/openapi.json", "/api/openapi.json", EVERYONE),
			new Route("GET /api/openapi.json.yaml", "/api/openapi.json.yaml", EVERYONE),
			new Route("GET /api/openapi.json/swagger-config", "/api/openapi.json/swagger-config", EVERYONE),
			new Route("GET /api/docs", "/api/docs", EVERYONE), new Route("GET /aanmelden", "/aanmelden", EVERYONE),
			new Route("GET /registreren", "/registreren", EVERYONE),
			new Route("POST /registreren", "/registreren", EVERYONE),
			new Route("GET /registreren/verstuurd", "/registreren/verstuurd", EVERYONE),
			new Route("GET /registreren/bevestigen", "/registreren/bevestigen?token=x", EVERYONE),
			new Route("GET /wachtwoord-vergeten", "/wachtwoord-vergeten", EVERYONE),
			new Route("POST /wachtwoord-vergeten", "/wachtwoord-vergeten?email=niemand@example.org", EVERYONE),
			new Route("GET /wachtwoord-vergeten/verstuurd", "/wachtwoord-vergeten/verstuurd", EVERYONE),
			new Route("GET /wachtwoord-herstellen", "/wachtwoord-herstellen?token=x", EVERYONE),
			new Route("POST /wachtwoord-herstellen", "/wachtwoord-herstellen?token=x", EVERYONE),
			new Route("GET /account", "/account", SIGNED_IN),
			new Route("GET /account/mijn-gegevens", "/account/mijn-gegevens", SIGNED_IN),
			// without the confirmation nothing is erased
			new Route("POST /account/verwijderen", "/account/verwijderen", SIGNED_IN),
			new Route("POST /account/organisatie", "/account/organisatie?organisatie=999999", SIGNED_IN),
			new Route("GET /mijn-praktijken", "/mijn-praktijken", SIGNED_IN),
			new Route("GET /mijn-praktijken/nieuw", "/mijn-praktijken/nieuw", MEMBERS),
			new Route("POST /mijn-praktijken", "/mijn-praktijken", MEMBERS),
			new Route("GET /mijn-praktijken/{id}", "/mijn-praktijken/999999", SIGNED_IN),
			new Route("GET /mijn-praktijken/{id}/bewerken", "/mijn-praktijken/999999/bewerken", SIGNED_IN),
			new Route("POST /mijn-praktijken/{id}", "/mijn-praktijken/999999", SIGNED_IN),
			new Route("POST /mijn-praktijken/{id}/afbeeldingen", "/mijn-praktijken/999999/afbeeldingen", SIGNED_IN),
			new Route("POST /mijn-praktijken/{id}/bijlagen", "/mijn-praktijken/999999/bijlagen", SIGNED_IN),
			new Route("GET /mijn-praktijken/{id}/bijlagen/{attachmentId}", "/mijn-praktijken/999999/bijlagen/1",
					SIGNED_IN),
			new Route("GET /mijn-praktijken/{id}/afbeeldingen/{imageId}", "/mijn-praktijken/999999/afbeeldingen/1",
					SIGNED_IN),
			new Route("POST /mijn-praktijken/{id}/afbeeldingen/{imageId}/verwijderen",
					"/mijn-praktijken/999999/afbeeldingen/1/verwijderen", SIGNED_IN),
			// the fiche's organisation and the editors; anyone else gets 404 per record
			new Route("GET /mijn-praktijken/{id}/geschiedenis", "/mijn-praktijken/999999/geschiedenis", SIGNED_IN),
			new Route("GET /mijn-praktijken/{id}/geschiedenis/vergelijken",
					"/mijn-praktijken/999999/geschiedenis/vergelijken?van=1&naar=2", SIGNED_IN),
			new Route("GET /beheer/moderatie", "/beheer/moderatie", STAFF),
			new Route("POST /beheer/moderatie/{id}", "/beheer/moderatie/999999?besluit=publiceren", STAFF),
			new Route("GET /beheer", "/beheer", STAFF), new Route("GET /beheer/zoekindex", "/beheer/zoekindex", STAFF),
			new Route("POST /beheer/zoekindex", "/beheer/zoekindex", STAFF),
			new Route("GET /beheer/import", "/beheer/import", STAFF),
			new Route("POST /beheer/import", "/beheer/import", STAFF),
			new Route("GET /beheer/import/{id}", "/beheer/import/999999", STAFF),
			new Route("POST /beheer/import/{id}", "/beheer/import/999999", STAFF),
			// coordinators (both members here coordinate their municipality) and staff;
			// the record is checked again
			new Route("GET /beheer/lidmaatschappen", "/beheer/lidmaatschappen",
					EnumSet.of(Caller.MEMBER_A, Caller.MEMBER_B, Caller.EDITOR, Caller.ADMIN)),
			new Route("POST /beheer/lidmaatschappen/{accountId}", "/beheer/lidmaatschappen/999999?besluit=goedkeuren",
					EnumSet.of(Caller.MEMBER_A, Caller.MEMBER_B, Caller.EDITOR, Caller.ADMIN)),
			// an organisation's people: its coordinators ({A}: the organisation of
			// MEMBER_A)
			// and staff; the organisation and the member are checked again
			new Route("GET /beheer/organisaties/{organisationId}/leden", "/beheer/organisaties/{A}/leden",
					EnumSet.of(Caller.MEMBER_A, Caller.EDITOR, Caller.ADMIN)),
			new Route("POST /beheer/organisaties/{organisationId}/leden/{accountId}/coordinator",
					"/beheer/organisaties/{A}/leden/999999/coordinator?rol=coordinator",
					EnumSet.of(Caller.MEMBER_A, Caller.EDITOR, Caller.ADMIN)),
			new Route("GET /beheer/organisaties/{organisationId}/leden/{accountId}/verwijderen",
					"/beheer/organisaties/{A}/leden/999999/verwijderen",
					EnumSet.of(Caller.MEMBER_A, Caller.EDITOR, Caller.ADMIN)),
			new Route("POST /beheer/organisaties/{organisationId}/leden/{accountId}/verwijderen",
					"/beheer/organisaties/{A}/leden/999999/verwijderen",
					EnumSet.of(Caller.MEMBER_A, Caller.EDITOR, Caller.ADMIN)),
			new Route("GET /beheer/organisaties/{organisationId}/leden/uitnodigingen",
					"/beheer/organisaties/{A}/leden/uitnodigingen",
					EnumSet.of(Caller.MEMBER_A, Caller.EDITOR, Caller.ADMIN)),
			// without addresses nothing is sent
			new Route("POST /beheer/organisaties/{organisationId}/leden/uitnodigingen",
					"/beheer/organisaties/{A}/leden/uitnodigingen",
					EnumSet.of(Caller.MEMBER_A, Caller.EDITOR, Caller.ADMIN)),
			new Route("POST /beheer/organisaties/{organisationId}/leden/uitnodigingen/{invitationId}/intrekken",
					"/beheer/organisaties/{A}/leden/uitnodigingen/999999/intrekken",
					EnumSet.of(Caller.MEMBER_A, Caller.EDITOR, Caller.ADMIN)),
			new Route("GET /uitnodiging", "/uitnodiging?token=x", EVERYONE),
			new Route("POST /uitnodiging/registreren", "/uitnodiging/registreren?token=x", EVERYONE),
			new Route("GET /uitnodiging/welkom", "/uitnodiging/welkom", EVERYONE),
			new Route("GET /account/uitnodiging", "/account/uitnodiging?token=x", SIGNED_IN),
			new Route("POST /account/uitnodiging", "/account/uitnodiging?token=x", SIGNED_IN),
			new Route("GET /beheer/mail", "/beheer/mail", EnumSet.of(Caller.ADMIN)),
			new Route("GET /beheer/audit", "/beheer/audit", EnumSet.of(Caller.ADMIN)),
			// the learning network: agenda, event pages, iCalendar, registrations
			new Route("GET /activiteiten", "/activiteiten?type=workshop", EVERYONE),
			new Route("GET /activiteiten/{slug}", "/activiteiten/bestaat-niet", EVERYONE),
			new Route("GET /activiteiten/kalender.ics", "/activiteiten/kalender.ics", EVERYONE),
			new Route("GET /activiteiten/{slug}/kalender.ics", "/activiteiten/bestaat-niet/kalender.ics", EVERYONE),
			new Route("POST /activiteiten/{slug}/inschrijving", "/activiteiten/bestaat-niet/inschrijving", SIGNED_IN),
			new Route("POST /activiteiten/{slug}/uitschrijving", "/activiteiten/bestaat-niet/uitschrijving", SIGNED_IN),
			new Route("GET /activiteiten/uitschrijven", "/activiteiten/uitschrijven?token=x", EVERYONE),
			new Route("POST /activiteiten/uitschrijven", "/activiteiten/uitschrijven?token=x", EVERYONE),
			new Route("GET /beheer/activiteiten", "/beheer/activiteiten", STAFF),
			new Route("GET /beheer/activiteiten/nieuw", "/beheer/activiteiten/nieuw", STAFF),
			// an empty form saves nothing
			new Route("POST /beheer/activiteiten", "/beheer/activiteiten", STAFF),
			new Route("GET /beheer/activiteiten/{id}/kopie", "/beheer/activiteiten/999999/kopie", STAFF),
			new Route("GET /beheer/activiteiten/{id}/bewerken", "/beheer/activiteiten/999999/bewerken", STAFF),
			new Route("POST /beheer/activiteiten/{id}", "/beheer/activiteiten/999999", STAFF),
			new Route("POST /beheer/activiteiten/{id}/annuleren", "/beheer/activiteiten/999999/annuleren", STAFF),
			new Route("GET /beheer/activiteiten/{id}/deelnemers", "/beheer/activiteiten/999999/deelnemers", STAFF),
			new Route("POST /beheer/activiteiten/{id}/deelnemers/{registrationId}",
					"/beheer/activiteiten/999999/deelnemers/1?aanwezig=ja", STAFF),
			new Route("GET /beheer/activiteiten/{id}/deelnemers.csv", "/beheer/activiteiten/999999/deelnemers.csv",
					STAFF),
			// events in the open data: API, exports, feed, sitemap (eventsdata)
			new Route("GET /api/v1/events", "/api/v1/events?type=workshop", EVERYONE),
			new Route("GET /api/v1/events/{idOrSlug}", "/api/v1/events/bestaat-niet", EVERYONE),
			new Route("GET /api/v1/events.csv", "/api/v1/events.csv?type=workshop", EVERYONE),
			new Route("GET /api/v1/events.xlsx", "/api/v1/events.xlsx?type=workshop", EVERYONE),
			new Route("GET /feeds/activiteiten.atom", "/feeds/activiteiten.atom", EVERYONE),
			new Route("GET /sitemaps/activiteiten.xml", "/sitemaps/activiteiten.xml", EVERYONE),
			// network guests and attendance
			new Route("GET /activiteiten/{slug}/gast", "/activiteiten/bestaat-niet/gast", EVERYONE),
			new Route("POST /activiteiten/{slug}/gast", "/activiteiten/bestaat-niet/gast", EVERYONE),
			new Route("GET /activiteiten/bevestigen", "/activiteiten/bevestigen?token=x", EVERYONE),
			new Route("POST /activiteiten/bevestigen", "/activiteiten/bevestigen?token=x", EVERYONE),
			new Route("GET /beheer/activiteiten/{id}/deelnemers/afdruk",
					"/beheer/activiteiten/999999/deelnemers/afdruk", STAFF),
			new Route("GET /beheer/activiteiten/{id}/inchecken", "/beheer/activiteiten/999999/inchecken", STAFF),
			new Route("POST /beheer/activiteiten/{id}/inchecken/{registrationId}",
					"/beheer/activiteiten/999999/inchecken/1?aanwezig=ja", STAFF),
			// network follow-up: feedback and materials
			new Route("GET /activiteiten/{slug}/feedback", "/activiteiten/bestaat-niet/feedback", SIGNED_IN),
			new Route("POST /activiteiten/{slug}/feedback", "/activiteiten/bestaat-niet/feedback?score=4", SIGNED_IN),
			new Route("GET /activiteiten/{slug}/materiaal/{materialId}", "/activiteiten/bestaat-niet/materiaal/1",
					EVERYONE),
			new Route("GET /beheer/activiteiten/{id}/feedback", "/beheer/activiteiten/999999/feedback", STAFF),
			new Route("GET /beheer/activiteiten/{id}/materialen", "/beheer/activiteiten/999999/materialen", STAFF),
			new Route("POST /beheer/activiteiten/{id}/materialen/link",
					"/beheer/activiteiten/999999/materialen/link?title=x&url=https://example.org", STAFF),
			new Route("POST /beheer/activiteiten/{id}/materialen/bestand",
					"/beheer/activiteiten/999999/materialen/bestand?title=x", STAFF),
			new Route("GET /beheer/activiteiten/{id}/materialen/{materialId}/verwijderen",
					"/beheer/activiteiten/999999/materialen/1/verwijderen", STAFF),
			new Route("POST /beheer/activiteiten/{id}/materialen/{materialId}/verwijderen",
					"/beheer/activiteiten/999999/materialen/1/verwijderen", STAFF),
			// masterclass series: list, page, following, certificates, the editors' tools
			new Route("GET /activiteiten/reeksen", "/activiteiten/reeksen", EVERYONE),
			new Route("GET /activiteiten/reeksen/{slug}", "/activiteiten/reeksen/bestaat-niet", EVERYONE),
			new Route("POST /activiteiten/reeksen/{slug}/volgen", "/activiteiten/reeksen/bestaat-niet/volgen",
					SIGNED_IN),
			new Route("POST /activiteiten/reeksen/{slug}/ontvolgen", "/activiteiten/reeksen/bestaat-niet/ontvolgen",
					SIGNED_IN),
			new Route("GET /activiteiten/reeksen/{slug}/attest.pdf", "/activiteiten/reeksen/bestaat-niet/attest.pdf",
					SIGNED_IN),
			new Route("GET /beheer/reeksen", "/beheer/reeksen", STAFF),
			new Route("GET /beheer/reeksen/nieuw", "/beheer/reeksen/nieuw", STAFF),
			// an empty form saves nothing
			new Route("POST /beheer/reeksen", "/beheer/reeksen", STAFF),
			new Route("GET /beheer/reeksen/{id}/bewerken", "/beheer/reeksen/999999/bewerken", STAFF),
			new Route("POST /beheer/reeksen/{id}", "/beheer/reeksen/999999", STAFF),
			new Route("POST /beheer/reeksen/{id}/sessies", "/beheer/reeksen/999999/sessies?activiteit=1", STAFF),
			new Route("POST /beheer/reeksen/{id}/sessies/{eventId}/ontkoppelen",
					"/beheer/reeksen/999999/sessies/1/ontkoppelen", STAFF),
			new Route("GET /beheer/reeksen/{id}/aanwezigheid", "/beheer/reeksen/999999/aanwezigheid", STAFF),
			new Route("GET /beheer/reeksen/{id}/aanwezigheid/{accountId}/attest.pdf",
					"/beheer/reeksen/999999/aanwezigheid/1/attest.pdf", STAFF),
			// network levels (issue 7 part 7); joining and asking act for the caller's
			// own
			// organisation, as its coordinator (the fixture's members are)
			new Route("GET /netwerk", "/netwerk", EVERYONE),
			new Route("GET /netwerk/{level}", "/netwerk/inspiratie", EVERYONE),
			new Route("POST /netwerk/{level}/deelnemen", "/netwerk/inspiratie/deelnemen", MEMBERS),
			new Route("POST /netwerk/{level}/aanvragen", "/netwerk/verdieping/aanvragen?motivation=Verdieping",
					MEMBERS),
			new Route("POST /netwerk/{level}/verlaten", "/netwerk/verdieping/verlaten", MEMBERS),
			new Route("POST /netwerk/{level}/toestemming", "/netwerk/verdieping/toestemming", SIGNED_IN),
			new Route("GET /beheer/netwerk", "/beheer/netwerk", STAFF),
			new Route("POST /beheer/netwerk/aanvragen/{id}", "/beheer/netwerk/aanvragen/999999?besluit=goedkeuren",
					STAFF),
			new Route("GET /beheer/netwerk/{level}/leden/{organisationId}/verwijderen",
					"/beheer/netwerk/inspiratie/leden/999999/verwijderen", STAFF),
			new Route("POST /beheer/netwerk/{level}/leden/{organisationId}/verwijderen",
					"/beheer/netwerk/inspiratie/leden/999999/verwijderen", STAFF),
			new Route("GET /error", "/error", EVERYONE),
			// write API and personal API tokens (writeapi); the API itself takes only a
			// Bearer
			// token (WriteApiTests), here the rights of the account behind it
			new Route("POST /api/v1/practices", "/api/v1/practices", STAFF),
			new Route("PUT /api/v1/practices/{id}", "/api/v1/practices/999999", STAFF),
			new Route("GET /account/api-sleutels", "/account/api-sleutels", STAFF),
			new Route("POST /account/api-sleutels", "/account/api-sleutels?name=matrix&days=1", STAFF),
			new Route("GET /account/api-sleutels/{id}/intrekken", "/account/api-sleutels/999999/intrekken", STAFF),
			new Route("POST /account/api-sleutels/{id}/intrekken", "/account/api-sleutels/999999/intrekken", STAFF),
			// last: it ends the caller's sessions
			new Route("POST /account/afmelden-overal", "/account/afmelden-overal", SIGNED_IN));

	/**
	 * The routes of login with OpenID Connect. Spring Security's filters answer them, not
	 * MVC, and only when an issuer is configured: {@link OidcLoginTests} calls them as
	 * every caller with an issuer (and fails for a filter route missing here),
	 * {@link #withoutAnIssuerNoOidcRouteAnswers} without one.
	 */
	static final List<Route> OIDC_MATRIX = List.of(
			new Route("GET /oauth2/authorization/{registrationId}", "/oauth2/authorization/oidc", EVERYONE),
			// without a login under way it fails, back to the login page with a message
			new Route("GET /login/oauth2/code/{registrationId}", "/login/oauth2/code/oidc?code=x&state=y", EVERYONE));

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	/** The organisation of MEMBER_A, for {@code {A}} in the addresses of the matrix. */
	static Long organisationA;

	@Test
	void everyMappedRouteIsInTheMatrix() {
		Set<String> mapped = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (methods.isEmpty()) {
					mapped.add("GET " + pattern);
				}
				methods.forEach((method) -> mapped.add(method + " " + pattern));
			}
		}
		Set<String> listed = new TreeSet<>();
		MATRIX.forEach((route) -> listed.add(route.key()));
		assertThat(listed).as("routes in the matrix").containsAll(mapped);
	}

	@Test
	void withoutAnIssuerNoOidcRouteAnswers() throws Exception {
		for (Route route : OIDC_MATRIX) {
			assertThat(this.mvc.perform(request(route, null)).andReturn().getResponse().getStatus()).as(route.key())
				.isEqualTo(404);
		}
		assertThat(this.context.getBeansOfType(OidcLogin.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(
				org.springframework.security.oauth2.client.registration.ClientRegistrationRepository.class))
			.isEmpty();
		assertThat(this.mvc.perform(request(new Route("GET /aanmelden", "/aanmelden", EVERYONE), null))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("id=\"password\"").doesNotContain("/oauth2/");
	}

	@Test
	void onlyTheAllowedCallersGetThrough() throws Exception {
		Map<Caller, AccountPrincipal> principals = principals(this.context);
		List<String> wrong = new ArrayList<>();
		for (Route route : MATRIX) {
			for (Caller caller : Caller.values()) {
				MvcResult result = this.mvc.perform(request(route, principals.get(caller))).andReturn();
				boolean denied = isDenied(result);
				boolean allowed = route.allowed().contains(caller);
				if (allowed == denied) {
					wrong.add(route.key() + " as " + caller + ": " + result.getResponse().getStatus() + " "
							+ result.getResponse().getRedirectedUrl());
				}
			}
		}
		assertThat(wrong).as("route × caller pairs that behaved wrongly").isEmpty();
	}

	@Test
	void stateChangingRequestsWithoutACsrfTokenAreRefused() throws Exception {
		AccountPrincipal admin = principals(this.context).get(Caller.ADMIN);
		for (Route route : MATRIX) {
			// the API is stateless and takes no cookie, so it needs no CSRF token
			// (WriteApiTests)
			if (route.method() == HttpMethod.POST && !route.url().startsWith("/api/")) {
				MockHttpServletRequestBuilder builder = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
					.post(url(route))
					.with(user(admin));
				assertThat(this.mvc.perform(builder).andReturn().getResponse().getStatus()).as(route.key())
					.isEqualTo(403);
			}
		}
	}

	static boolean isDenied(MvcResult result) {
		int status = result.getResponse().getStatus();
		String redirect = result.getResponse().getRedirectedUrl();
		return status == 401 || status == 403 || (redirect != null && redirect.endsWith("/aanmelden"));
	}

	static MockHttpServletRequestBuilder request(Route route, AccountPrincipal principal) {
		MockHttpServletRequestBuilder builder = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.request(route.method(), url(route))
			.with(csrf());
		return (principal != null) ? builder.with(user(principal)) : builder;
	}

	private static java.net.URI url(Route route) {
		return java.net.URI.create(route.url().replace("{A}", String.valueOf(organisationA)));
	}

	static Map<Caller, AccountPrincipal> principals(ApplicationContext context) {
		Map<Caller, AccountPrincipal> principals = new LinkedHashMap<>();
		principals.put(Caller.VISITOR, null);
		principals.put(Caller.MEMBER_A, AccountFixtures.create(context, "matrix.a@example.org", Role.MEMBER, "12025"));
		organisationA = principals.get(Caller.MEMBER_A).organisationId();
		principals.put(Caller.MEMBER_B, AccountFixtures.create(context, "matrix.b@example.org", Role.MEMBER, "44021"));
		principals.put(Caller.EDITOR, AccountFixtures.create(context, "matrix.editor@example.org", Role.EDITOR, null));
		principals.put(Caller.ADVISER,
				AccountFixtures.create(context, "matrix.adviser@example.org", Role.ADVISER, null));
		principals.put(Caller.ADMIN, AccountFixtures.create(context, "matrix.admin@example.org", Role.ADMIN, null));
		return principals;
	}

	/**
	 * One route of the matrix.
	 *
	 * @param key method and pattern, as mapped
	 * @param url the address to call
	 * @param allowed who may
	 */
	record Route(String key, String url, Set<Caller> allowed) {

		HttpMethod method() {
			return HttpMethod.valueOf(this.key.substring(0, this.key.indexOf(' ')));
		}

	}

}
