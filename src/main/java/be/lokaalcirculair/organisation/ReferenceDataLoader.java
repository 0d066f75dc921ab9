package be.lokaalcirculair.organisation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import be.lokaalcirculair.shared.text.Slugs;

/**
 * Loads the municipalities of 2025, the pre-2025 municipalities and an organisation per
 * municipality from the shipped reference files when the database does not hold them yet.
 * Runs in one transaction: either all reference data is there or none.
 */
@Component
@Order(0)
class ReferenceDataLoader implements ApplicationRunner {

	static final String MUNICIPALITIES = "reference/vl_bxl_gemeenten_2025.csv";

	static final String FORMER_MUNICIPALITIES = "reference/vl_bxl_gemeenten_2024_naar_2025.csv";

	private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);

	private final MunicipalityRepository municipalities;

	private final FormerMunicipalityRepository formerMunicipalities;

	private final OrganisationRepository organisations;

	private final MunicipalityMap map;

	private final Organisations lookup;

	ReferenceDataLoader(MunicipalityRepository municipalities, FormerMunicipalityRepository formerMunicipalities,
			OrganisationRepository organisations, MunicipalityMap map, Organisations lookup) {
		this.municipalities = municipalities;
		this.formerMunicipalities = formerMunicipalities;
		this.organisations = organisations;
		this.map = map;
		this.lookup = lookup;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) throws IOException {
		if (this.municipalities.count() == 0) {
			load();
		}
		// reference data is read once and kept; read it now, before anything is indexed
		this.lookup.municipalities();
	}

	private void load() throws IOException {
		Map<String, double[]> centres = this.map.centres();
		List<Municipality> loaded = new ArrayList<>();
		for (CSVRecord row : read(MUNICIPALITIES)) {
			Municipality municipality = new Municipality(row.get("nis_code"), row.get("naam"),
					row.get("arrondissement_nis"), row.get("arrondissement"), emptyToNull(row.get("provincie_nis")),
					emptyToNull(row.get("provincie")), Region.fromOfficialName(row.get("gewest")),
					"ja".equals(row.get("fusie_2025")), Integer.parseInt(row.get("bevolking_2020_som")));
			double[] centre = centres.get(municipality.getNisCode());
			if (centre != null) {
				municipality.locateAt(centre[1], centre[0]);
			}
			loaded.add(municipality);
		}
		this.municipalities.saveAll(loaded);
		List<FormerMunicipality> former = new ArrayList<>();
		for (CSVRecord row : read(FORMER_MUNICIPALITIES)) {
			former.add(new FormerMunicipality(row.get("nis_2024"), row.get("naam_2024"),
					emptyToNull(row.get("provincie_nis_2024")), row.get("nis_2025"),
					"ja".equals(row.get("gewijzigd"))));
		}
		this.formerMunicipalities.saveAll(former);
		for (Municipality municipality : loaded) {
			String slug = Slugs.slugify(municipality.getName());
			if (this.organisations.existsBySlug(slug)) {
				slug = slug + "-" + municipality.getNisCode();
			}
			this.organisations.save(
					new Organisation(slug, municipality.getName(), OrganisationType.GEMEENTE, municipality.getNisCode(),
							(municipality.getProvince() != null) ? municipality.getProvince().nisCode() : null, false));
		}
		log.info("Loaded {} municipalities of 2025 and {} pre-2025 municipalities", loaded.size(), former.size());
	}

	private static List<CSVRecord> read(String path) throws IOException {
		try (InputStream in = new ClassPathResource(path).getInputStream();
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}

	private static String emptyToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
