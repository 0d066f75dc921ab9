package be.lokaalcirculair.network;

import java.util.List;
import java.util.Map;

/**
 * The editors' page of the network's levels.
 *
 * @param requests the pending requests, oldest first
 * @param members the member organisations per level
 * @param problem a message key saying why the last decision was refused, or {@code null}
 */
public record LevelAdminView(List<PendingRequest> requests, Map<NetworkLevel, List<LevelMember>> members,
		String problem) {

	/**
	 * A pending request with the names to show.
	 *
	 * @param request the request
	 * @param organisation the organisation's name
	 * @param requester the requester's name, or {@code null} once their account is gone
	 */
	public record PendingRequest(LevelRequest request, String organisation, String requester) {
	}

}
