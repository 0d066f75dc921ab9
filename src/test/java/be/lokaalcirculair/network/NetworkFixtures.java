package be.lokaalcirculair.network;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import be.lokaalcirculair.shared.web.Ui;

/** Events made by tests, at a place in Mechelen unless online. */
final class NetworkFixtures {

	private NetworkFixtures() {
	}

	/** An event starting this many days from now at 10:00 Belgian time, for two hours. */
	static NetworkEvent event(ApplicationContext context, int capacity, int daysFromNow) {
		LocalDateTime start = LocalDateTime.now(Ui.ZONE).plusDays(daysFromNow).withHour(10).withMinute(0);
		return event(context, form("Testactiviteit " + UUID.randomUUID(), start, start.plusHours(2), capacity, ""));
	}

	static NetworkEvent event(ApplicationContext context, EventForm form) {
		NetworkEventRepository events = context.getBean(NetworkEventRepository.class);
		return context.getBean(TransactionTemplate.class).execute((status) -> {
			NetworkEvent event = new NetworkEvent(be.lokaalcirculair.shared.text.Slugs.slugify(form.title()), false);
			event.apply(form);
			return events.save(event);
		});
	}

	static EventForm form(String title, LocalDateTime start, LocalDateTime end, int capacity, String onlineUrl) {
		boolean online = !onlineUrl.isEmpty();
		return new EventForm(title, "Een activiteit om te testen.", "workshop", "starters", List.of("textiel"),
				List.of("circulair-aankopen"), online ? "" : "Stadhuis, Grote Markt 21", online ? "" : "12025",
				onlineUrl, start.toString(), end.toString(), "", String.valueOf(capacity), "Het **programma**.",
				"Spreker Een\nSpreker Twee", "", false);
	}

}
