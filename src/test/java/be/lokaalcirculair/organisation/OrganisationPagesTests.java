package be.lokaalcirculair.organisation;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import be.lokaalcirculair.support.PlatformTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlatformTest
class OrganisationPagesTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theListFiltersByTypeAndProvince() throws Exception {
		this.mvc.perform(
				get("/organisaties").param("type", "gemeente").param("provincie", "70000").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("38 organisaties gevonden")))
			.andExpect(content().string(containsString("Hasselt")))
			.andExpect(content().string(not(containsString(">Gent<"))));
	}

	@Test
	void aMergedMunicipalityNamesTheMunicipalitiesItWasMadeOf() throws Exception {
		this.mvc.perform(get("/organisaties/beveren-kruibeke-zwijndrecht").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Zwijndrecht (11056)")))
			.andExpect(content().string(containsString("Oost-Vlaanderen")));
	}

	@Test
	void aPre2025CodeLeadsToTheMergedMunicipality() throws Exception {
		this.mvc.perform(get("/gemeenten/11056"))
			.andExpect(redirectedUrl("/organisaties/beveren-kruibeke-zwijndrecht"));
		this.mvc.perform(get("/gemeenten/00000").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
	}

	@Test
	void theMapIsACacheableSvg() throws Exception {
		this.mvc.perform(get("/kaart/vlaanderen.svg"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("image/svg+xml")))
			.andExpect(header().string("Cache-Control", containsString("max-age")))
			.andExpect(content().string(containsString("data-nis=\"46030\"")));
	}

	@Test
	void unknownOrganisationsAreNotFound() throws Exception {
		this.mvc.perform(get("/organisaties/bestaat-niet").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/organisaties").param("pagina", "0").accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest());
	}

}
