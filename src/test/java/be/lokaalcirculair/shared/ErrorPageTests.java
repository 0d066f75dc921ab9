package be.lokaalcirculair.shared;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** Error pages through a real server: the error dispatch is what renders them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ErrorPageTests {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void notFoundInTheUsersLanguage() throws Exception {
		HttpResponse<String> dutch = get("/bestaat/niet");
		assertThat(dutch.statusCode()).isEqualTo(404);
		assertThat(dutch.body()).contains("<html lang=\"nl\">", "Pagina niet gevonden",
				"href=\"/bestaat/niet?lang=en\"");
		HttpResponse<String> english = get("/praktijken/bestaat-niet?lang=en");
		assertThat(english.statusCode()).isEqualTo(404);
		assertThat(english.body()).contains("<html lang=\"en\">", "Page not found");
	}

	@Test
	void badRequestsGetAPageWithoutTechnicalDetail() throws Exception {
		HttpResponse<String> response = get("/praktijken?pagina=abc");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Dit verzoek klopt niet")
			.doesNotContain("Exception", "at be.lokaalcirculair", "NumberFormat");
	}

	@Test
	void refusedActionsGetAForbiddenPage() throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri("/praktijken"))
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("Geen toegang");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
