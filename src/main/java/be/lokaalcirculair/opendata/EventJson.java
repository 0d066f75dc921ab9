package be.lokaalcirculair.opendata;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import be.lokaalcirculair.network.NetworkEvent;
import be.lokaalcirculair.opendata.TermLabels.TermJson;
import be.lokaalcirculair.shared.web.Ui;

/**
 * The public JSON form of an event. Times carry the Belgian offset, so that 10:00 reads
 * as 10:00 and still names one instant. Holds no personal data: no participant, and no
 * online link (only registered participants get it); the speakers are named as on the
 * public page.
 */
record EventJson(long id, String slug, String url, String title, String summary, TermJson type, TermJson track,
		List<TermJson> themes, List<TermJson> levers, boolean online, String venue, MunicipalityRef municipality,
		OffsetDateTime startsAt, OffsetDateTime endsAt, OffsetDateTime registrationDeadline, int capacity,
		long seatsLeft, boolean full, boolean registrationOpen, boolean cancelled, String programme,
		List<String> speakers, List<Long> practiceIds, boolean demo, Instant updatedAt) {

	static EventJson of(EventFacts facts, TermLabels labels, Instant now) {
		NetworkEvent event = facts.event();
		return new EventJson(event.getId(), event.getSlug(), facts.url(), event.getTitle(), event.getSummary(),
				labels.of(event.getType()), labels.of(event.getTrack()), labels.of(facts.themes()),
				labels.of(facts.levers()), event.isOnline(), event.isOnline() ? null : event.getVenue(),
				(facts.municipality() != null) ? MunicipalityRef.of(facts.municipality()) : null,
				belgian(event.getStartsAt()), belgian(event.getEndsAt()), belgian(event.getRegistrationDeadline()),
				event.getCapacity(), facts.seatsLeft(), facts.full(), event.isOpenForRegistration(now),
				event.isCancelled(), event.getProgramme(), event.speakerList(), facts.practiceIds(), event.isDemo(),
				event.getUpdatedAt());
	}

	static OffsetDateTime belgian(Instant instant) {
		return (instant != null) ? instant.atZone(Ui.ZONE).toOffsetDateTime() : null;
	}

}
