package be.lokaalcirculair.network;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The materials section of a level's page: the past events of the level's tracks, each a
 * link to its event page (where its programme and linked fiches are), with the materials
 * of the event that everyone may see. Participants-only material stays on the event page.
 */
@Component
class LevelMaterials {

	/** The most past events listed. */
	static final int LIMIT = 10;

	private final NetworkEventRepository events;

	private final EventMaterials materials;

	private final Clock clock = Clock.systemUTC();

	LevelMaterials(NetworkEventRepository events, EventMaterials materials) {
		this.events = events;
		this.materials = materials;
	}

	/** The level's materials, latest first. */
	List<LevelMaterial> of(NetworkLevel level) {
		var now = this.clock.instant();
		List<NetworkEvent> past = this.events
			.findAll(
					(root, query, cb) -> cb.and(root.get("track").in(level.tracks()),
							cb.lessThanOrEqualTo(root.get("endsAt"), now), cb.isFalse(root.get("cancelled"))),
					PageRequest.of(0, LIMIT, Sort.by(Sort.Direction.DESC, "startsAt", "id")))
			.getContent();
		Map<Long, List<MaterialInfo>> byEvent = this.materials
			.publicMaterials(past.stream().map(NetworkEvent::getId).toList());
		return past.stream()
			.map((event) -> new LevelMaterial(event.getTitle(), AgendaController.url(event), event.getStartsAt(),
					byEvent.getOrDefault(event.getId(), List.of())))
			.toList();
	}

}
