package be.lokaalcirculair.organisation;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

import be.lokaalcirculair.support.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;

@PlatformTest
class ReferenceDataTests {

	@Autowired
	Organisations organisations;

	@Autowired
	FormerMunicipalityRepository formerMunicipalities;

	@Test
	void knowsThe304MunicipalitiesOf2025() {
		List<Municipality> all = this.organisations.municipalities();
		assertThat(all).hasSize(304);
		assertThat(all).filteredOn((m) -> m.getRegion() == Region.VLAANDEREN).hasSize(285);
		assertThat(all).filteredOn((m) -> m.getRegion() == Region.BRUSSEL).hasSize(19);
		assertThat(all).allSatisfy((m) -> {
			assertThat(m.getPopulation()).isPositive();
			assertThat(m.getLatitude()).isBetween(50.6, 51.6);
			assertThat(m.getLongitude()).isBetween(2.5, 6.0);
		});
	}

	@Test
	void knowsThe319MunicipalitiesBefore2025() {
		assertThat(this.formerMunicipalities.count()).isEqualTo(319);
		assertThat(this.formerMunicipalities.findAll()).filteredOn(FormerMunicipality::isMerged).hasSize(28);
	}

	@Test
	void aPre2025CodeResolvesToTheMergedMunicipalityEvenAcrossProvinces() {
		Municipality merged = this.organisations.municipality("11056").orElseThrow();
		assertThat(merged.getNisCode()).isEqualTo("46030");
		assertThat(merged.getName()).isEqualTo("Beveren-Kruibeke-Zwijndrecht");
		assertThat(merged.getProvince().nisCode()).isEqualTo("40000");
		assertThat(this.formerMunicipalities.findById("11056").orElseThrow().getProvinceNis()).isEqualTo("10000");
		assertThat(this.organisations.formerMunicipalitiesOf("46030")).extracting(FormerMunicipality::getName)
			.containsExactly("Beveren", "Kruibeke", "Zwijndrecht");
		assertThat(this.organisations.codesIncludingFormer(List.of("46030"))).contains("46030", "11056");
	}

	@Test
	void anUnchangedMunicipalityResolvesToItself() {
		assertThat(this.organisations.municipality("44021").orElseThrow().getName()).isEqualTo("Gent");
		assertThat(this.organisations.municipality("99999")).isEmpty();
		assertThat(this.organisations.municipality("abc")).isEmpty();
	}

	@Test
	void everyMunicipalityIsAnOrganisation() {
		assertThat(this.organisations.count(OrganisationType.GEMEENTE)).isEqualTo(304);
		assertThat(this.organisations
			.organisations(new OrganisationFilter(OrganisationType.GEMEENTE, null, Region.VLAANDEREN, null),
					Pageable.unpaged())
			.getTotalElements()).isEqualTo(285);
		assertThat(this.organisations.organisationOfMunicipality("11056").orElseThrow().getSlug())
			.isEqualTo("beveren-kruibeke-zwijndrecht");
	}

	@Test
	void knowsTheFiveFlemishProvinces() {
		assertThat(this.organisations.provinces()).extracting(Province::nisCode)
			.containsExactlyInAnyOrder("10000", "20001", "30000", "40000", "70000");
	}

	@Test
	void classifiesMunicipalitiesBySize() {
		assertThat(PopulationClass.of(9_999)).isEqualTo(PopulationClass.TOT_10000);
		assertThat(PopulationClass.of(10_000)).isEqualTo(PopulationClass.VAN_10000_TOT_20000);
		assertThat(PopulationClass.of(540_196)).isEqualTo(PopulationClass.VANAF_100000);
		assertThat(this.organisations.municipality("11002").orElseThrow().getPopulationClass())
			.isEqualTo(PopulationClass.VANAF_100000);
	}

}
