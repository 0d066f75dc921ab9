package be.lokaalcirculair.account;

import be.lokaalcirculair.organisation.Organisation;

/**
 * What the page that confirms removing a member shows.
 *
 * @param organisation the organisation
 * @param member the member to remove
 * @param self whether the member is the person looking
 * @param lastCoordinator whether the member is its only coordinator and the person
 * looking, who then cannot leave
 */
public record MemberRemovalView(Organisation organisation, Account member, boolean self, boolean lastCoordinator) {

	/** The address of the members page. */
	public String membersPath() {
		return "/beheer/organisaties/" + this.organisation.getId() + "/leden";
	}

}
