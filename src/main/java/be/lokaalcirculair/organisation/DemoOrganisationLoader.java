package be.lokaalcirculair.organisation;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import be.lokaalcirculair.shared.DemoSettings;

/**
 * Adds the demo organisations (partnerships, OCMWs, provinces, partners), marked as demo,
 * when demo data is enabled and they are not there yet.
 */
@Component
@Order(1)
class DemoOrganisationLoader implements ApplicationRunner {

	static final String DEMO_ORGANISATIONS = "demo/organisations.json";

	private static final Logger log = LoggerFactory.getLogger(DemoOrganisationLoader.class);

	private final DemoSettings settings;

	private final OrganisationRepository organisations;

	private final Organisations lookup;

	DemoOrganisationLoader(DemoSettings settings, OrganisationRepository organisations, Organisations lookup) {
		this.settings = settings;
		this.organisations = organisations;
		this.lookup = lookup;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) throws IOException {
		if (!this.settings.enabled() || !new ClassPathResource(DEMO_ORGANISATIONS).exists()) {
			return;
		}
		JsonNode entries;
		try (InputStream in = new ClassPathResource(DEMO_ORGANISATIONS).getInputStream()) {
			entries = JsonMapper.builder().build().readTree(in);
		}
		int added = 0;
		for (JsonNode entry : entries) {
			String slug = entry.get("slug").asString();
			if (this.organisations.existsBySlug(slug)) {
				continue;
			}
			this.organisations.save(organisation(entry));
			added++;
		}
		if (added > 0) {
			log.info("Loaded {} demo organisations", added);
		}
	}

	private Organisation organisation(JsonNode entry) {
		OrganisationType type = OrganisationType.fromCode(entry.get("type").asString()).orElseThrow();
		Set<String> members = new LinkedHashSet<>();
		for (JsonNode member : entry.path("members")) {
			this.lookup.municipality(member.asString()).ifPresent((m) -> members.add(m.getNisCode()));
		}
		String municipalityNis = (type == OrganisationType.OCMW || type == OrganisationType.AUTONOOM_GEMEENTEBEDRIJF)
				&& members.size() == 1 ? members.iterator().next() : null;
		Organisation organisation = new Organisation(entry.get("slug").asString(), entry.get("name").asString(), type,
				municipalityNis, text(entry, "provinceNis"), true);
		organisation.describe(text(entry, "description"), text(entry, "website"));
		organisation.setMemberMunicipalities(members);
		return organisation;
	}

	private static String text(JsonNode entry, String field) {
		JsonNode value = entry.get(field);
		return (value == null || value.isNull() || value.asString().isBlank()) ? null : value.asString();
	}

}
