package be.lokaalcirculair.account;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person's account. An account belongs to one organisation once its membership is
 * approved; the organisation, not the person, is the unit that owns fiches.
 */
@Entity
@Table(name = "account")
public class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String email;

	@Column(name = "display_name")
	private String displayName;

	@Column(name = "password_hash")
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	@Column(name = "organisation_id")
	private Long organisationId;

	@Enumerated(EnumType.STRING)
	private Membership membership;

	private boolean coordinator;

	@Column(name = "member_since")
	private Instant memberSince;

	@Column(name = "email_verified")
	private boolean emailVerified;

	private boolean demo;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "sessions_valid_after")
	private Instant sessionsValidAfter;

	@Version
	private long version;

	protected Account() {
	}

	Account(String email, String displayName, String passwordHash, Role role, boolean demo) {
		this.email = normalise(email);
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.role = role;
		this.membership = Membership.NONE;
		this.demo = demo;
		this.createdAt = Instant.now();
	}

	/** E-mail addresses are compared without regard to case or surrounding spaces. */
	static String normalise(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	void verifyEmail() {
		this.emailVerified = true;
	}

	/**
	 * The issuer of an OpenID Connect login vouches for the address. A password chosen
	 * while the address was never confirmed is dropped: whoever chose it need not own the
	 * address.
	 */
	void confirmEmailThroughIssuer() {
		if (!this.emailVerified) {
			this.passwordHash = null;
			this.emailVerified = true;
		}
	}

	void requestMembership(long organisationId) {
		this.organisationId = organisationId;
		this.membership = Membership.REQUESTED;
		this.coordinator = false;
	}

	void decideMembership(boolean approved) {
		this.membership = approved ? Membership.APPROVED : Membership.REJECTED;
		this.memberSince = approved ? Instant.now() : null;
	}

	void joinAsCoordinator(long organisationId) {
		joinOrganisation(organisationId);
		this.coordinator = true;
	}

	/**
	 * Becomes a member (not a coordinator) of the organisation at once, e.g. by an
	 * invitation; an open request to join another one lapses.
	 */
	void joinOrganisation(long organisationId) {
		this.organisationId = organisationId;
		this.membership = Membership.APPROVED;
		this.coordinator = false;
		this.memberSince = Instant.now();
	}

	/** Is removed from the organisation; the organisation keeps its fiches. */
	void leaveOrganisation() {
		this.organisationId = null;
		this.membership = Membership.NONE;
		this.coordinator = false;
		this.memberSince = null;
	}

	void setCoordinator(boolean coordinator) {
		this.coordinator = coordinator;
	}

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
		endAllSessions();
	}

	void endAllSessions() {
		this.sessionsValidAfter = Instant.now();
	}

	public Long getId() {
		return this.id;
	}

	public String getEmail() {
		return this.email;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	public Role getRole() {
		return this.role;
	}

	/** The organisation asked for or belonged to, or {@code null}. */
	public Long getOrganisationId() {
		return this.organisationId;
	}

	public Membership getMembership() {
		return this.membership;
	}

	/** Whether this member manages the organisation's people. */
	public boolean isCoordinator() {
		return this.coordinator;
	}

	/** Since when the account is a member of its organisation, or {@code null}. */
	public Instant getMemberSince() {
		return this.memberSince;
	}

	public boolean isEmailVerified() {
		return this.emailVerified;
	}

	public boolean isDemo() {
		return this.demo;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	/**
	 * Sessions that started before this moment are no longer valid ("log out
	 * everywhere").
	 */
	public Instant getSessionsValidAfter() {
		return this.sessionsValidAfter;
	}

}
