package be.lokaalcirculair.organisation;

/**
 * The name and type of an organisation, for places that need no more.
 *
 * @param id the organisation's id
 * @param name its name
 * @param type its type
 */
public record OrganisationSummary(long id, String name, OrganisationType type) {
}
