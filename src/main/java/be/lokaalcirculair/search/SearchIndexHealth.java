package be.lokaalcirculair.search;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The search index's part of {@code /actuator/health}: down until the index agrees with
 * the database, so that a load balancer sends no traffic to a node whose search would
 * miss fiches.
 */
@Component("searchIndexHealthIndicator")
class SearchIndexHealth implements HealthIndicator {

	private final SearchIndex index;

	SearchIndexHealth(SearchIndex index) {
		this.index = index;
	}

	@Override
	public Health health() {
		SearchIndex.Progress progress = this.index.progress();
		return progress.ready() ? Health.up().build() : Health.outOfService().build();
	}

}
