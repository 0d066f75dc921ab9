package be.lokaalcirculair.network;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.lokaalcirculair.account.Account;
import be.lokaalcirculair.account.AccountManagement;
import be.lokaalcirculair.account.AccountPrincipal;
import be.lokaalcirculair.account.Membership;
import be.lokaalcirculair.organisation.Organisation;
import be.lokaalcirculair.organisation.Organisations;
import be.lokaalcirculair.shared.web.FormErrors;

/**
 * What the pages of the network's levels show: the member organisations (and the people
 * who agreed to be named, never their addresses), the upcoming events of the level's
 * tracks, its materials, and where the signed-in person's organisation stands.
 */
@Service
@Transactional(readOnly = true)
public class LevelPages {

	/** The most upcoming events shown on a level's page. */
	static final int UPCOMING = 5;

	private final LevelMembershipRepository members;

	private final LevelRequestRepository requests;

	private final LevelConsentRepository consents;

	private final NetworkEventRepository events;

	private final LevelMaterials materials;

	private final Organisations organisations;

	private final AccountManagement accounts;

	private final Clock clock = Clock.systemUTC();

	LevelPages(LevelMembershipRepository members, LevelRequestRepository requests, LevelConsentRepository consents,
			NetworkEventRepository events, LevelMaterials materials, Organisations organisations,
			AccountManagement accounts) {
		this.members = members;
		this.requests = requests;
		this.consents = consents;
		this.events = events;
		this.materials = materials;
		this.organisations = organisations;
		this.accounts = accounts;
	}

	/** How many organisations each level has. */
	public Map<NetworkLevel, Long> memberCounts() {
		Map<NetworkLevel, Long> counts = new java.util.EnumMap<>(NetworkLevel.class);
		for (NetworkLevel level : NetworkLevel.values()) {
			counts.put(level, this.members.countByLevel(level));
		}
		return counts;
	}

	/** A level's page as this person (or a visitor, {@code null}) sees it. */
	public LevelPageView page(NetworkLevel level, AccountPrincipal person) {
		return new LevelPageView(level, members(level, true), upcoming(level), this.materials.of(level),
				viewer(level, person), "", FormErrors.none(), null);
	}

	/**
	 * The level's member organisations by name.
	 * @param withPeople whether to add the people who agreed to be named
	 */
	public List<LevelMember> members(NetworkLevel level, boolean withPeople) {
		List<LevelMembership> memberships = this.members.findByLevelOrderByJoinedAtAscIdAsc(level);
		Map<Long, Organisation> byId = this.organisations
			.organisations(memberships.stream().map(LevelMembership::getOrganisationId).toList());
		Map<Long, List<String>> people = withPeople ? namedPeople(level) : Map.of();
		List<LevelMember> result = new ArrayList<>();
		for (LevelMembership membership : memberships) {
			Organisation organisation = byId.get(membership.getOrganisationId());
			if (organisation != null) {
				result.add(new LevelMember(organisation, membership.getJoinedAt(),
						people.getOrDefault(organisation.getId(), List.of())));
			}
		}
		result.sort(Comparator.comparing((LevelMember member) -> member.organisation().getName()));
		return result;
	}

	/** The pending requests, oldest first, with their organisations. */
	public List<LevelRequest> pendingRequests() {
		return this.requests.findByStatusOrderByRequestedAtAscIdAsc(LevelRequest.Status.PENDING);
	}

	/** The organisation, or empty. */
	public java.util.Optional<Organisation> organisation(long id) {
		return this.organisations.organisation(id);
	}

	/** The display name of an account, or {@code null} when it is gone. */
	public String accountName(Long accountId) {
		return (accountId != null) ? this.accounts.account(accountId).map(Account::getDisplayName).orElse(null) : null;
	}

	/**
	 * The names of the people, per organisation, who agreed to be named on the level's
	 * list and are (still) approved members of that organisation.
	 */
	private Map<Long, List<String>> namedPeople(NetworkLevel level) {
		Map<Long, List<String>> people = new HashMap<>();
		for (LevelConsent consent : this.consents.findByLevel(level)) {
			this.accounts.account(consent.getAccountId())
				.filter((account) -> account.getMembership() == Membership.APPROVED
						&& account.getOrganisationId() != null && !looksLikeAnAddress(account.getDisplayName()))
				.ifPresent((account) -> people.computeIfAbsent(account.getOrganisationId(), (id) -> new ArrayList<>())
					.add(account.getDisplayName()));
		}
		people.values().forEach((names) -> names.sort(String.CASE_INSENSITIVE_ORDER));
		return people;
	}

	/**
	 * A name taken from an issuer can be an e-mail address (a preferred user name); such
	 * a name is never shown, consent or not.
	 */
	static boolean looksLikeAnAddress(String name) {
		return name == null || name.contains("@");
	}

	private List<NetworkEvent> upcoming(NetworkLevel level) {
		var now = this.clock.instant();
		List<NetworkEvent> result = this.events
			.findAll(
					(root, query, cb) -> cb.and(root.get("track").in(level.tracks()),
							cb.greaterThan(root.get("endsAt"), now), cb.isFalse(root.get("cancelled"))),
					PageRequest.of(0, UPCOMING, Sort.by("startsAt", "id")))
			.getContent();
		result.forEach(EventCatalog::load);
		return result;
	}

	private LevelViewer viewer(NetworkLevel level, AccountPrincipal person) {
		if (person == null) {
			return null;
		}
		boolean consent = this.consents.existsByAccountIdAndLevel(person.id(), level);
		Long organisationId = person.organisationId();
		if (organisationId == null) {
			return new LevelViewer(null, false, false, null, consent);
		}
		return new LevelViewer(this.organisations.organisation(organisationId).orElse(null), person.isCoordinator(),
				this.members.existsByLevelAndOrganisationId(level, organisationId),
				this.requests.findFirstByLevelAndOrganisationIdOrderByRequestedAtDescIdDesc(level, organisationId)
					.orElse(null),
				consent);
	}

}
