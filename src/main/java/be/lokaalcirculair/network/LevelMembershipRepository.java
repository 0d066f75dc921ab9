package be.lokaalcirculair.network;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LevelMembershipRepository extends JpaRepository<LevelMembership, Long> {

	List<LevelMembership> findByLevelOrderByJoinedAtAscIdAsc(NetworkLevel level);

	List<LevelMembership> findByOrganisationId(long organisationId);

	boolean existsByLevelAndOrganisationId(NetworkLevel level, long organisationId);

	long countByLevel(NetworkLevel level);

	@Modifying
	@Query("delete from LevelMembership m where m.level = :level and m.organisationId = :organisationId")
	int remove(@Param("level") NetworkLevel level, @Param("organisationId") long organisationId);

}
