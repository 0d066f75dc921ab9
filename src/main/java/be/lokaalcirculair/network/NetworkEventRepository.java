package be.lokaalcirculair.network;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NetworkEventRepository extends JpaRepository<NetworkEvent, Long>, JpaSpecificationExecutor<NetworkEvent> {

	Optional<NetworkEvent> findBySlug(String slug);

	boolean existsBySlug(String slug);

	/**
	 * The event, its row locked until the transaction ends ({@code SELECT … FOR UPDATE}
	 * on H2 and PostgreSQL alike): registrations for one event take their turn, so the
	 * seats are counted by one transaction at a time.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select e from NetworkEvent e where e.id = :id")
	Optional<NetworkEvent> lockById(@Param("id") long id);

}
