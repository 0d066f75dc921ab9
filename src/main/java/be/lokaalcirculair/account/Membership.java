package be.lokaalcirculair.account;

/** Where an account stands with its organisation. */
public enum Membership {

	/** Not yet asked to join an organisation. */
	NONE,
	/** Asked; a coordinator of the organisation or an editor decides. */
	REQUESTED,
	/** A member of the organisation. */
	APPROVED,
	/** The request was turned down; the account may ask another organisation. */
	REJECTED;

	public String messageKey() {
		return "membership." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
