package be.lokaalcirculair.account;

import java.time.Instant;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** API tokens made by tests, also for accounts and states the page does not allow. */
public final class ApiTokenFixtures {

	private ApiTokenFixtures() {
	}

	/**
	 * A token of the account, valid until the given moment (in the past for an expired
	 * one), revoked when asked.
	 * @return the plain token
	 */
	public static String token(ApplicationContext context, AccountPrincipal owner, String name, Instant expiresAt,
			boolean revoked) {
		String token = ApiTokens.PREFIX + "test-" + java.util.UUID.randomUUID();
		context.getBean(TransactionTemplate.class).executeWithoutResult((status) -> {
			ApiToken saved = new ApiToken(owner.id(), name, AccountManagement.hash(token), expiresAt);
			if (revoked) {
				saved.revoke();
			}
			context.getBean(ApiTokenRepository.class).save(saved);
		});
		return token;
	}

	/** An active token of the account, valid for a day. */
	public static String token(ApplicationContext context, AccountPrincipal owner, String name) {
		return token(context, owner, name, Instant.now().plusSeconds(86_400), false);
	}

}
