package be.lokaalcirculair.account;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.lokaalcirculair.organisation.Organisation;
import be.lokaalcirculair.shared.mail.MailOutbox;

/**
 * Invitations to join an organisation. A coordinator (or an editor) invites addresses;
 * each gets a mail with a single-use link that works for {@link #VALIDITY} (what the link
 * does: {@link InvitationAcceptance}). Invitations are listed with their state and can be
 * revoked while open. Every step is audited.
 */
@Service
@Transactional
public class Invitations {

	static final Duration VALIDITY = Duration.ofDays(14);

	/** The most invitations an organisation sends in a day, against misuse. */
	static final int MAX_PER_DAY = 100;

	private final InvitationRepository invitations;

	private final AccountRepository accounts;

	private final OrganisationMembers members;

	private final MailOutbox mail;

	private final AuditLog audit;

	private final MessageSource messages;

	private final String baseUrl;

	private final SecureRandom random = new SecureRandom();

	Invitations(InvitationRepository invitations, AccountRepository accounts, OrganisationMembers members,
			MailOutbox mail, AuditLog audit, MessageSource messages,
			@Value("${lc.base-url:http://localhost:8080}") String baseUrl) {
		this.invitations = invitations;
		this.accounts = accounts;
		this.members = members;
		this.mail = mail;
		this.audit = audit;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	/**
	 * Invites the addresses (valid, at most {@link InvitationForm#MAX_ADDRESSES}) to the
	 * organisation. Members are skipped; an address with an open invitation gets a new
	 * link and the old one stops working.
	 * @throws SecurityException when the person may not manage the organisation
	 * @throws TooManyInvitationsException when the organisation would exceed
	 * {@link #MAX_PER_DAY}
	 */
	public InvitationReport invite(AccountPrincipal person, long organisationId, InvitationForm form, Locale locale) {
		Organisation organisation = this.members.managed(person, organisationId);
		List<String> members = new ArrayList<>();
		List<String> toInvite = new ArrayList<>();
		for (String email : new LinkedHashSet<>(form.addresses())) {
			boolean member = this.accounts.findByEmail(email)
				.filter((account) -> account.getMembership() == Membership.APPROVED
						&& Long.valueOf(organisationId).equals(account.getOrganisationId()))
				.isPresent();
			(member ? members : toInvite).add(email);
		}
		if (this.invitations.countByOrganisationIdAndCreatedAtAfter(organisationId,
				Instant.now().minus(Duration.ofDays(1))) + toInvite.size() > MAX_PER_DAY) {
			throw new TooManyInvitationsException();
		}
		String inviter = this.accounts.findById(person.id()).map(Account::getDisplayName).orElse("");
		List<String> renewed = new ArrayList<>();
		for (String email : toInvite) {
			if (revokeOpen(person, organisationId, email)) {
				renewed.add(email);
			}
			send(person, organisation, email, form.personalMessage(), inviter, locale);
		}
		return new InvitationReport(toInvite, renewed, members, form.duplicates());
	}

	/**
	 * Revokes an open invitation of the organisation.
	 * @return false when it was no longer open (accepted, expired or revoked)
	 * @throws NoSuchElementException when the organisation has no such invitation
	 */
	public boolean revoke(AccountPrincipal person, long organisationId, long invitationId) {
		this.members.managed(person, organisationId);
		Invitation invitation = this.invitations.findById(invitationId)
			.filter((i) -> i.getOrganisationId() == organisationId)
			.orElseThrow();
		if (invitation.getState() != Invitation.State.OPEN) {
			return false;
		}
		invitation.revoke();
		this.audit.record(person.id(), "invitation.revoked", "invitation:" + invitationId,
				"organisation:" + organisationId);
		return true;
	}

	/** The organisation's invitations, newest first, for someone who may manage it. */
	@Transactional(readOnly = true)
	public List<Invitation> ofOrganisation(AccountPrincipal person, long organisationId) {
		this.members.managed(person, organisationId);
		return this.invitations.findByOrganisationIdOrderByCreatedAtDesc(organisationId);
	}

	private boolean revokeOpen(AccountPrincipal person, long organisationId, String email) {
		boolean revoked = false;
		for (Invitation open : this.invitations.findByOrganisationIdAndEmail(organisationId, email)) {
			if (open.getState() == Invitation.State.OPEN) {
				open.revoke();
				this.audit.record(person.id(), "invitation.revoked", "invitation:" + open.getId(),
						"organisation:" + organisationId);
				revoked = true;
			}
		}
		return revoked;
	}

	private void send(AccountPrincipal person, Organisation organisation, String email, String message, String inviter,
			Locale locale) {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Invitation invitation = this.invitations.save(new Invitation(organisation.getId(), email,
				AccountManagement.hash(token), message, person.id(), VALIDITY));
		String personal = (message != null) ? text("mail.invitation.message", locale, inviter, message) : "";
		this.mail.queue(email, text("mail.invitation.subject", locale, organisation.getName()),
				text("mail.invitation.body", locale, inviter, organisation.getName(), personal,
						this.baseUrl + "/uitnodiging?token=" + token, VALIDITY.toDays()));
		this.audit.record(person.id(), "invitation.sent", "invitation:" + invitation.getId(),
				"organisation:" + organisation.getId());
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, key, locale);
	}

	/** The organisation sent as many invitations today as it may. */
	static class TooManyInvitationsException extends RuntimeException {

		TooManyInvitationsException() {
			super("Too many invitations today");
		}

	}

}
