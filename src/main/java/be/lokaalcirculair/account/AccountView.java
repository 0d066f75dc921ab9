package be.lokaalcirculair.account;

import java.util.List;

import be.lokaalcirculair.organisation.Organisation;

/**
 * What one's own account page shows.
 *
 * @param account the account
 * @param organisation the organisation asked for or belonged to, or {@code null}
 * @param search what was searched for among organisations, or {@code null}
 * @param candidates the organisations found
 */
public record AccountView(Account account, Organisation organisation, String search, List<Organisation> candidates) {

	/** Whether the account may ask to join an organisation now. */
	public boolean mayRequest() {
		return this.account.getMembership() != Membership.APPROVED;
	}

}
