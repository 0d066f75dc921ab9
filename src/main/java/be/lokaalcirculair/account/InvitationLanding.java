package be.lokaalcirculair.account;

import java.util.Locale;

/**
 * What the page behind an invitation's link shows, for the person who opened it.
 *
 * @param kind what the person can do
 * @param invitation the invitation, or {@code null} when the link is forged
 * @param organisationName the organisation invited to, or {@code null}
 * @param inviterName who invited, or {@code null} when that account is gone
 * @param otherOrganisationName the organisation the logged-in account already belongs to,
 * for {@link Kind#OTHER_ORGANISATION}
 * @param token the token of the link, for the forms on the page
 */
public record InvitationLanding(Kind kind, Invitation invitation, String organisationName, String inviterName,
		String otherOrganisationName, String token) {

	/** What the person who opened the link can do. */
	public enum Kind {

		/** Nothing: the link is forged, expired, used or revoked. */
		UNUSABLE,
		/** Create an account with the invited address. */
		SIGN_UP,
		/** Log in first: the invited address has an account. */
		LOG_IN,
		/** Join: logged in with the invited address. */
		ACCEPT,
		/** Nothing: logged in with another address. */
		WRONG_ACCOUNT,
		/** Nothing: the account already belongs to another organisation. */
		OTHER_ORGANISATION,
		/** Nothing: the account already is a member. */
		ALREADY_MEMBER,
		/** Done: the person joined. */
		JOINED

	}

	static InvitationLanding unusable(Invitation invitation) {
		return new InvitationLanding(Kind.UNUSABLE, invitation, null, null, null, null);
	}

	/** The same invitation, seen as another kind. */
	InvitationLanding as(Kind other) {
		return new InvitationLanding(other, this.invitation, this.organisationName, this.inviterName,
				this.otherOrganisationName, this.token);
	}

	/** Why the link does not work, as a message key, for {@link Kind#UNUSABLE}. */
	public String unusableReason() {
		return (this.invitation == null) ? "invitation.unusable.unknown"
				: "invitation.unusable." + this.invitation.getState().name().toLowerCase(Locale.ROOT);
	}

	/** The HTTP status of the page: 200, or 404/410/409/403 when nothing can be done. */
	public int status() {
		return switch (this.kind) {
			case UNUSABLE -> (this.invitation == null) ? 404 : 410;
			case WRONG_ACCOUNT -> 403;
			case OTHER_ORGANISATION -> 409;
			default -> 200;
		};
	}

}
