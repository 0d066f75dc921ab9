package be.lokaalcirculair.shared.security;

/**
 * What the page layout needs to know of the person logged in. Implemented by the account
 * module's principal, so that the layout depends on no module.
 */
public interface SignedIn {

	/** The name to greet. */
	String displayName();

	/** Whether the person is staff of the network (editor or admin). */
	boolean isEditor();

	/** Whether the person operates the platform. */
	boolean isAdmin();

}
