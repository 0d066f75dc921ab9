package be.lokaalcirculair.organisation;

import java.util.List;

import be.lokaalcirculair.shared.web.LinkedData;
import be.lokaalcirculair.shared.web.Ui;

/**
 * How organisations and municipalities are described in schema.org terms, for their own
 * pages and wherever a page names them (the lead organisation of a fiche).
 */
public final class OrganisationLinkedData {

	private static final List<OrganisationType> GOVERNMENT = List.of(OrganisationType.GEMEENTE, OrganisationType.OCMW,
			OrganisationType.INTERGEMEENTELIJK_SAMENWERKINGSVERBAND, OrganisationType.PROVINCIE,
			OrganisationType.AUTONOOM_GEMEENTEBEDRIJF);

	private OrganisationLinkedData() {
	}

	/** The organisation as a nested node: its kind, name and page. */
	public static LinkedData node(Organisation organisation, Ui ui) {
		return LinkedData.node(type(organisation))
			.with("name", organisation.getName())
			.with("url", ui.absoluteUrl("/organisaties/" + organisation.getSlug()));
	}

	/** A municipality as a place in Belgium. */
	public static LinkedData place(Municipality municipality) {
		return LinkedData.node("Place")
			.with("name", municipality.getName())
			.with("address",
					LinkedData.node("PostalAddress")
						.with("addressLocality", municipality.getName())
						.with("addressRegion",
								(municipality.getProvince() != null) ? municipality.getProvince().name() : null)
						.with("addressCountry", "BE"))
			.with("geo",
					(municipality.getLatitude() != null && municipality.getLongitude() != null)
							? LinkedData.node("GeoCoordinates")
								.with("latitude", municipality.getLatitude())
								.with("longitude", municipality.getLongitude())
							: null);
	}

	/** The JSON-LD of an organisation's page. */
	public static String page(OrganisationView view, Ui ui) {
		Organisation organisation = view.organisation();
		return LinkedData.document(type(organisation))
			.with("name", organisation.getName())
			.with("url", ui.absoluteUrl("/organisaties/" + organisation.getSlug()))
			.with("description", organisation.getDescription())
			.with("sameAs", organisation.getWebsite())
			.with("identifier",
					(view.municipality() != null) ? LinkedData.node("PropertyValue")
						.with("propertyID", "NIS")
						.with("value", view.municipality().getNisCode()) : null)
			.with("location", (view.municipality() != null) ? place(view.municipality()) : null)
			.toScript();
	}

	private static String type(Organisation organisation) {
		return GOVERNMENT.contains(organisation.getType()) ? "GovernmentOrganization" : "Organization";
	}

}
