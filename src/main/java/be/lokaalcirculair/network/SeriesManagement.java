package be.lokaalcirculair.network;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import be.lokaalcirculair.network.Registration.Status;
import be.lokaalcirculair.network.RegistrationManagement.Participant;

/**
 * Following masterclass series. Following means taking part in the whole series: the
 * follower is registered for every session still open for registration, through
 * {@link RegistrationManagement}, so seats and the waiting list work as for a single
 * registration; unfollowing cancels the registrations for the sessions that have not
 * started. Each registration is a transaction of its own (a refused one must not undo the
 * follow), so these methods run outside a transaction.
 */
@Service
public class SeriesManagement {

	private final SeriesRepository series;

	private final SeriesFollowerRepository followers;

	private final NetworkEventRepository events;

	private final RegistrationManagement registrations;

	private final TransactionTemplate transactions;

	private final Clock clock = Clock.systemUTC();

	SeriesManagement(SeriesRepository series, SeriesFollowerRepository followers, NetworkEventRepository events,
			RegistrationManagement registrations, TransactionTemplate transactions) {
		this.series = series;
		this.followers = followers;
		this.events = events;
		this.registrations = registrations;
		this.transactions = transactions;
	}

	/** Every series, by title. */
	public List<MasterclassSeries> all() {
		return this.series.findAllByOrderByTitleAsc();
	}

	/** The series with this slug, if any. */
	public Optional<MasterclassSeries> bySlug(String slug) {
		return this.series.findBySlug(slug);
	}

	/** The series with this id; 404 when there is none. */
	public MasterclassSeries series(long id) {
		return this.series.findById(id).orElseThrow(EventNotFound::new);
	}

	/** The series of which this event is a session, if any. */
	public Optional<MasterclassSeries> seriesOf(long eventId) {
		return this.series.findBySession(eventId);
	}

	/** The sessions of a series, earliest first. */
	public List<NetworkEvent> sessions(MasterclassSeries of) {
		return this.events.findAllById(of.getSessionIds())
			.stream()
			.sorted(Comparator.comparing(NetworkEvent::getStartsAt).thenComparing(NetworkEvent::getId))
			.toList();
	}

	/**
	 * Makes a person follow a series and registers them for its sessions that are still
	 * open. Following twice changes nothing.
	 * @return how many sessions gave a seat and how many a place on the waiting list
	 * @throws EventNotFound when there is no such series
	 */
	public FollowResult follow(long seriesId, Follower person) {
		MasterclassSeries followed = series(seriesId);
		try {
			this.transactions.executeWithoutResult((tx) -> {
				if (this.followers.findBySeriesIdAndAccountId(seriesId, person.accountId()).isEmpty()) {
					this.followers.saveAndFlush(new SeriesFollower(seriesId, person.accountId(), person.email(),
							person.name(), person.organisationId()));
				}
			});
		}
		catch (DataIntegrityViolationException ex) {
			// the same person followed at the same moment (unique key): already following
		}
		int seats = 0, waiting = 0;
		for (NetworkEvent session : sessions(followed)) {
			Status status = register(session, person);
			seats += (status == Status.CONFIRMED) ? 1 : 0;
			waiting += (status == Status.WAITING) ? 1 : 0;
		}
		return new FollowResult(seats, waiting);
	}

	/**
	 * Registers the followers of a series for one of its sessions (when an editor adds
	 * it).
	 */
	void registerFollowers(MasterclassSeries of, NetworkEvent session) {
		for (SeriesFollower follower : followers(of.getId())) {
			register(session, new Follower(follower.getAccountId(), follower.getEmail(), follower.getDisplayName(),
					follower.getOrganisationId()));
		}
	}

	/**
	 * Stops following a series and cancels the person's registrations for its sessions
	 * that have not started (a freed seat goes to the first on the waiting list).
	 */
	public void unfollow(long seriesId, long accountId) {
		MasterclassSeries followed = series(seriesId);
		Boolean was = this.transactions.execute((tx) -> {
			Optional<SeriesFollower> follower = this.followers.findBySeriesIdAndAccountId(seriesId, accountId);
			follower.ifPresent(this.followers::delete);
			return follower.isPresent();
		});
		if (!Boolean.TRUE.equals(was)) {
			// registrations someone made without following are theirs to cancel
			return;
		}
		Instant now = this.clock.instant();
		for (NetworkEvent session : sessions(followed)) {
			boolean active = this.registrations.of(session.getId(), accountId)
				.filter(Registration::isActive)
				.isPresent();
			if (active && !session.isCancelled() && now.isBefore(session.getStartsAt())) {
				try {
					this.registrations.cancel(session.getId(), accountId);
				}
				catch (RegistrationRefused ex) {
					// cancelled in the meantime
				}
			}
		}
	}

	/** Whether the person follows the series. */
	public boolean follows(long seriesId, long accountId) {
		return this.followers.findBySeriesIdAndAccountId(seriesId, accountId).isPresent();
	}

	/** The person's follow of the series, if any. */
	public Optional<SeriesFollower> follower(long seriesId, long accountId) {
		return this.followers.findBySeriesIdAndAccountId(seriesId, accountId);
	}

	/** The followers of a series, by name. */
	public List<SeriesFollower> followers(long seriesId) {
		return this.followers.findBySeriesIdOrderByDisplayNameAscIdAsc(seriesId);
	}

	/** How many people follow this series, counted from the data. */
	public long followerCount(long seriesId) {
		return this.followers.countBySeriesId(seriesId);
	}

	/**
	 * How many people follow at least one series, each counted once: the "masterclass
	 * followers" of the impact report.
	 */
	public long totalFollowers() {
		return this.followers.countDistinctFollowers();
	}

	/** Registers for a session still open, unless already registered; null when not. */
	private Status register(NetworkEvent session, Follower person) {
		boolean active = this.registrations.of(session.getId(), person.accountId())
			.filter(Registration::isActive)
			.isPresent();
		if (active || !session.isOpenForRegistration(this.clock.instant())) {
			return null;
		}
		try {
			return this.registrations.register(session.getId(),
					new Participant(person.accountId(), person.email(), person.name()));
		}
		catch (RegistrationRefused ex) {
			// closed or registered in the meantime: the series is followed all the same
			return null;
		}
	}

	/**
	 * Who follows.
	 *
	 * @param accountId the account
	 * @param email where the registration mails go
	 * @param name the name on participant lists and the certificate
	 * @param organisationId the person's organisation, for the certificate; may be null
	 */
	public record Follower(long accountId, String email, String name, Long organisationId) {
	}

	/**
	 * What following did.
	 *
	 * @param seats sessions that gave a seat
	 * @param waiting sessions where the follower is on the waiting list
	 */
	public record FollowResult(int seats, int waiting) {
	}

}
