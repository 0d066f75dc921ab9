package be.lokaalcirculair.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import be.lokaalcirculair.organisation.Organisation;
import be.lokaalcirculair.organisation.Organisations;
import be.lokaalcirculair.shared.mail.MailOutbox;

/**
 * What happens to accounts: registration with e-mail verification, asking to join an
 * organisation and deciding on it, ending every session. Every step is audited and every
 * mail goes through the outbox in the same transaction.
 */
@Service
@Transactional
public class AccountManagement {

	static final Duration VERIFICATION_VALIDITY = Duration.ofHours(48), PASSWORD_RESET_VALIDITY = Duration.ofHours(1);

	private final AccountRepository accounts;

	private final AccountTokenRepository tokens;

	private final PasswordEncoder passwords;

	private final MailOutbox mail;

	private final AuditLog audit;

	private final Organisations organisations;

	private final MessageSource messages;

	private final String baseUrl;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final SecureRandom random = new SecureRandom();

	AccountManagement(AccountRepository accounts, AccountTokenRepository tokens, PasswordEncoder passwords,
			MailOutbox mail, AuditLog audit, Organisations organisations, MessageSource messages,
			@Value("${lc.base-url:http://localhost:8080}") String baseUrl, JdbcTemplate jdbc,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
		this.accounts = accounts;
		this.tokens = tokens;
		this.passwords = passwords;
		this.mail = mail;
		this.audit = audit;
		this.organisations = organisations;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	/**
	 * Registers a new account and mails a verification link. When the address already has
	 * an account, nothing is created and its owner is told by mail instead, so that the
	 * form never reveals which addresses have accounts.
	 */
	public void register(RegistrationForm form, Locale locale) {
		String email = Account.normalise(form.email());
		Optional<Account> existing = this.accounts.findByEmail(email);
		if (existing.isPresent()) {
			this.mail.queue(email, text("mail.account.exists.subject", locale),
					text("mail.account.exists.body", locale, this.baseUrl + "/aanmelden"));
			return;
		}
		Account account = this.accounts.save(new Account(email, form.displayName().strip(),
				this.passwords.encode(form.password()), Role.MEMBER, false));
		String token = newToken(account, AccountToken.Purpose.VERIFY_EMAIL, VERIFICATION_VALIDITY);
		this.mail.queue(email, text("mail.account.verify.subject", locale), text("mail.account.verify.body", locale,
				account.getDisplayName(), this.baseUrl + "/registreren/bevestigen?token=" + token));
		this.audit.record(account.getId(), "account.registered", "account:" + account.getId(), null);
	}

	/**
	 * Verifies an e-mail address with the token from the mail; false when the token is
	 * unknown or spent.
	 */
	public boolean verify(String token) {
		Optional<AccountToken> found = findToken(token).filter((t) -> t.isUsable(AccountToken.Purpose.VERIFY_EMAIL));
		if (found.isEmpty()) {
			return false;
		}
		found.get().use();
		Account account = this.accounts.findById(found.get().getAccountId()).orElseThrow();
		account.verifyEmail();
		this.audit.record(account.getId(), "account.verified", "account:" + account.getId(), null);
		return true;
	}

	/**
	 * Mails a link to choose a new password, when the address has a verified account.
	 * Says nothing either way, so that the form never reveals which addresses have
	 * accounts.
	 */
	public void requestPasswordReset(String email, Locale locale) {
		if (email == null || email.length() > 254) {
			return;
		}
		this.accounts.findByEmail(Account.normalise(email)).filter(Account::isEmailVerified).ifPresent((account) -> {
			String token = newToken(account, AccountToken.Purpose.PASSWORD_RESET, PASSWORD_RESET_VALIDITY);
			this.mail.queue(account.getEmail(), text("mail.account.reset.subject", locale),
					text("mail.account.reset.body", locale, account.getDisplayName(),
							this.baseUrl + "/wachtwoord-herstellen?token=" + token));
			this.audit.record(account.getId(), "account.reset-requested", "account:" + account.getId(), null);
		});
	}

	/** Whether a password-reset token can still be used. */
	@Transactional(readOnly = true)
	public boolean isResetTokenUsable(String token) {
		return findToken(token).filter((t) -> t.isUsable(AccountToken.Purpose.PASSWORD_RESET)).isPresent();
	}

	/**
	 * Sets a new password with a reset token, and ends every session of the account.
	 * @return false when the token is unknown, used or expired
	 */
	public boolean resetPassword(String token, String newPassword) {
		Optional<AccountToken> found = findToken(token).filter((t) -> t.isUsable(AccountToken.Purpose.PASSWORD_RESET));
		if (found.isEmpty()) {
			return false;
		}
		found.get().use();
		Account account = this.accounts.findById(found.get().getAccountId()).orElseThrow();
		account.changePassword(this.passwords.encode(newPassword));
		this.audit.record(account.getId(), "account.password-reset", "account:" + account.getId(), null);
		return true;
	}

	/**
	 * Erases an account at its owner's request: the account, its tokens, its links to
	 * OpenID Connect identities and the mails to its address are deleted, its lines in
	 * the audit log no longer name it, and {@link AccountErased} tells the other modules
	 * to drop their references. The organisation keeps its fiches.
	 */
	public void erase(long accountId) {
		Account account = this.accounts.findById(accountId).orElseThrow();
		this.jdbc.update("update audit_log set actor_id = null where actor_id = ?", accountId);
		this.jdbc.update("delete from mail_outbox where recipient = ?", account.getEmail());
		this.jdbc.update("delete from invitation where email = ?", account.getEmail());
		this.jdbc.update("update invitation set invited_by = null where invited_by = ?", accountId);
		this.accounts.delete(account);
		this.audit.record(null, "account.erased", "account:" + accountId, null);
		this.events.publishEvent(new AccountErased(accountId));
	}

	/** Everything the platform holds about an account, for "download my data". */
	@Transactional(readOnly = true)
	public Map<String, Object> personalData(long accountId) {
		Account account = this.accounts.findById(accountId).orElseThrow();
		Map<String, Object> data = new LinkedHashMap<>();
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("id", account.getId());
		details.put("displayName", account.getDisplayName());
		details.put("email", account.getEmail());
		details.put("role", account.getRole().name());
		details.put("emailVerified", account.isEmailVerified());
		details.put("createdAt", account.getCreatedAt().toString());
		details.put("membership", account.getMembership().name());
		details.put("coordinator", account.isCoordinator());
		details.put("organisation", (account.getOrganisationId() != null)
				? this.organisations.organisation(account.getOrganisationId()).map(Organisation::getName).orElse(null)
				: null);
		details.put("memberSince", (account.getMemberSince() != null) ? account.getMemberSince().toString() : null);
		data.put("account", details);
		data.put("invitations", rows(
				"select organisation_id, created_at, expires_at, accepted_at, revoked_at, message from invitation where email = ? order by id",
				account.getEmail()));
		data.put("auditLog",
				rows("select at, action, subject from audit_log where actor_id = ? order by id", accountId));
		data.put("mails",
				rows("select created_at, sent_at, subject, body from mail_outbox where recipient = ? order by id",
						account.getEmail()));
		data.put("oidcLinks",
				rows("select issuer, subject, linked_at from account_oidc_link where account_id = ? order by id",
						accountId));
		// write API (writeapi): the personal API tokens, never their hashes
		data.put("apiTokens", rows(
				"select name, created_at, expires_at, last_used_at, revoked_at from api_token where account_id = ? order by id",
				accountId));
		data.put("revisions", rows(
				"select practice_id, revision_number, action, created_at, moderation_comment from practice_revision where actor_account_id = ? order by id",
				accountId));
		data.put("fiches", rows(
				"select id, slug, title, moderation_state, created_at from practice where author_account_id = ? order by id",
				accountId));
		// network: the person's event registrations
		data.put("eventRegistrations", rows(
				"select e.title, e.starts_at, r.status, r.attendance, r.queued_at from event_registration r join network_event e on e.id = r.event_id where r.account_id = ? order by r.id",
				accountId));
		// network levels: consent to be named on member lists, requests to join a level
		data.put("networkConsents",
				rows("select level, given_at from network_level_consent where account_id = ? order by id", accountId));
		data.put("networkLevelRequests", rows(
				"select level, organisation_id, motivation, status, reason, requested_at, decided_at from network_level_request where requester_account_id = ? order by id",
				accountId));
		return data;
	}

	/**
	 * Rows as maps with lower-case keys, whatever case the database gives its column
	 * names.
	 */
	private List<Map<String, Object>> rows(String sql, Object argument) {
		return this.jdbc.queryForList(sql, argument).stream().map((row) -> {
			Map<String, Object> lower = new LinkedHashMap<>();
			row.forEach((key, value) -> lower.put(key.toLowerCase(Locale.ROOT),
					(value instanceof java.util.Date || value instanceof java.time.temporal.Temporal)
							? String.valueOf(value) : value));
			return lower;
		}).toList();
	}

	/**
	 * The account asks to join an organisation; its coordinators (or else the editors)
	 * decide.
	 */
	public void requestMembership(long accountId, long organisationId, Locale locale) {
		Account account = this.accounts.findById(accountId).orElseThrow();
		Organisation organisation = this.organisations.organisation(organisationId).orElseThrow();
		account.requestMembership(organisation.getId());
		for (Account coordinator : this.accounts.findByOrganisationIdAndMembershipAndCoordinatorTrue(organisationId,
				Membership.APPROVED)) {
			this.mail.queue(coordinator.getEmail(), text("mail.membership.requested.subject", locale),
					text("mail.membership.requested.body", locale, account.getDisplayName(), organisation.getName(),
							this.baseUrl + "/beheer/lidmaatschappen"));
		}
		this.audit.record(accountId, "membership.requested", "organisation:" + organisationId, null);
	}

	/**
	 * Decides on a membership request. Only an editor, or a coordinator of the
	 * organisation asked for, may decide; anyone else gets {@link SecurityException}.
	 */
	public void decideMembership(AccountPrincipal decider, long accountId, boolean approved, Locale locale) {
		Account account = this.accounts.findById(accountId).orElseThrow();
		if (account.getMembership() != Membership.REQUESTED) {
			throw new IllegalStateException("No open request");
		}
		boolean coordinatorOfIt = decider.isCoordinator()
				&& account.getOrganisationId().equals(decider.organisationId());
		if (!decider.isEditor() && !coordinatorOfIt) {
			throw new SecurityException("Not allowed to decide on this membership");
		}
		account.decideMembership(approved);
		String organisationName = this.organisations.organisation(account.getOrganisationId())
			.map(Organisation::getName)
			.orElse("");
		this.mail.queue(account.getEmail(),
				text(approved ? "mail.membership.approved.subject" : "mail.membership.rejected.subject", locale),
				text(approved ? "mail.membership.approved.body" : "mail.membership.rejected.body", locale,
						account.getDisplayName(), organisationName));
		this.audit.record(decider.id(), approved ? "membership.approved" : "membership.rejected",
				"account:" + accountId, "organisation:" + account.getOrganisationId());
	}

	/** Ends every session of the account, this one included. */
	public void endAllSessions(long accountId) {
		this.accounts.findById(accountId).orElseThrow().endAllSessions();
		this.audit.record(accountId, "account.sessions-ended", "account:" + accountId, null);
	}

	/**
	 * The open membership requests a person may decide on: all for editors, their own
	 * organisation's for coordinators.
	 */
	@Transactional(readOnly = true)
	public List<Account> openRequests(AccountPrincipal decider) {
		return this.accounts.findByMembershipOrderByCreatedAtAsc(Membership.REQUESTED)
			.stream()
			.filter((account) -> decider.isEditor()
					|| (decider.isCoordinator() && account.getOrganisationId().equals(decider.organisationId())))
			.toList();
	}

	/** The addresses of the coordinators of an organisation (empty when it has none). */
	@Transactional(readOnly = true)
	public List<String> coordinatorEmails(long organisationId) {
		return this.accounts.findByOrganisationIdAndMembershipAndCoordinatorTrue(organisationId, Membership.APPROVED)
			.stream()
			.map(Account::getEmail)
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<Account> account(long id) {
		return this.accounts.findById(id);
	}

	private String newToken(Account account, AccountToken.Purpose purpose, Duration validity) {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.tokens.save(new AccountToken(hash(token), account.getId(), purpose, validity));
		return token;
	}

	private Optional<AccountToken> findToken(String token) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		return this.tokens.findById(hash(token));
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, key, locale);
	}

}
