package be.lokaalcirculair.opendata;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import be.lokaalcirculair.support.PlatformTest;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlatformTest
class ApiTests {

	@Autowired
	MockMvc mvc;

	@Test
	void listsThe285FlemishMunicipalities() throws Exception {
		this.mvc
			.perform(get("/api/v1/organisations").param("type", "gemeente")
				.param("region", "vlaanderen")
				.param("size", "500"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(285))
			.andExpect(jsonPath("$.items.length()").value(285))
			.andExpect(jsonPath("$.items[*].type", everyItem(is("gemeente"))))
			.andExpect(jsonPath("$.items[*].region", everyItem(is("vlaanderen"))));
	}

	@Test
	void aPre2025CodeResolvesToTheMergedMunicipality() throws Exception {
		this.mvc.perform(get("/api/v1/municipalities/11056"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nisCode").value("46030"))
			.andExpect(jsonPath("$.requestedCode").value("11056"))
			.andExpect(jsonPath("$.provinceNis").value("40000"))
			.andExpect(jsonPath("$.formerMunicipalities[*].nisCode").value(org.hamcrest.Matchers.hasItem("11056")));
	}

	@Test
	void practicesArePagedAndCarryNoPersonalData() throws Exception {
		this.mvc.perform(get("/api/v1/practices").param("size", "5").param("page", "2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(2))
			.andExpect(jsonPath("$.size").value(5))
			.andExpect(jsonPath("$.items.length()").value(5))
			.andExpect(jsonPath("$.totalItems", greaterThan(5)))
			.andExpect(jsonPath("$.items[0]", not(hasKey("contact"))));
		String first = com.jayway.jsonpath.JsonPath
			.read(this.mvc.perform(get("/api/v1/practices").param("size", "1"))
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.items[0].id")
			.toString();
		this.mvc.perform(get("/api/v1/practices/" + first))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").isString())
			.andExpect(jsonPath("$", not(hasKey("contact"))))
			.andExpect(jsonPath("$", not(hasKey("validatedBy"))));
	}

	@Test
	void filtersCombineAndUnknownValuesAreRejected() throws Exception {
		this.mvc.perform(get("/api/v1/practices").param("theme", "voeding").param("size", "100"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].themes", everyItem(org.hamcrest.Matchers.hasItem("voeding"))));
		this.mvc.perform(get("/api/v1/practices").param("theme", "onbekend"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.status").value(400));
		this.mvc.perform(get("/api/v1/practices").param("size", "-1")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/practices").param("page", "abc")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/practices").param("page", "1000000000"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(0));
		this.mvc.perform(get("/api/v1/practices/999999999")).andExpect(status().isNotFound());
	}

	@Test
	void searchingGivesTheSameResultsAsThePageWithFacetCounts() throws Exception {
		this.mvc.perform(get("/api/v1/practices").param("q", "textiel").param("theme", "textiel"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems", greaterThan(0)))
			.andExpect(jsonPath("$.facets.theme[?(@.value == 'textiel')].selected")
				.value(org.hamcrest.Matchers.hasItem(true)))
			.andExpect(jsonPath("$.facets.province").isArray())
			.andExpect(jsonPath("$.items[*].themes", everyItem(org.hamcrest.Matchers.hasItem("textiel"))));
		this.mvc.perform(get("/api/v1/practices").param("q", "kringwinkl"))
			.andExpect(jsonPath("$.suggestion").value("kringwinkel"));
		this.mvc.perform(get("/api/v1/practices").param("municipality", "11056"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.facets.municipality[?(@.value == '46030')].selected")
				.value(org.hamcrest.Matchers.hasItem(true)));
		this.mvc.perform(get("/api/v1/practices").param("q", "x".repeat(201))).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/practices").param("near", "44021").param("radiusKm", "0"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theTaxonomyHasStableCodesAndLabelsInBothLanguages() throws Exception {
		this.mvc.perform(get("/api/v1/taxonomy"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.themes.length()").value(14))
			.andExpect(jsonPath("$.levers.length()").value(12))
			.andExpect(jsonPath("$.strategies.length()").value(10))
			.andExpect(jsonPath("$.sdgs.length()").value(17))
			.andExpect(jsonPath("$.themes[?(@.code == 'voeding')].labels.nl")
				.value(org.hamcrest.Matchers.hasItem("Voeding")))
			.andExpect(jsonPath("$.themes[?(@.code == 'voeding')].labels.en")
				.value(org.hamcrest.Matchers.hasItem("Food")));
	}

	@Test
	void publishesAnOpenApiDocument() throws Exception {
		this.mvc.perform(get("/api/openapi.json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.openapi").isString())
			.andExpect(jsonPath("$.paths['/api/v1/practices']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/organisations']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/taxonomy']").exists());
	}

}
