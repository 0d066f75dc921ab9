package be.lokaalcirculair.account;

import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.lokaalcirculair.organisation.Organisation;
import be.lokaalcirculair.organisation.Organisations;
import be.lokaalcirculair.shared.mail.MailOutbox;

/**
 * The people of an organisation, as its coordinators (and the network's editors and
 * admins) manage them: who is a member, who coordinates, who leaves. Rights are checked
 * here, per organisation and per member, against the database rather than the session: a
 * coordinator of one organisation never sees or changes another's people. Every change is
 * audited and the person it concerns gets a mail.
 */
@Service
@Transactional
public class OrganisationMembers {

	private final AccountRepository accounts;

	private final Organisations organisations;

	private final MailOutbox mail;

	private final AuditLog audit;

	private final MessageSource messages;

	private final String baseUrl;

	OrganisationMembers(AccountRepository accounts, Organisations organisations, MailOutbox mail, AuditLog audit,
			MessageSource messages, @Value("${lc.base-url:http://localhost:8080}") String baseUrl) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.mail = mail;
		this.audit = audit;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	/**
	 * The organisation, when this person may manage its people: an editor or admin, or a
	 * coordinator of that very organisation.
	 * @throws NoSuchElementException when there is no such organisation
	 * @throws SecurityException when the person may not manage it
	 */
	@Transactional(readOnly = true)
	public Organisation managed(AccountPrincipal person, long organisationId) {
		Organisation organisation = this.organisations.organisation(organisationId).orElseThrow();
		if (!mayManage(person, organisationId)) {
			throw new SecurityException("Not a coordinator of this organisation");
		}
		return organisation;
	}

	/** Whether this person may manage the organisation's people (now). */
	@Transactional(readOnly = true)
	public boolean mayManage(AccountPrincipal person, long organisationId) {
		return person.isEditor() || coordinates(person.id(), organisationId);
	}

	/** The members of an organisation, by name, for someone who may manage it. */
	@Transactional(readOnly = true)
	public List<Account> members(AccountPrincipal person, long organisationId) {
		managed(person, organisationId);
		return this.accounts.findByOrganisationIdAndMembershipOrderByDisplayNameAsc(organisationId,
				Membership.APPROVED);
	}

	/**
	 * One member, for someone who may manage the organisation.
	 * @throws NoSuchElementException when the account is not a member of it
	 */
	@Transactional(readOnly = true)
	public Account member(AccountPrincipal person, long organisationId, long accountId) {
		managed(person, organisationId);
		return memberOf(organisationId, accountId);
	}

	/**
	 * Whether the member is the organisation's only coordinator and the person acting,
	 * who may then neither leave nor step down.
	 */
	@Transactional(readOnly = true)
	public boolean isLastCoordinator(AccountPrincipal person, Account member) {
		return member.getId() == person.id() && member.isCoordinator() && this.accounts
			.countByOrganisationIdAndMembershipAndCoordinatorTrue(member.getOrganisationId(), Membership.APPROVED) <= 1;
	}

	/**
	 * Makes a member coordinator, or no longer.
	 * @throws LastCoordinatorException when the only coordinator would step down
	 */
	public void setCoordinator(AccountPrincipal person, long organisationId, long accountId, boolean coordinator,
			Locale locale) {
		Organisation organisation = managed(person, organisationId);
		Account member = memberOf(organisationId, accountId);
		if (member.isCoordinator() == coordinator) {
			return;
		}
		if (!coordinator && isLastCoordinator(person, member)) {
			throw new LastCoordinatorException();
		}
		member.setCoordinator(coordinator);
		String kind = coordinator ? "promoted" : "demoted";
		notify(member, kind, organisation, locale);
		this.audit.record(person.id(), "member." + kind, "account:" + accountId, "organisation:" + organisationId);
	}

	/**
	 * Removes a member from the organisation; the organisation keeps the fiches the
	 * member wrote, and the member's sessions lose its rights at their next request.
	 * @throws LastCoordinatorException when the only coordinator would remove themself
	 */
	public void remove(AccountPrincipal person, long organisationId, long accountId, Locale locale) {
		Organisation organisation = managed(person, organisationId);
		Account member = memberOf(organisationId, accountId);
		if (isLastCoordinator(person, member)) {
			throw new LastCoordinatorException();
		}
		member.leaveOrganisation();
		notify(member, "removed", organisation, locale);
		this.audit.record(person.id(), "member.removed", "account:" + accountId, "organisation:" + organisationId);
	}

	private boolean coordinates(long accountId, long organisationId) {
		return this.accounts.findById(accountId)
			.filter((account) -> account.getMembership() == Membership.APPROVED && account.isCoordinator()
					&& Long.valueOf(organisationId).equals(account.getOrganisationId()))
			.isPresent();
	}

	private Account memberOf(long organisationId, long accountId) {
		return this.accounts.findById(accountId)
			.filter((account) -> account.getMembership() == Membership.APPROVED
					&& Long.valueOf(organisationId).equals(account.getOrganisationId()))
			.orElseThrow();
	}

	private void notify(Account member, String kind, Organisation organisation, Locale locale) {
		this.mail.queue(member.getEmail(), text("mail.member." + kind + ".subject", locale, organisation.getName()),
				text("mail.member." + kind + ".body", locale, member.getDisplayName(), organisation.getName(),
						this.baseUrl + "/account"));
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, key, locale);
	}

	/**
	 * The organisation's only coordinator tried to step down or leave: someone else must
	 * coordinate first.
	 */
	static class LastCoordinatorException extends RuntimeException {

		LastCoordinatorException() {
			super("The last coordinator cannot step down");
		}

	}

}
