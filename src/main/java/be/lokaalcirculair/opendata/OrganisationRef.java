package be.lokaalcirculair.opendata;

import be.lokaalcirculair.organisation.Organisation;

/** A reference to an organisation inside another resource. */
record OrganisationRef(long id, String slug, String name, String type) {

	static OrganisationRef of(Organisation organisation) {
		return (organisation != null) ? new OrganisationRef(organisation.getId(), organisation.getSlug(),
				organisation.getName(), organisation.getType().code()) : null;
	}

}
