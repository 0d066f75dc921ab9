package be.lokaalcirculair.account;

/**
 * What an account may do (DESIGN.md section 2). Every account is at least a member; the
 * other roles are for the network's staff and operators.
 */
public enum Role {

	MEMBER, EDITOR, ADVISER, ADMIN;

	/** The authority Spring Security checks, e.g. {@code ROLE_EDITOR}. */
	public String authority() {
		return "ROLE_" + name();
	}

	public String messageKey() {
		return "role." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
