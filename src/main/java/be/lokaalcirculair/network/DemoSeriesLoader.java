package be.lokaalcirculair.network;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import be.lokaalcirculair.shared.DemoSettings;
import be.lokaalcirculair.shared.text.Slugs;
import be.lokaalcirculair.shared.web.Ui;

/**
 * Loads the demo masterclass series (written for this project, marked as demo) with its
 * three sessions when demo data is enabled and there is no series yet; after the demo
 * events ({@link DemoEventLoader}, order 3), which hold no masterclass of their own.
 */
@Component
@Order(4)
class DemoSeriesLoader implements ApplicationRunner {

	static final String TITLE = "Masterclass circulair aankopen";

	private static final Logger log = LoggerFactory.getLogger(DemoSeriesLoader.class);

	private static final List<Session> SESSIONS = List
		.of(new Session("Masterclass circulair aankopen 1: marktverkenning", -14,
				"Hoe verkent u de markt voor een circulaire opdracht? Marktconsultatie en dialoog met leveranciers."),
				new Session("Masterclass circulair aankopen 2: gunningscriteria", 14,
						"Circulaire selectie- en gunningscriteria en hoe u ze beoordeelt."),
				new Session("Masterclass circulair aankopen 3: contractbeheer", 42,
						"Terugname, onderhoud en opvolging van circulaire contracten."));

	private final DemoSettings settings;

	private final SeriesRepository series;

	private final NetworkEventRepository events;

	DemoSeriesLoader(DemoSettings settings, SeriesRepository series, NetworkEventRepository events) {
		this.settings = settings;
		this.series = series;
		this.events = events;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.settings.enabled() || this.series.count() > 0) {
			return;
		}
		MasterclassSeries demo = new MasterclassSeries(Slugs.slugify(TITLE), true);
		demo.apply(new SeriesForm(TITLE,
				"Drie sessies over circulair aankopen voor gevorderde gemeenten: van marktverkenning tot contractbeheer.",
				"Wie minstens **twee** van de drie sessies bijwoont, krijgt een deelnameattest.", "gevorderden", "2"));
		for (Session session : SESSIONS) {
			demo.link(this.events.save(session.event()).getId());
		}
		this.series.save(demo);
		log.info("Loaded the demo masterclass series with {} sessions", SESSIONS.size());
	}

	/** A demo session: a masterclass afternoon so many days from the day of loading. */
	private record Session(String title, int daysFromNow, String summary) {

		NetworkEvent event() {
			LocalDate day = LocalDate.now(Ui.ZONE).plusDays(this.daysFromNow);
			NetworkEvent event = new NetworkEvent(Slugs.slugify(this.title + " " + day), true);
			event.apply(new EventForm(this.title, this.summary, "masterclass", "gevorderden", List.of(),
					List.of("circulair-aankopen"), "Vergaderzaal, Stationsstraat 1", "12025", "",
					day.atTime(LocalTime.of(13, 30)).toString(), day.atTime(LocalTime.of(16, 30)).toString(), "", "30",
					"", "", "", false));
			return event;
		}

	}

}
