package be.lokaalcirculair.network;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LevelRequestRepository extends JpaRepository<LevelRequest, Long> {

	List<LevelRequest> findByStatusOrderByRequestedAtAscIdAsc(LevelRequest.Status status);

	Optional<LevelRequest> findFirstByLevelAndOrganisationIdOrderByRequestedAtDescIdDesc(NetworkLevel level,
			long organisationId);

	boolean existsByLevelAndOrganisationIdAndStatus(NetworkLevel level, long organisationId,
			LevelRequest.Status status);

	/** An erased account no longer asked or decided anything; the request stays. */
	@Modifying
	@Query("update LevelRequest r set r.requesterAccountId = null where r.requesterAccountId = :accountId")
	int forgetRequester(@Param("accountId") long accountId);

	@Modifying
	@Query("update LevelRequest r set r.decidedBy = null where r.decidedBy = :accountId")
	int forgetDecider(@Param("accountId") long accountId);

}
