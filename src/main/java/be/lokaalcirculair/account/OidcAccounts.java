package be.lokaalcirculair.account;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the account a login through OpenID Connect belongs to, links it or makes it. The
 * issuer is trusted to say who a person is; it is trusted to own an address only where it
 * says it verified it.
 */
@Service
@Transactional
class OidcAccounts {

	private final AccountRepository accounts;

	private final OidcLinkRepository links;

	private final AuditLog audit;

	OidcAccounts(AccountRepository accounts, OidcLinkRepository links, AuditLog audit) {
		this.accounts = accounts;
		this.links = links;
		this.audit = audit;
	}

	/**
	 * The account this identity logs in to: the one linked to it; else the account with
	 * the same address, when the issuer verified that address (the identity is linked to
	 * it from now on); else a new verified account without a password, a member of no
	 * organisation yet. Every login is audited.
	 * @throws NotLinkable when the issuer gave no address, or one that an account has but
	 * that the issuer did not verify
	 */
	Account signIn(OidcIdentity identity) {
		Account account = this.links.findByIssuerAndSubject(identity.issuer(), identity.subject())
			.map((link) -> this.accounts.findById(link.getAccountId()).orElseThrow())
			.orElseGet(() -> link(identity));
		this.audit.record(account.getId(), "account.login-oidc", "account:" + account.getId(), null);
		return account;
	}

	private Account link(OidcIdentity identity) {
		if (identity.email() == null) {
			throw new NotLinkable();
		}
		Account account = this.accounts.findByEmail(identity.email())
			.map((existing) -> linkExisting(existing, identity))
			.orElseGet(() -> create(identity));
		this.links.save(new OidcLink(identity.issuer(), identity.subject(), account.getId()));
		return account;
	}

	private Account linkExisting(Account account, OidcIdentity identity) {
		if (!identity.emailVerified()) {
			throw new NotLinkable();
		}
		boolean confirmedNow = !account.isEmailVerified();
		account.confirmEmailThroughIssuer();
		this.audit.record(account.getId(), "account.oidc-linked", "account:" + account.getId(),
				confirmedNow ? "address confirmed by the issuer" : null);
		return account;
	}

	private Account create(OidcIdentity identity) {
		Account account = new Account(identity.email(), identity.displayName(), null, Role.MEMBER, false);
		account.verifyEmail();
		account = this.accounts.save(account);
		this.audit.record(account.getId(), "account.registered", "account:" + account.getId(), "oidc");
		return account;
	}

	/** The login cannot be tied to an account without risking someone else's. */
	static final class NotLinkable extends RuntimeException {

		NotLinkable() {
			super("OpenID Connect identity cannot be linked to an account", null, false, false);
		}

	}

}
