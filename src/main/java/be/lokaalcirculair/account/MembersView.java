package be.lokaalcirculair.account;

import java.util.List;

import be.lokaalcirculair.organisation.Organisation;

/**
 * What the page of an organisation's members shows.
 *
 * @param organisation the organisation
 * @param members its members, by name
 * @param self the id of the account looking
 * @param problem why the last action was refused, as a message key, or {@code null}
 */
public record MembersView(Organisation organisation, List<Account> members, long self, String problem) {

	/** Whether the member is the person looking. */
	public boolean isSelf(Account member) {
		return member.getId() == this.self;
	}

	/** The address of the page. */
	public String path() {
		return "/beheer/organisaties/" + this.organisation.getId() + "/leden";
	}

}
