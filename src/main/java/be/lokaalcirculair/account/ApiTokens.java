package be.lokaalcirculair.account;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: made by editors (and admins) for themselves, shown once, kept as a
 * SHA-256 hash, revoked by their owner. A token carries the rights its account has when
 * it is used, so an editor who becomes a member can no longer write with it.
 */
@Service
@Transactional
public class ApiTokens {

	/** What every token starts with, so that secret scanners and people recognise it. */
	public static final String PREFIX = "lc_";

	static final int DEFAULT_DAYS = 90, MAX_DAYS = 365;

	/**
	 * Writing the time of use once a minute is precise enough and spares the database.
	 */
	private static final Duration USE_PRECISION = Duration.ofMinutes(1);

	private final ApiTokenRepository tokens;

	private final AccountRepository accounts;

	private final AuditLog audit;

	private final SecureRandom random = new SecureRandom();

	ApiTokens(ApiTokenRepository tokens, AccountRepository accounts, AuditLog audit) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.audit = audit;
	}

	/**
	 * Makes a token for the person.
	 * @return the plain token: shown once, never stored
	 * @throws SecurityException when the person is not an editor or admin
	 */
	String create(AccountPrincipal person, ApiTokenForm form) {
		requireEditor(person);
		byte[] secret = new byte[32];
		this.random.nextBytes(secret);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		ApiToken saved = this.tokens.save(new ApiToken(person.id(), form.name().strip(), AccountManagement.hash(token),
				Instant.now().plus(Duration.ofDays(form.validDays()))));
		this.audit.record(person.id(), "apitoken.created", "apitoken:" + saved.getId(), null);
		return token;
	}

	/** The person's tokens, newest first. */
	@Transactional(readOnly = true)
	List<ApiToken> of(AccountPrincipal person) {
		return this.tokens.findByAccountIdOrderByCreatedAtDesc(person.id());
	}

	/**
	 * One of the person's own tokens.
	 * @throws java.util.NoSuchElementException for another's token or none (404)
	 */
	@Transactional(readOnly = true)
	ApiToken own(AccountPrincipal person, long id) {
		return this.tokens.findByIdAndAccountId(id, person.id()).orElseThrow();
	}

	/**
	 * Revokes one of the person's own tokens; it no longer opens the API from now on.
	 * @throws java.util.NoSuchElementException for another's token or none (404)
	 */
	void revoke(AccountPrincipal person, long id) {
		ApiToken token = this.tokens.findByIdAndAccountId(id, person.id()).orElseThrow();
		if (token.getRevokedAt() == null) {
			token.revoke();
			this.audit.record(person.id(), "apitoken.revoked", "apitoken:" + id, null);
		}
	}

	/**
	 * The account a token belongs to, when the token is active and its account still
	 * exists and is confirmed; notes when it was used.
	 * @param token the plain token as the client sent it
	 * @return the caller, with the account's current rights, or empty
	 */
	public Optional<ApiTokenPrincipal> authenticate(String token) {
		if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		Optional<ApiToken> found = this.tokens.findByTokenHash(AccountManagement.hash(token))
			.filter(ApiToken::isActive);
		Optional<Account> account = found.flatMap((t) -> this.accounts.findById(t.getAccountId()))
			.filter(Account::isEmailVerified);
		if (account.isEmpty()) {
			return Optional.empty();
		}
		Instant now = Instant.now();
		ApiToken used = found.get();
		if (used.getLastUsedAt() == null || used.getLastUsedAt().isBefore(now.minus(USE_PRECISION))) {
			used.used(now);
		}
		return Optional.of(new ApiTokenPrincipal(account.get(), used.getName()));
	}

	private static void requireEditor(AccountPrincipal person) {
		if (!person.isEditor()) {
			throw new SecurityException("Only editors make API tokens");
		}
	}

}
