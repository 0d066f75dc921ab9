package be.lokaalcirculair.network;

import java.util.NoSuchElementException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.lokaalcirculair.account.AccountPrincipal;

/**
 * What organisations and editors do with the levels of the network: an organisation's
 * coordinator joins the open level at once, asks to join the deepening level, or leaves;
 * an editor decides on requests and removes members. A person gives or revokes consent to
 * be named on a level's member list. Refusals throw {@link LevelRefused}; a person who
 * may not act for an organisation gets {@link SecurityException}.
 */
@Service
@Transactional
public class LevelManagement {

	private final LevelMembershipRepository members;

	private final LevelRequestRepository requests;

	private final LevelConsentRepository consents;

	private final LevelMails mails;

	LevelManagement(LevelMembershipRepository members, LevelRequestRepository requests, LevelConsentRepository consents,
			LevelMails mails) {
		this.members = members;
		this.requests = requests;
		this.consents = consents;
		this.mails = mails;
	}

	/** The person's organisation joins an open level at once. */
	public void join(AccountPrincipal person, NetworkLevel level) {
		long organisationId = coordinatedOrganisation(person);
		if (!level.isOpen()) {
			throw new LevelRefused("network.levels.refused.on-request");
		}
		if (this.members.existsByLevelAndOrganisationId(level, organisationId)) {
			throw new LevelRefused("network.levels.refused.already-member");
		}
		this.members.save(new LevelMembership(level, organisationId));
	}

	/**
	 * The person's organisation leaves a level (nothing happens when it is no member).
	 */
	public void leave(AccountPrincipal person, NetworkLevel level) {
		this.members.remove(level, coordinatedOrganisation(person));
	}

	/**
	 * The person's organisation asks to join a level that is joined on request. One
	 * request per organisation and level may be pending; a second is refused.
	 */
	public LevelRequest request(AccountPrincipal person, NetworkLevel level, String motivation) {
		long organisationId = coordinatedOrganisation(person);
		if (level.isOpen()) {
			throw new LevelRefused("network.levels.refused.open");
		}
		if (this.members.existsByLevelAndOrganisationId(level, organisationId)) {
			throw new LevelRefused("network.levels.refused.already-member");
		}
		if (this.requests.existsByLevelAndOrganisationIdAndStatus(level, organisationId, LevelRequest.Status.PENDING)) {
			throw new LevelRefused("network.levels.refused.duplicate");
		}
		try {
			return this.requests.saveAndFlush(new LevelRequest(level, organisationId, person.id(), motivation));
		}
		catch (DataIntegrityViolationException ex) {
			// a colleague's request was saved in the meantime: the unique open key caught
			// it
			throw new LevelRefused("network.levels.refused.duplicate");
		}
	}

	/**
	 * An editor approves or refuses a pending request (the URL rule lets only editors
	 * here); the requester gets a mail. An approved organisation becomes a member.
	 * @throws NoSuchElementException when there is no such request
	 */
	public LevelRequest decide(AccountPrincipal editor, long requestId, boolean approved, String reason) {
		if (!editor.isEditor()) {
			throw new SecurityException("Only editors decide on network requests");
		}
		LevelRequest request = this.requests.findById(requestId).orElseThrow();
		if (!request.isPending()) {
			throw new LevelRefused("network.levels.refused.decided");
		}
		request.decide(approved, reason, editor.id());
		if (approved && !this.members.existsByLevelAndOrganisationId(request.getLevel(), request.getOrganisationId())) {
			this.members.save(new LevelMembership(request.getLevel(), request.getOrganisationId()));
		}
		this.mails.decided(request);
		return request;
	}

	/** An editor removes an organisation from a level. */
	public void remove(NetworkLevel level, long organisationId) {
		this.members.remove(level, organisationId);
	}

	/** Gives or revokes the person's consent to be named on the level's member list. */
	public void consent(long accountId, NetworkLevel level, boolean shown) {
		boolean given = this.consents.existsByAccountIdAndLevel(accountId, level);
		if (shown && !given) {
			this.consents.save(new LevelConsent(accountId, level));
		}
		else if (!shown && given) {
			this.consents.revoke(accountId, level);
		}
	}

	/** Only a coordinator acts for an organisation in the network. */
	static long coordinatedOrganisation(AccountPrincipal person) {
		if (person.organisationId() == null || !person.isCoordinator()) {
			throw new SecurityException("Only an organisation's coordinators act for it in the network");
		}
		return person.organisationId();
	}

}
