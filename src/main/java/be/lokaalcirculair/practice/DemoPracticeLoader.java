package be.lokaalcirculair.practice;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

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

import be.lokaalcirculair.organisation.Municipality;
import be.lokaalcirculair.organisation.Organisation;
import be.lokaalcirculair.organisation.Organisations;
import be.lokaalcirculair.practice.TextItem.Kind;
import be.lokaalcirculair.shared.DemoSettings;
import be.lokaalcirculair.shared.taxonomy.Lever;
import be.lokaalcirculair.shared.taxonomy.PracticeStatus;
import be.lokaalcirculair.shared.taxonomy.Strategy;
import be.lokaalcirculair.shared.taxonomy.TargetGroup;
import be.lokaalcirculair.shared.taxonomy.Theme;
import be.lokaalcirculair.shared.web.Ui;

/**
 * Loads the demo fiches (written for this project, every one marked as demo) on the first
 * start of an empty database when demo data is enabled. All or nothing: one transaction.
 */
@Component
@Order(2)
class DemoPracticeLoader implements ApplicationRunner {

	static final String DEMO_PRACTICES = "demo/practices.json";

	private static final Logger log = LoggerFactory.getLogger(DemoPracticeLoader.class);

	private final DemoSettings settings;

	private final PracticeRepository practices;

	private final Organisations organisations;

	DemoPracticeLoader(DemoSettings settings, PracticeRepository practices, Organisations organisations) {
		this.settings = settings;
		this.practices = practices;
		this.organisations = organisations;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) throws IOException {
		if (!this.settings.enabled() || this.practices.count() > 0 || !new ClassPathResource(DEMO_PRACTICES).exists()) {
			return;
		}
		JsonNode entries;
		try (InputStream in = new ClassPathResource(DEMO_PRACTICES).getInputStream()) {
			entries = JsonMapper.builder().build().readTree(in);
		}
		List<Practice> loaded = new ArrayList<>();
		for (JsonNode entry : entries) {
			loaded.add(practice(entry));
		}
		this.practices.saveAll(loaded);
		log.info("Loaded {} demo fiches", loaded.size());
	}

	private Practice practice(JsonNode entry) {
		Organisation lead = lead(entry.get("lead"));
		Practice practice = new Practice(entry.get("slug").asString(), entry.get("title").asString(),
				entry.get("summary").asString(), lead.getId(),
				PracticeStatus.fromCode(entry.get("status").asString()).orElseThrow(), "demo", true);
		practice.describe(text(entry, "description"), Optional.ofNullable(text(entry, "language")).orElse("nl"));
		practice.classify(terms(entry, "themes", Theme::fromCode), terms(entry, "strategies", Strategy::fromCode),
				terms(entry, "levers", Lever::fromCode), entry.path("sdgs").valueStream().map(JsonNode::asInt).toList(),
				TargetGroup.fromCode(text(entry, "targetGroup")).orElse(null));
		List<String> codes = strings(entry, "municipalities");
		Optional<Municipality> place = codes.stream().findFirst().flatMap(this.organisations::municipality);
		practice.locate(codes, place.map(Municipality::getName).orElse(null),
				place.map(Municipality::getLatitude).orElse(null), place.map(Municipality::getLongitude).orElse(null));
		JsonNode budget = entry.get("budgetEur");
		practice.plan(date(entry, "startDate"), date(entry, "endDate"),
				(budget == null || budget.isNull()) ? null : new BigDecimal(budget.asString()),
				text(entry, "staffEffort"));
		practice.setTexts(Kind.PARTNER, strings(entry, "partners"));
		practice.setTexts(Kind.FUNDING, strings(entry, "fundingSources"));
		practice.setTexts(Kind.SUCCESS_FACTOR, strings(entry, "successFactors"));
		practice.setTexts(Kind.OBSTACLE, strings(entry, "obstacles"));
		practice.setTexts(Kind.LESSON, strings(entry, "lessons"));
		practice.setTexts(Kind.STEP, strings(entry, "steps"));
		practice.setResults(entry.path("results")
			.valueStream()
			.map((r) -> new ResultIndicator(r.get("name").asString(), new BigDecimal(r.get("value").asString()),
					r.get("unit").asString(), r.path("year").isNumber() ? r.get("year").asInt() : null))
			.toList());
		practice.setLinks(entry.path("links")
			.valueStream()
			.map((l) -> new Link(l.get("label").asString(), l.get("url").asString()))
			.toList());
		JsonNode testimony = entry.get("testimony");
		if (testimony != null && testimony.isObject()) {
			practice.setTestimony(new Testimony(text(testimony, "quote"), text(testimony, "author")));
		}
		JsonNode contact = entry.get("contact");
		if (contact != null && contact.isObject()) {
			practice.setContact(new Contact(text(contact, "name"), text(contact, "role"), text(contact, "email"),
					text(contact, "phone")));
		}
		practice.setFeatured(entry.path("featured").asBoolean(false));
		moderate(practice, entry);
		return practice;
	}

	private void moderate(Practice practice, JsonNode entry) {
		ModerationState state = ModerationState.valueOf(entry.get("moderation").asString());
		Instant created = instant(date(entry, "createdAt"));
		Instant updated = instant(date(entry, "updatedAt"));
		String validatedBy = text(entry, "validatedBy");
		practice.moderate(state, validatedBy, (validatedBy != null) ? updated : null, date(entry, "lastReviewedAt"));
		practice.stamp(created, updated, state.isPublic() ? created : null);
	}

	private Organisation lead(JsonNode lead) {
		Optional<Organisation> found = lead.has("nis")
				? this.organisations.organisationOfMunicipality(lead.get("nis").asString())
				: this.organisations.organisation(lead.get("organisation").asString());
		return found.orElseThrow(() -> new IllegalStateException("Unknown lead organisation in demo data: " + lead));
	}

	private static <T> List<T> terms(JsonNode entry, String field, Function<String, Optional<T>> lookup) {
		return strings(entry, field).stream()
			.map((code) -> lookup.apply(code)
				.orElseThrow(() -> new IllegalStateException("Unknown code in demo data: " + code)))
			.toList();
	}

	private static List<String> strings(JsonNode entry, String field) {
		return entry.path(field).valueStream().map(JsonNode::asString).toList();
	}

	private static String text(JsonNode entry, String field) {
		JsonNode value = entry.get(field);
		return (value == null || value.isNull() || value.asString().isBlank()) ? null : value.asString();
	}

	private static LocalDate date(JsonNode entry, String field) {
		String value = text(entry, field);
		return (value != null) ? LocalDate.parse(value) : null;
	}

	private static Instant instant(LocalDate date) {
		return (date != null) ? date.atTime(LocalTime.NOON).atZone(Ui.ZONE).toInstant() : Instant.now();
	}

}
