package be.lokaalcirculair.network;

import java.time.Clock;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The materials section of a level's page. For now these are the past events of the
 * level's tracks, each a link to its event page (where its programme and linked fiches
 * are). This is the one place where the materials of events (slides, reports) are to be
 * added once events have them.
 */
@Component
class LevelMaterials {

	/** The most past events listed. */
	static final int LIMIT = 10;

	private final NetworkEventRepository events;

	private final Clock clock = Clock.systemUTC();

	LevelMaterials(NetworkEventRepository events) {
		this.events = events;
	}

	/** The level's materials, latest first. */
	List<LevelMaterial> of(NetworkLevel level) {
		var now = this.clock.instant();
		return this.events
			.findAll(
					(root, query, cb) -> cb.and(root.get("track").in(level.tracks()),
							cb.lessThanOrEqualTo(root.get("endsAt"), now), cb.isFalse(root.get("cancelled"))),
					PageRequest.of(0, LIMIT, Sort.by(Sort.Direction.DESC, "startsAt", "id")))
			.stream()
			.map((event) -> new LevelMaterial(event.getTitle(), AgendaController.url(event), event.getStartsAt()))
			.toList();
	}

}
