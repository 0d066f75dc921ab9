package be.lokaalcirculair.network;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import be.lokaalcirculair.account.AccountFixtures;
import be.lokaalcirculair.account.AccountPrincipal;
import be.lokaalcirculair.account.Role;
import be.lokaalcirculair.network.Registration.Status;
import be.lokaalcirculair.support.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Following a series registers the follower for its upcoming sessions (with the waiting
 * list where a session is full), unfollowing cancels those, following twice changes
 * nothing, and the follower counts come from the data.
 */
@PlatformTest
class SeriesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	SeriesManagement series;

	@Autowired
	RegistrationManagement registrations;

	@Test
	void followingRegistersForEveryUpcomingSessionAndAFullOneGivesTheWaitingList() throws Exception {
		NetworkEvent first = NetworkFixtures.event(this.context, 10, 7);
		NetworkEvent full = NetworkFixtures.event(this.context, 1, 14);
		NetworkEvent past = NetworkFixtures.event(this.context, 10, -7);
		MasterclassSeries series = SeriesFixtures.series(this.context, 2, first, full, past);
		this.registrations.register(full.getId(), new RegistrationManagement.Participant(
				member("reeks.bezetter@example.org").id(), "reeks.bezetter@example.org", "Bezetter"));
		AccountPrincipal member = member("reeks.volger@example.org");

		MvcResult followed = this.mvc
			.perform(post("/activiteiten/reeksen/" + series.getSlug() + "/volgen").with(user(member)).with(csrf()))
			.andReturn();

		assertThat(followed.getResponse().getRedirectedUrl()).isEqualTo("/activiteiten/reeksen/" + series.getSlug());
		assertThat(followed.getFlashMap().get("flash")).isEqualTo("network.series.followed.waiting");
		assertThat(this.registrations.of(first.getId(), member.id()).orElseThrow().getStatus())
			.isEqualTo(Status.CONFIRMED);
		assertThat(this.registrations.of(full.getId(), member.id()).orElseThrow().getStatus())
			.isEqualTo(Status.WAITING);
		assertThat(this.registrations.of(past.getId(), member.id())).as("a past session is not registered").isEmpty();
		assertThat(this.series.followerCount(series.getId())).isEqualTo(1);
		assertThat(page(series, member)).contains("U volgt deze reeks")
			.contains("1 volger")
			.contains("Deze reeks niet meer volgen");
	}

	@Test
	void unfollowingCancelsTheUpcomingRegistrationsAndGivesTheSeatToTheNextInLine() throws Exception {
		NetworkEvent session = NetworkFixtures.event(this.context, 1, 10);
		MasterclassSeries series = SeriesFixtures.series(this.context, 1, session);
		AccountPrincipal member = member("reeks.stopper@example.org");
		AccountPrincipal next = member("reeks.wachtende@example.org");
		this.series.follow(series.getId(), SeriesFixtures.follower(member));
		this.series.follow(series.getId(), SeriesFixtures.follower(next));
		assertThat(this.registrations.of(session.getId(), next.id()).orElseThrow().getStatus())
			.isEqualTo(Status.WAITING);

		MvcResult unfollowed = this.mvc
			.perform(post("/activiteiten/reeksen/" + series.getSlug() + "/ontvolgen").with(user(member)).with(csrf()))
			.andReturn();

		assertThat(unfollowed.getFlashMap().get("flash")).isEqualTo("network.series.unfollowed");
		assertThat(this.series.follows(series.getId(), member.id())).isFalse();
		assertThat(this.series.followerCount(series.getId())).isEqualTo(1);
		assertThat(this.registrations.of(session.getId(), member.id()).orElseThrow().getStatus())
			.isEqualTo(Status.CANCELLED);
		assertThat(this.registrations.of(session.getId(), next.id()).orElseThrow().getStatus())
			.isEqualTo(Status.CONFIRMED);
		assertThat(page(series, member)).contains("Deze reeks volgen");
	}

	@Test
	void unfollowingWithoutFollowingLeavesOwnRegistrationsAlone() throws Exception {
		NetworkEvent session = NetworkFixtures.event(this.context, 5, 11);
		MasterclassSeries series = SeriesFixtures.series(this.context, 1, session);
		AccountPrincipal member = member("reeks.los.ingeschreven@example.org");
		this.registrations.register(session.getId(),
				new RegistrationManagement.Participant(member.id(), "reeks.los.ingeschreven@example.org", "Los"));

		this.mvc
			.perform(post("/activiteiten/reeksen/" + series.getSlug() + "/ontvolgen").with(user(member)).with(csrf()));

		assertThat(this.registrations.of(session.getId(), member.id()).orElseThrow().getStatus())
			.isEqualTo(Status.CONFIRMED);
	}

	@Test
	void erasingAnAccountRemovesItsFollows() {
		MasterclassSeries series = SeriesFixtures.series(this.context, 1);
		AccountPrincipal member = member("reeks.gewist@example.org");
		this.series.follow(series.getId(), SeriesFixtures.follower(member));

		this.context.getBean(be.lokaalcirculair.account.AccountManagement.class).erase(member.id());

		assertThat(this.series.followerCount(series.getId())).isZero();
	}

	@Test
	void followingTwiceIsHarmless() throws Exception {
		NetworkEvent session = NetworkFixtures.event(this.context, 5, 12);
		MasterclassSeries series = SeriesFixtures.series(this.context, 1, session);
		AccountPrincipal member = member("reeks.dubbel@example.org");
		for (int i = 0; i < 2; i++) {
			assertThat(this.mvc
				.perform(post("/activiteiten/reeksen/" + series.getSlug() + "/volgen").with(user(member)).with(csrf()))
				.andReturn()
				.getResponse()
				.getRedirectedUrl()).isEqualTo("/activiteiten/reeksen/" + series.getSlug());
		}
		assertThat(this.series.followerCount(series.getId())).isEqualTo(1);
		assertThat(this.registrations.confirmed(session.getId())).isEqualTo(1);
	}

	@Test
	void followerCountsAreCountedFromTheDataEachPersonOnceInTheTotal() {
		MasterclassSeries one = SeriesFixtures.series(this.context, 1, NetworkFixtures.event(this.context, 5, 20));
		MasterclassSeries two = SeriesFixtures.series(this.context, 1);
		long before = this.series.totalFollowers();
		AccountPrincipal both = member("reeks.beide@example.org");
		AccountPrincipal single = member("reeks.een@example.org");
		this.series.follow(one.getId(), SeriesFixtures.follower(both));
		this.series.follow(two.getId(), SeriesFixtures.follower(both));
		this.series.follow(two.getId(), SeriesFixtures.follower(single));

		assertThat(this.series.followerCount(one.getId())).isEqualTo(1);
		assertThat(this.series.followerCount(two.getId())).isEqualTo(2);
		assertThat(this.series.totalFollowers()).isEqualTo(before + 2);
	}

	@Test
	void aSessionAddedLaterRegistersTheFollowers() {
		MasterclassSeries series = SeriesFixtures.series(this.context, 1);
		AccountPrincipal member = member("reeks.later@example.org");
		this.series.follow(series.getId(), SeriesFixtures.follower(member));
		NetworkEvent added = NetworkFixtures.event(this.context, 5, 30);

		this.context.getBean(SeriesEditing.class).link(series.getId(), added.getId());

		assertThat(this.registrations.of(added.getId(), member.id()).orElseThrow().getStatus())
			.isEqualTo(Status.CONFIRMED);
		MasterclassSeries other = SeriesFixtures.series(this.context, 1);
		assertThat(this.context.getBean(SeriesEditing.class).link(other.getId(), added.getId()))
			.as("an event is a session of one series only")
			.isFalse();
	}

	@Test
	void visitorsAreAskedToLogInAndTheAgendaAndTheSessionLinkToTheSeries() throws Exception {
		NetworkEvent session = NetworkFixtures.event(this.context, 5, 9);
		MasterclassSeries series = SeriesFixtures.series(this.context, 1, session);
		assertThat(page(series, null)).contains("Meld u aan om deze reeks te volgen")
			.contains(session.getTitle())
			.doesNotContain("Deze reeks volgen</button>");
		assertThat(html("/activiteiten/" + session.getSlug())).contains("/activiteiten/reeksen/" + series.getSlug());
		assertThat(html("/activiteiten")).contains("href=\"/activiteiten/reeksen\"");
		assertThat(html("/activiteiten/reeksen")).contains(series.getTitle()).contains(DemoSeriesLoader.TITLE);
		assertThat(this.mvc.perform(post("/activiteiten/reeksen/" + series.getSlug() + "/volgen").with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).as("a visitor cannot follow").endsWith("/aanmelden");
	}

	private String html(String url) throws Exception {
		return this.mvc.perform(get(url)).andReturn().getResponse().getContentAsString();
	}

	private String page(MasterclassSeries series, AccountPrincipal person) throws Exception {
		var request = get("/activiteiten/reeksen/" + series.getSlug());
		return this.mvc.perform((person != null) ? request.with(user(person)) : request)
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private AccountPrincipal member(String email) {
		return AccountFixtures.create(this.context, email, Role.MEMBER, "12025");
	}

}
