package be.lokaalcirculair.account;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import be.lokaalcirculair.shared.security.SignedIn;

/**
 * The logged-in account as the rest of the application sees it, however it logged in.
 * Other modules read the account's id, role and (approved) organisation from here to
 * check rights per record. Only this package makes (and extends) it.
 */
public class AccountPrincipal implements UserDetails, CredentialsContainer, SignedIn {

	private final long id;

	private final String email;

	private final String displayName;

	private final Role role;

	private final Long organisationId;

	private final boolean coordinator;

	private final boolean verified;

	private final Instant loggedInAt;

	private String passwordHash;

	AccountPrincipal(Account account) {
		this.id = account.getId();
		this.email = account.getEmail();
		this.displayName = account.getDisplayName();
		this.role = account.getRole();
		this.organisationId = (account.getMembership() == Membership.APPROVED) ? account.getOrganisationId() : null;
		this.coordinator = account.isCoordinator() && this.organisationId != null;
		this.verified = account.isEmailVerified();
		this.passwordHash = account.getPasswordHash();
		this.loggedInAt = Instant.now();
	}

	/** The same login with the rights the account has now. */
	private AccountPrincipal(AccountPrincipal login, Rights rights) {
		this.id = login.id;
		this.email = login.email;
		this.displayName = login.displayName;
		this.verified = login.verified;
		this.loggedInAt = login.loggedInAt;
		this.role = rights.role();
		this.organisationId = rights.organisationId();
		this.coordinator = rights.coordinator() && rights.organisationId() != null;
	}

	/** What this login may do: its role, organisation and whether it coordinates it. */
	Rights rights() {
		return new Rights(this.role, this.organisationId, this.coordinator);
	}

	/**
	 * This login with other rights, e.g. after a coordinator removed the account from the
	 * organisation (see {@link SessionValidity}).
	 */
	AccountPrincipal withRights(Rights rights) {
		return new AccountPrincipal(this, rights);
	}

	public long id() {
		return this.id;
	}

	@Override
	public String displayName() {
		return this.displayName;
	}

	public Role role() {
		return this.role;
	}

	/** The organisation the account is an approved member of, or {@code null}. */
	public Long organisationId() {
		return this.organisationId;
	}

	public boolean isCoordinator() {
		return this.coordinator;
	}

	/** Whether the account is staff of the network (editor or admin). */
	@Override
	public boolean isEditor() {
		return this.role == Role.EDITOR || this.role == Role.ADMIN;
	}

	@Override
	public boolean isAdmin() {
		return this.role == Role.ADMIN;
	}

	Instant loggedInAt() {
		return this.loggedInAt;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.role.authority()));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.email;
	}

	@Override
	public boolean isEnabled() {
		return this.verified;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	/**
	 * What a login may do.
	 *
	 * @param role the role
	 * @param organisationId the organisation the account is an approved member of, or
	 * {@code null}
	 * @param coordinator whether it coordinates that organisation
	 */
	record Rights(Role role, Long organisationId, boolean coordinator) {
	}

}
