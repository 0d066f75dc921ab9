package be.lokaalcirculair.network;

import java.util.UUID;

import org.springframework.context.ApplicationContext;

import be.lokaalcirculair.account.AccountPrincipal;
import be.lokaalcirculair.network.SeriesManagement.Follower;

/** Series made by tests, with sessions linked from the given events. */
final class SeriesFixtures {

	private SeriesFixtures() {
	}

	static MasterclassSeries series(ApplicationContext context, int minimum, NetworkEvent... sessions) {
		SeriesEditing editing = context.getBean(SeriesEditing.class);
		MasterclassSeries series = editing
			.create(new SeriesForm("Testreeks " + UUID.randomUUID(), "Een reeks om te testen.",
					"Wie **genoeg** sessies bijwoont, krijgt een attest.", "gevorderden", String.valueOf(minimum)));
		for (NetworkEvent session : sessions) {
			editing.link(series.getId(), session.getId());
		}
		return context.getBean(SeriesManagement.class).series(series.getId());
	}

	static Follower follower(AccountPrincipal person) {
		return new Follower(person.id(), person.getUsername(), person.displayName(), person.organisationId());
	}

}
