package be.lokaalcirculair.account;

import java.util.List;
import java.util.Map;

import be.lokaalcirculair.organisation.Organisation;

/**
 * What the membership requests page shows.
 *
 * @param requests the open requests
 * @param organisations the organisations asked for, by id
 */
public record MembershipsView(List<Account> requests, Map<Long, Organisation> organisations) {
}
