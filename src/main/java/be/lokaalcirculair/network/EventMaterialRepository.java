package be.lokaalcirculair.network;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EventMaterialRepository extends JpaRepository<EventMaterial, Long> {

	/** An event's materials in the order they were added, without the files' content. */
	@Query("""
			select new be.lokaalcirculair.network.MaterialInfo(m.id, m.eventId, e.slug, m.title, m.url, m.fileName,
			m.sizeBytes, m.participantsOnly)
			from EventMaterial m, NetworkEvent e where e.id = m.eventId and m.eventId = :eventId order by m.id
			""")
	List<MaterialInfo> findInfoByEventId(long eventId);

	/** The public materials of several events, per event in the order they were added. */
	@Query("""
			select new be.lokaalcirculair.network.MaterialInfo(m.id, m.eventId, e.slug, m.title, m.url, m.fileName,
			m.sizeBytes, m.participantsOnly)
			from EventMaterial m, NetworkEvent e where e.id = m.eventId and m.eventId in :eventIds
			and m.participantsOnly = false order by m.eventId, m.id
			""")
	List<MaterialInfo> findPublicInfoByEventIdIn(Collection<Long> eventIds);

	Optional<EventMaterial> findByIdAndEventId(long id, long eventId);

	long countByEventId(long eventId);

}
