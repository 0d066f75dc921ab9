package be.lokaalcirculair.network;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import be.lokaalcirculair.account.AccountFixtures;
import be.lokaalcirculair.account.AccountPrincipal;
import be.lokaalcirculair.account.Role;
import be.lokaalcirculair.network.Registration.Status;
import be.lokaalcirculair.network.RegistrationManagement.Participant;
import be.lokaalcirculair.shared.mail.MailOutbox;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * QUALITY.md S17: 50 members register at the same moment for an event with 10 seats;
 * exactly 10 get a seat and 40 land on the waiting list, each with the right mail. Runs
 * on H2 and on PostgreSQL.
 */
abstract class RegistrationConcurrencyTests {

	static final int PEOPLE = 50, SEATS = 10;

	@Autowired
	ApplicationContext context;

	@Autowired
	RegistrationManagement registrations;

	@Autowired
	MailOutbox outbox;

	@Test
	void fiftySimultaneousRegistrationsForTenSeatsGiveTenSeatsAndFortyOnTheWaitingList() throws Exception {
		NetworkEvent event = NetworkFixtures.event(this.context, SEATS, 30);
		List<AccountPrincipal> people = new ArrayList<>();
		for (int i = 0; i < PEOPLE; i++) {
			people.add(AccountFixtures.create(this.context, "netwerk.gelijktijdig." + i + "@example.org", Role.MEMBER,
					null));
		}
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(PEOPLE);
		List<Future<Status>> outcomes = new ArrayList<>();
		try {
			for (AccountPrincipal person : people) {
				outcomes.add(pool.submit(() -> {
					start.await();
					return this.registrations.register(event.getId(),
							new Participant(person.id(), person.getUsername(), person.displayName()));
				}));
			}
			start.countDown();
			List<Status> statuses = new ArrayList<>();
			for (Future<Status> outcome : outcomes) {
				statuses.add(outcome.get(120, TimeUnit.SECONDS));
			}
			assertThat(statuses).filteredOn((status) -> status == Status.CONFIRMED).hasSize(SEATS);
			assertThat(statuses).filteredOn((status) -> status == Status.WAITING).hasSize(PEOPLE - SEATS);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.registrations.confirmed(event.getId())).isEqualTo(SEATS);
		assertThat(this.registrations.waiting(event.getId())).isEqualTo(PEOPLE - SEATS);
		long seatMails = people.stream()
			.filter((person) -> this.outbox.to(person.getUsername())
				.stream()
				.anyMatch((mail) -> mail.getSubject().equals("Ingeschreven: " + event.getTitle())))
			.count();
		assertThat(seatMails).isEqualTo(SEATS);
	}

}
