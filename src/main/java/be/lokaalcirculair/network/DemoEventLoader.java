package be.lokaalcirculair.network;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

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
import be.lokaalcirculair.shared.text.Slugs;
import be.lokaalcirculair.shared.web.Ui;

/**
 * Loads the demo events (written for this project, every one marked as demo) into an
 * empty database when demo data is enabled, after the demo fiches. Their dates are
 * counted from the day of loading, so the agenda has upcoming and past events.
 */
@Component
@Order(3)
class DemoEventLoader implements ApplicationRunner {

	static final String DEMO_EVENTS = "demo/events.json";

	private static final Logger log = LoggerFactory.getLogger(DemoEventLoader.class);

	private final DemoSettings settings;

	private final NetworkEventRepository events;

	DemoEventLoader(DemoSettings settings, NetworkEventRepository events) {
		this.settings = settings;
		this.events = events;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) throws IOException {
		if (!this.settings.enabled() || this.events.count() > 0) {
			return;
		}
		JsonNode entries;
		try (InputStream in = new ClassPathResource(DEMO_EVENTS).getInputStream()) {
			entries = JsonMapper.builder().build().readTree(in);
		}
		List<NetworkEvent> loaded = new ArrayList<>();
		for (JsonNode entry : entries) {
			EventForm form = form(entry);
			NetworkEvent event = new NetworkEvent(Slugs.slugify(form.title() + " " + form.start().toLocalDate()), true);
			event.apply(form);
			loaded.add(event);
		}
		this.events.saveAll(loaded);
		log.info("Loaded {} demo events", loaded.size());
	}

	private static EventForm form(JsonNode entry) {
		LocalDate day = LocalDate.now(Ui.ZONE).plusDays(entry.get("daysFromNow").asInt());
		return new EventForm(text(entry, "title"), text(entry, "summary"), text(entry, "type"), text(entry, "track"),
				strings(entry, "themes"), strings(entry, "levers"), text(entry, "venue"), text(entry, "municipality"),
				text(entry, "onlineUrl"), day.atTime(LocalTime.parse(text(entry, "start"))).toString(),
				day.atTime(LocalTime.parse(text(entry, "end"))).toString(), "", text(entry, "capacity"),
				text(entry, "programme"), text(entry, "speakers"), "", false);
	}

	private static List<String> strings(JsonNode entry, String field) {
		return entry.path(field).valueStream().map(JsonNode::asString).toList();
	}

	private static String text(JsonNode entry, String field) {
		JsonNode value = entry.get(field);
		return (value == null || value.isNull()) ? "" : value.asString();
	}

}
