package be.lokaalcirculair.network;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import be.lokaalcirculair.account.AccountPrincipal;
import be.lokaalcirculair.shared.mail.MailOutbox;
import be.lokaalcirculair.shared.mail.OutboxMail;
import be.lokaalcirculair.shared.web.Ui;
import be.lokaalcirculair.support.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A few days before an event its confirmed participants get one reminder, with the time
 * in Belgian time, the place, a working cancellation link and the {@code .ics}; nobody on
 * the waiting list, nobody who cancelled, nobody of a cancelled event. After the event
 * they are asked once for feedback.
 */
@PlatformTest
class EventReminderTests {

	private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

	@Autowired
	ApplicationContext context;

	@Autowired
	FollowUpJob job;

	@Autowired
	MailOutbox outbox;

	@Autowired
	MockMvc mvc;

	@Autowired
	RegistrationManagement registrations;

	@Test
	void confirmedParticipantsGetOneReminderWithTimePlaceCancelLinkAndCalendar() throws Exception {
		NetworkEvent event = NetworkFixtures.event(this.context, 1, 1);
		AccountPrincipal seated = FollowUpFixtures.registered(this.context, event, "herinnering.zit@example.org");
		AccountPrincipal waiting = FollowUpFixtures.registered(this.context, event, "herinnering.wacht@example.org");

		this.job.sendReminders(Instant.now(), Duration.ofDays(2));
		this.job.sendReminders(Instant.now(), Duration.ofDays(2));

		List<OutboxMail> reminders = reminders(seated, event);
		assertThat(reminders).as("sent once, however often the job runs").hasSize(1);
		OutboxMail reminder = reminders.get(0);
		String when = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'om' HH:mm", Locale.forLanguageTag("nl-BE"))
			.format(ZonedDateTime.ofInstant(event.getStartsAt(), Ui.ZONE));
		assertThat(reminder.getBody()).contains(when).contains("om 10:00").contains("Stadhuis, Grote Markt 21");
		assertThat(reminder.getAttachment().fileName()).isEqualTo(event.getSlug() + ".ics");
		EventCalendarTests.parsed(reminder.getAttachment().content());
		assertThat(reminders(waiting, event)).as("not for the waiting list").isEmpty();

		Matcher token = TOKEN.matcher(reminder.getBody());
		assertThat(token.find()).isTrue();
		this.mvc.perform(post("/activiteiten/uitschrijven").param("token", token.group(1)).with(csrf()));
		assertThat(this.registrations.of(event.getId(), seated.id()).orElseThrow().getStatus())
			.as("the reminder's link cancels")
			.isEqualTo(Registration.Status.CANCELLED);
		assertThat(this.registrations.of(event.getId(), waiting.id()).orElseThrow().getStatus())
			.isEqualTo(Registration.Status.CONFIRMED);
	}

	@Test
	void twoNodesRunningAtOnceSendOneReminder() throws Exception {
		NetworkEvent event = NetworkFixtures.event(this.context, 3, 1);
		AccountPrincipal seated = FollowUpFixtures.registered(this.context, event,
				"herinnering.twee.nodes@example.org");
		Instant now = Instant.now();
		java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
		java.util.concurrent.ExecutorService nodes = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			List<java.util.concurrent.Future<Integer>> runs = nodes.invokeAll(List.of(() -> {
				start.await();
				return this.job.sendReminders(now, Duration.ofDays(2));
			}, () -> {
				start.await();
				return this.job.sendReminders(now, Duration.ofDays(2));
			}));
			for (java.util.concurrent.Future<Integer> run : runs) {
				run.get();
			}
		}
		finally {
			nodes.shutdown();
		}
		assertThat(reminders(seated, event)).hasSize(1);
	}

	@Test
	void noReminderForCancelledEventsOrRegistrationsNorBeforeTheConfiguredDays() {
		NetworkEvent cancelledEvent = NetworkFixtures.event(this.context, 5, 1);
		AccountPrincipal ofCancelled = FollowUpFixtures.registered(this.context, cancelledEvent,
				"herinnering.geannuleerd@example.org");
		this.context.getBean(EventManagement.class).cancel(cancelledEvent.getId());
		NetworkEvent event = NetworkFixtures.event(this.context, 5, 1);
		AccountPrincipal withdrew = FollowUpFixtures.registered(this.context, event, "herinnering.af@example.org");
		this.registrations.cancel(event.getId(), withdrew.id());
		NetworkEvent later = NetworkFixtures.event(this.context, 5, 4);
		AccountPrincipal early = FollowUpFixtures.registered(this.context, later, "herinnering.vroeg@example.org");

		this.job.sendReminders(Instant.now(), Duration.ofDays(2));
		assertThat(reminders(ofCancelled, cancelledEvent)).isEmpty();
		assertThat(reminders(withdrew, event)).isEmpty();
		assertThat(reminders(early, later)).as("4 days ahead, reminders 2 days before").isEmpty();

		this.job.sendReminders(Instant.now(), Duration.ofDays(5));
		assertThat(reminders(early, later)).as("with 5 days configured").hasSize(1);
	}

	@Test
	void theNumberOfDaysIsASettingWithDefaultTwo() {
		assertThat(bind(Map.of()).reminderDays()).isEqualTo(2);
		assertThat(bind(Map.of("lc.network.reminder-days", "5")).reminderDays()).isEqualTo(5);
		assertThat(this.context.getBean(NetworkFollowUpSettings.class).reminderDays()).isEqualTo(2);
	}

	@Test
	void afterTheEventParticipantsAreAskedOnceForFeedbackButNotThoseMarkedAbsent() {
		NetworkEvent event = NetworkFixtures.event(this.context, 5, 3);
		AccountPrincipal came = FollowUpFixtures.registered(this.context, event, "feedbackmail.kwam@example.org");
		AccountPrincipal absent = FollowUpFixtures.registered(this.context, event, "feedbackmail.weg@example.org");
		FollowUpFixtures.startedAgo(this.context, event, Duration.ofHours(5));
		long absentRegistration = this.registrations.of(event.getId(), absent.id()).orElseThrow().getId();
		this.context.getBean(EventManagement.class)
			.mark(event.getId(), absentRegistration, Registration.Attendance.ABSENT);

		this.job.inviteFeedback(Instant.now(), Duration.ofDays(30));
		this.job.inviteFeedback(Instant.now(), Duration.ofDays(30));

		List<OutboxMail> invitations = mails(came, "Hoe was " + event.getTitle());
		assertThat(invitations).hasSize(1);
		assertThat(invitations.get(0).getBody()).contains("/activiteiten/" + event.getSlug() + "/feedback");
		assertThat(mails(absent, "Hoe was " + event.getTitle())).isEmpty();
	}

	private static NetworkFollowUpSettings bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("lc.network",
				NetworkFollowUpSettings.class);
	}

	private List<OutboxMail> reminders(AccountPrincipal person, NetworkEvent event) {
		return mails(person, "Herinnering: " + event.getTitle());
	}

	private List<OutboxMail> mails(AccountPrincipal person, String subject) {
		return this.outbox.to(person.getUsername())
			.stream()
			.filter((mail) -> mail.getSubject().startsWith(subject))
			.toList();
	}

}
