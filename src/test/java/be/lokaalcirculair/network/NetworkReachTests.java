package be.lokaalcirculair.network;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import be.lokaalcirculair.account.AccountFixtures;
import be.lokaalcirculair.account.AccountPrincipal;
import be.lokaalcirculair.account.Role;
import be.lokaalcirculair.network.NetworkReach.Reached;
import be.lokaalcirculair.network.Registration.Attendance;
import be.lokaalcirculair.network.Registration.Status;
import be.lokaalcirculair.network.RegistrationManagement.Participant;
import be.lokaalcirculair.support.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Attendance is what counts as reached: only those marked present, each person once, with
 * their organisation and its municipality.
 */
@PlatformTest
class NetworkReachTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	RegistrationManagement registrations;

	@Autowired
	RegistrationRepository repository;

	@Autowired
	EventManagement events;

	@Autowired
	NetworkReach reach;

	@Test
	void onlyThosePresentCountEachOnceWithTheirOrganisation() {
		Instant from = Instant.now().plus(Duration.ofDays(40));
		NetworkEvent first = NetworkFixtures.event(this.context, 10, 41);
		NetworkEvent second = NetworkFixtures.event(this.context, 10, 42);
		AccountPrincipal came = AccountFixtures.create(this.context, "bereik.aanwezig@example.org", Role.MEMBER,
				"12025");
		AccountPrincipal stayedHome = AccountFixtures.create(this.context, "bereik.afwezig@example.org", Role.MEMBER,
				"12025");
		for (NetworkEvent event : List.of(first, second)) {
			this.registrations.register(event.getId(),
					new Participant(came.id(), came.getUsername(), "Aanwezig Lid", came.organisationId()));
			mark(event, this.registrations.of(event.getId(), came.id()).orElseThrow(), Attendance.PRESENT);
		}
		this.registrations.register(first.getId(),
				new Participant(stayedHome.id(), stayedHome.getUsername(), "Afwezig Lid", stayedHome.organisationId()));
		mark(first, this.registrations.of(first.getId(), stayedHome.id()).orElseThrow(), Attendance.ABSENT);
		mark(second, guest(second, "bereik.gast@example.org", "Kringwinkel Noord"), Attendance.PRESENT);

		List<Reached> reached = this.reach.attendedBetween(from, from.plus(Duration.ofDays(5)));
		assertThat(reached).extracting(Reached::name).containsExactlyInAnyOrder("Aanwezig Lid", "Gast");
		Reached member = reached.stream().filter((r) -> r.name().equals("Aanwezig Lid")).findFirst().orElseThrow();
		assertThat(member.organisation()).isEqualTo("Mechelen");
		assertThat(member.municipalityNis()).isEqualTo("12025");
		assertThat(reached).contains(new Reached("Gast", null, "Kringwinkel Noord", null));
		assertThat(this.reach.attendedBetween(from.plus(Duration.ofDays(5)), from.plus(Duration.ofDays(9))))
			.as("another period")
			.isEmpty();
	}

	private Registration guest(NetworkEvent event, String email, String organisation) {
		return this.context.getBean(TransactionTemplate.class).execute((tx) -> {
			Registration registration = new Registration(event.getId(), null, email, "Gast");
			registration.organisation(null, organisation);
			registration.queue(Status.CONFIRMED, Tokens.hash(Tokens.random()));
			return this.repository.save(registration);
		});
	}

	private void mark(NetworkEvent event, Registration registration, Attendance attendance) {
		this.events.mark(event.getId(), registration.getId(), attendance);
	}

}
