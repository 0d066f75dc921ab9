package be.lokaalcirculair.network;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.lokaalcirculair.account.AccountPrincipal;
import be.lokaalcirculair.network.Registration.Status;

/**
 * The materials of events (slides, reports, links), added by editors after an event. Some
 * are public, others only for those who had a seat (and editors).
 */
@Service
public class EventMaterials {

	/** How many materials one event may have. */
	static final int MAX_PER_EVENT = 30;

	private final EventMaterialRepository materials;

	private final RegistrationRepository registrations;

	EventMaterials(EventMaterialRepository materials, RegistrationRepository registrations) {
		this.materials = materials;
		this.registrations = registrations;
	}

	/**
	 * The materials of an event that everyone may see, in the order they were added; no
	 * participants-only material and no file content.
	 * @param eventId the event (an unknown id gives an empty list)
	 */
	@Transactional(readOnly = true)
	public List<MaterialInfo> publicMaterials(long eventId) {
		return this.materials.findInfoByEventId(eventId).stream().filter((m) -> !m.participantsOnly()).toList();
	}

	/**
	 * The public materials of several events at once, by event id (events without any are
	 * left out).
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<MaterialInfo>> publicMaterials(Collection<Long> eventIds) {
		if (eventIds.isEmpty()) {
			return Map.of();
		}
		return this.materials.findPublicInfoByEventIdIn(eventIds)
			.stream()
			.collect(Collectors.groupingBy(MaterialInfo::eventId, LinkedHashMap::new, Collectors.toList()));
	}

	/** Every material of an event, for editors. */
	@Transactional(readOnly = true)
	List<MaterialInfo> all(long eventId) {
		return this.materials.findInfoByEventId(eventId);
	}

	/** What this person (or a visitor, {@code null}) may see. */
	@Transactional(readOnly = true)
	List<MaterialInfo> visibleTo(long eventId, AccountPrincipal person) {
		return mayOpenAll(eventId, person) ? all(eventId) : publicMaterials(eventId);
	}

	/** Editors and those who had a seat see participants-only material. */
	boolean mayOpenAll(long eventId, AccountPrincipal person) {
		return person != null && (person.isEditor() || person.isAdmin()
				|| this.registrations.findByEventIdAndAccountId(eventId, person.id())
					.filter((r) -> r.getStatus() == Status.CONFIRMED)
					.isPresent());
	}

	/** A file to download, if it exists for this event. */
	@Transactional(readOnly = true)
	Optional<EventMaterial> file(long eventId, long materialId) {
		return this.materials.findByIdAndEventId(materialId, eventId).filter((m) -> m.getFileName() != null);
	}

	@Transactional
	Optional<String> addLink(long eventId, MaterialLinkForm form) {
		return add(eventId, EventMaterial.link(eventId, form.title(), form.url(), form.participantsOnly()));
	}

	@Transactional
	Optional<String> addFile(long eventId, String title, MaterialFiles.Checked file, boolean participantsOnly) {
		return add(eventId, EventMaterial.file(eventId, title, file, participantsOnly));
	}

	@Transactional(readOnly = true)
	Optional<MaterialInfo> one(long eventId, long materialId) {
		return all(eventId).stream().filter((m) -> m.id() == materialId).findFirst();
	}

	/** Deletes one material of this event; {@code false} when there is no such. */
	@Transactional
	boolean delete(long eventId, long materialId) {
		Optional<EventMaterial> material = this.materials.findByIdAndEventId(materialId, eventId);
		material.ifPresent(this.materials::delete);
		return material.isPresent();
	}

	private Optional<String> add(long eventId, EventMaterial material) {
		if (this.materials.countByEventId(eventId) >= MAX_PER_EVENT) {
			return Optional.of("network.materials.too-many");
		}
		this.materials.save(material);
		return Optional.empty();
	}

}
