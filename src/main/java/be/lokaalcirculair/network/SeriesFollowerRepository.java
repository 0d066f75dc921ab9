package be.lokaalcirculair.network;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SeriesFollowerRepository extends JpaRepository<SeriesFollower, Long> {

	Optional<SeriesFollower> findBySeriesIdAndAccountId(long seriesId, long accountId);

	List<SeriesFollower> findBySeriesIdOrderByDisplayNameAscIdAsc(long seriesId);

	long countBySeriesId(long seriesId);

	/** People who follow at least one series, each counted once. */
	@Query("select count(distinct f.accountId) from SeriesFollower f")
	long countDistinctFollowers();

}
