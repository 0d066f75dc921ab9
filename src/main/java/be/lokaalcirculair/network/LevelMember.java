package be.lokaalcirculair.network;

import java.time.Instant;
import java.util.List;

import be.lokaalcirculair.organisation.Organisation;

/**
 * An organisation on a level's member list.
 *
 * @param organisation the organisation
 * @param joinedAt since when it is a member
 * @param people the names of its people who agreed to be named (never their addresses)
 */
public record LevelMember(Organisation organisation, Instant joinedAt, List<String> people) {
}
