package be.lokaalcirculair.network;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The after-care of events.
 *
 * @param reminderDays how many days before the start participants get a reminder
 * @param feedbackDays how many days after the end the feedback form stays open
 */
@ConfigurationProperties("lc.network")
record NetworkFollowUpSettings(@DefaultValue("2") int reminderDays, @DefaultValue("30") int feedbackDays) {

	NetworkFollowUpSettings {
		if (reminderDays < 0 || feedbackDays < 1) {
			throw new IllegalArgumentException("lc.network.reminder-days >= 0 and lc.network.feedback-days >= 1");
		}
	}

}
