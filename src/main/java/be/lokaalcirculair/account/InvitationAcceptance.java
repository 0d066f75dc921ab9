package be.lokaalcirculair.account;

import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.lokaalcirculair.organisation.Organisation;
import be.lokaalcirculair.organisation.Organisations;
import be.lokaalcirculair.shared.mail.MailOutbox;

/**
 * What happens when someone follows an invitation's link. Opening it changes nothing
 * (mail scanners open links too); accepting it is a POST. Whoever accepts joins at once:
 * with the account of the invited address, or with a new account, whose address the link
 * proves. An account belongs to one organisation: a member of another organisation is
 * refused with a clear message (it must be removed from that one first), an open request
 * to join another one lapses. Forged, expired, used and revoked links change nothing.
 */
@Service
@Transactional
public class InvitationAcceptance {

	/**
	 * The language of the mail that tells the inviter the invitation was accepted: the
	 * platform does not keep people's languages, so Dutch, the first language.
	 */
	private static final Locale INVITER_LANGUAGE = Locale.forLanguageTag("nl");

	private final InvitationRepository invitations;

	private final AccountRepository accounts;

	private final Organisations organisations;

	private final PasswordEncoder passwords;

	private final MailOutbox mail;

	private final AuditLog audit;

	private final MessageSource messages;

	private final String baseUrl;

	InvitationAcceptance(InvitationRepository invitations, AccountRepository accounts, Organisations organisations,
			PasswordEncoder passwords, MailOutbox mail, AuditLog audit, MessageSource messages,
			@Value("${lc.base-url:http://localhost:8080}") String baseUrl) {
		this.invitations = invitations;
		this.accounts = accounts;
		this.organisations = organisations;
		this.passwords = passwords;
		this.mail = mail;
		this.audit = audit;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	/**
	 * What the person who opened an invitation's link can do with it; changes nothing.
	 * @param person the person logged in, or {@code null}
	 */
	@Transactional(readOnly = true)
	public InvitationLanding landing(String token, AccountPrincipal person) {
		Optional<Invitation> found = find(token);
		if (found.isEmpty() || found.get().getState() != Invitation.State.OPEN) {
			return InvitationLanding.unusable(found.orElse(null));
		}
		Invitation invitation = found.get();
		String organisation = this.organisations.organisation(invitation.getOrganisationId())
			.map(Organisation::getName)
			.orElse("");
		String inviter = (invitation.getInvitedBy() != null)
				? this.accounts.findById(invitation.getInvitedBy()).map(Account::getDisplayName).orElse(null) : null;
		InvitationLanding landing = new InvitationLanding(InvitationLanding.Kind.SIGN_UP, invitation, organisation,
				inviter, null, token);
		if (person == null) {
			boolean hasAccount = this.accounts.findByEmail(invitation.getEmail())
				.filter(Account::isEmailVerified)
				.isPresent();
			return hasAccount ? landing.as(InvitationLanding.Kind.LOG_IN) : landing;
		}
		return forAccount(landing, this.accounts.findById(person.id()).orElseThrow());
	}

	/**
	 * The logged-in person accepts the invitation and joins the organisation, when it was
	 * sent to their address and they belong to no other organisation.
	 * @return the outcome: {@link InvitationLanding.Kind#JOINED}, or why not
	 */
	public InvitationLanding accept(AccountPrincipal person, String token) {
		InvitationLanding landing = landing(token, person);
		if (landing.kind() != InvitationLanding.Kind.ACCEPT) {
			return landing;
		}
		Account account = this.accounts.findById(person.id()).orElseThrow();
		join(account, landing.invitation());
		return landing.as(InvitationLanding.Kind.JOINED);
	}

	/**
	 * Creates the account of an invited person who has none, with the invited address
	 * (verified: the link proves it), as a member of the organisation. An unverified
	 * account with that address, which never proved it, is replaced.
	 * @return the outcome: {@link InvitationLanding.Kind#JOINED}, or why not
	 */
	public InvitationLanding register(InvitationRegistrationForm form) {
		InvitationLanding landing = landing(form.token(), null);
		if (landing.kind() != InvitationLanding.Kind.SIGN_UP) {
			return landing;
		}
		Invitation invitation = landing.invitation();
		this.accounts.findByEmail(invitation.getEmail()).ifPresent((unverified) -> {
			this.accounts.delete(unverified);
			this.accounts.flush();
		});
		Account account = new Account(invitation.getEmail(), form.displayName().strip(),
				this.passwords.encode(form.password()), Role.MEMBER, false);
		account.verifyEmail();
		account = this.accounts.save(account);
		this.audit.record(account.getId(), "account.registered", "account:" + account.getId(),
				"invitation:" + invitation.getId());
		join(account, invitation);
		return landing.as(InvitationLanding.Kind.JOINED);
	}

	private InvitationLanding forAccount(InvitationLanding landing, Account account) {
		Invitation invitation = landing.invitation();
		if (!account.getEmail().equals(invitation.getEmail())) {
			return landing.as(InvitationLanding.Kind.WRONG_ACCOUNT);
		}
		if (account.getMembership() != Membership.APPROVED) {
			return landing.as(InvitationLanding.Kind.ACCEPT);
		}
		if (Long.valueOf(invitation.getOrganisationId()).equals(account.getOrganisationId())) {
			return landing.as(InvitationLanding.Kind.ALREADY_MEMBER);
		}
		String other = this.organisations.organisation(account.getOrganisationId())
			.map(Organisation::getName)
			.orElse("");
		return new InvitationLanding(InvitationLanding.Kind.OTHER_ORGANISATION, invitation, landing.organisationName(),
				landing.inviterName(), other, landing.token());
	}

	private void join(Account account, Invitation invitation) {
		account.joinOrganisation(invitation.getOrganisationId());
		invitation.accept();
		this.audit.record(account.getId(), "invitation.accepted", "invitation:" + invitation.getId(),
				"organisation:" + invitation.getOrganisationId());
		if (invitation.getInvitedBy() != null) {
			this.accounts.findById(invitation.getInvitedBy())
				.ifPresent((inviter) -> this.mail.queue(inviter.getEmail(),
						text("mail.invitation.accepted.subject", INVITER_LANGUAGE),
						text("mail.invitation.accepted.body", INVITER_LANGUAGE, account.getDisplayName(),
								this.organisations.organisation(invitation.getOrganisationId())
									.map(Organisation::getName)
									.orElse(""),
								this.baseUrl + "/beheer/organisaties/" + invitation.getOrganisationId() + "/leden")));
		}
	}

	private Optional<Invitation> find(String token) {
		if (token == null || token.isEmpty() || token.length() > 100) {
			return Optional.empty();
		}
		return this.invitations.findByTokenHash(AccountManagement.hash(token));
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, key, locale);
	}

}
