package be.lokaalcirculair.network;

import java.time.Instant;

import org.springframework.stereotype.Component;

import be.lokaalcirculair.account.AccountPrincipal;

/** Builds the after-care part of an event's page for whoever looks at it. */
@Component
class FollowUps {

	private final EventMaterials materials;

	private final EventFeedbacks feedbacks;

	FollowUps(EventMaterials materials, EventFeedbacks feedbacks) {
		this.materials = materials;
		this.feedbacks = feedbacks;
	}

	EventFollowUp of(NetworkEvent event, AccountPrincipal person) {
		boolean feedbackOpen = person != null
				&& this.feedbacks.access(event, person.id(), Instant.now()) == EventFeedbacks.Access.OPEN;
		return new EventFollowUp(this.materials.visibleTo(event.getId(), person), feedbackOpen,
				FeedbackController.url(event));
	}

}
