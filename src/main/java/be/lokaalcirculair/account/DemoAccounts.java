package be.lokaalcirculair.account;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import be.lokaalcirculair.organisation.Organisations;
import be.lokaalcirculair.shared.DemoSettings;

/**
 * One demo account per role, in the embedded default only (never with the
 * {@code postgres} profile), created on first start with random passwords that are
 * printed once on the console, never logged.
 */
@Component
@Order(3)
class DemoAccounts implements ApplicationRunner {

	static final String DOMAIN = "@demo.lokaalcirculair.be";

	/** The demo member belongs to, and coordinates, this municipality (Mechelen). */
	static final String MEMBER_MUNICIPALITY = "12025";

	private final DemoSettings settings;

	private final Environment environment;

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final Organisations organisations;

	private final SecureRandom random = new SecureRandom();

	DemoAccounts(DemoSettings settings, Environment environment, AccountRepository accounts, PasswordEncoder passwords,
			Organisations organisations) {
		this.settings = settings;
		this.environment = environment;
		this.accounts = accounts;
		this.passwords = passwords;
		this.organisations = organisations;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.settings.enabled() || this.environment.acceptsProfiles(Profiles.of("postgres"))
				|| this.accounts.countByDemoTrue() > 0) {
			return;
		}
		Map<String, String> created = new LinkedHashMap<>();
		for (Role role : Role.values()) {
			String email = role.name().toLowerCase(java.util.Locale.ROOT) + DOMAIN;
			String password = password();
			Account account = new Account(email, "Demo " + role.name().toLowerCase(java.util.Locale.ROOT),
					this.passwords.encode(password), role, true);
			account.verifyEmail();
			if (role == Role.MEMBER) {
				this.organisations.organisationOfMunicipality(MEMBER_MUNICIPALITY)
					.ifPresent((organisation) -> account.joinAsCoordinator(organisation.getId()));
			}
			this.accounts.save(account);
			created.put(email, password);
		}
		StringBuilder notice = new StringBuilder("\n=== Demo accounts (shown once; not stored in readable form) ===\n");
		created.forEach((email, password) -> notice.append(String.format("  %-40s %s%n", email, password)));
		notice.append("================================================================\n");
		System.out.println(notice);
	}

	private String password() {
		char[] alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
		char[] password = new char[16];
		for (int i = 0; i < password.length; i++) {
			password[i] = alphabet[this.random.nextInt(alphabet.length)];
		}
		String result = new String(password);
		Arrays.fill(password, ' ');
		return result;
	}

}
