package be.lokaalcirculair.account;

import java.util.List;
import java.util.Map;

import be.lokaalcirculair.organisation.Organisation;
import be.lokaalcirculair.shared.web.FormErrors;

/**
 * What the invitations page of an organisation shows.
 *
 * @param organisation the organisation
 * @param invitations its invitations, newest first
 * @param inviters the names of those who invited, by account id
 * @param form the invitation form, empty or as submitted
 * @param errors what is wrong with the submitted form
 * @param report what became of the addresses just invited, or {@code null}
 */
public record InvitationsView(Organisation organisation, List<Invitation> invitations, Map<Long, String> inviters,
		InvitationForm form, FormErrors errors, InvitationReport report) {

	/** The address of the page. */
	public String path() {
		return "/beheer/organisaties/" + this.organisation.getId() + "/leden/uitnodigingen";
	}

	/** The address of the members page. */
	public String membersPath() {
		return "/beheer/organisaties/" + this.organisation.getId() + "/leden";
	}

	/** Who sent an invitation, or an empty text when that account is gone. */
	public String inviter(Invitation invitation) {
		return (invitation.getInvitedBy() != null) ? this.inviters.getOrDefault(invitation.getInvitedBy(), "") : "";
	}

}
