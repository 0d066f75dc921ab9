package be.lokaalcirculair.account;

import java.io.Serializable;
import java.util.List;

/**
 * What became of the addresses of one round of invitations, shown to the coordinator
 * after sending.
 *
 * @param sent the addresses that got a new invitation
 * @param renewed of these, the addresses that had an open invitation, whose link no
 * longer works
 * @param members the addresses of people who already are members, not invited
 * @param duplicates the addresses given more than once, invited once
 */
public record InvitationReport(List<String> sent, List<String> renewed, List<String> members,
		List<String> duplicates) implements Serializable {

	public InvitationReport {
		sent = List.copyOf(sent);
		renewed = List.copyOf(renewed);
		members = List.copyOf(members);
		duplicates = List.copyOf(duplicates);
	}

}
