package be.lokaalcirculair.account;

import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import be.lokaalcirculair.organisation.Organisations;

/** Accounts made by tests, verified, with a known password. */
public final class AccountFixtures {

	public static final String PASSWORD = "een-lang-testwachtwoord";

	private AccountFixtures() {
	}

	/**
	 * A verified account with this role, member (and coordinator) of the municipality
	 * when given.
	 */
	public static AccountPrincipal create(ApplicationContext context, String email, Role role, String municipality) {
		AccountRepository accounts = context.getBean(AccountRepository.class);
		PasswordEncoder passwords = context.getBean(PasswordEncoder.class);
		Organisations organisations = context.getBean(Organisations.class);
		return context.getBean(TransactionTemplate.class).execute((status) -> {
			Account account = accounts.findByEmail(email).orElseGet(() -> {
				Account created = new Account(email, "Test " + role.name().toLowerCase(), passwords.encode(PASSWORD),
						role, false);
				created.verifyEmail();
				if (municipality != null) {
					created.joinAsCoordinator(
							organisations.organisationOfMunicipality(municipality).orElseThrow().getId());
				}
				return accounts.save(created);
			});
			return new AccountPrincipal(account);
		});
	}

}
