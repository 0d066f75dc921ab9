package be.lokaalcirculair.search;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

import be.lokaalcirculair.practice.Practice;

/**
 * Only published fiches are in the index: the public index never holds a draft, a fiche
 * in review or an archived one. A fiche that leaves the published state is removed from
 * the index when its transaction commits.
 */
class PublishedOnlyRouting implements RoutingBinder {

	@Override
	public void bind(RoutingBindingContext context) {
		context.dependencies().use("moderationState");
		context.bridge(Practice.class, new Bridge());
	}

	static final class Bridge implements RoutingBridge<Practice> {

		@Override
		public void route(DocumentRoutes routes, Object entityIdentifier, Practice practice,
				RoutingBridgeRouteContext context) {
			if (practice.getModerationState().isPublic()) {
				routes.addRoute();
			}
			else {
				routes.notIndexed();
			}
		}

		@Override
		public void previousRoutes(DocumentRoutes routes, Object entityIdentifier, Practice practice,
				RoutingBridgeRouteContext context) {
			// it may have been published before: make sure an old document is deleted
			routes.addRoute();
		}

	}

}
