package be.lokaalcirculair.organisation;

import java.time.Instant;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/**
 * An organisation that takes part in the network: a municipality, an OCMW, an
 * intermunicipal partnership, a province, a partner. Accounts and fiches belong to an
 * organisation.
 */
@Entity
@Table(name = "organisation")
public class Organisation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String name;

	private OrganisationType type;

	@Column(name = "municipality_nis")
	private String municipalityNis;

	@Column(name = "province_nis")
	private String provinceNis;

	private String description;

	private String website;

	private boolean demo;

	@Column(name = "created_at")
	private Instant createdAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "organisation_member", joinColumns = @JoinColumn(name = "organisation_id"))
	@Column(name = "nis_code")
	private Set<String> memberMunicipalities = new TreeSet<>();

	protected Organisation() {
	}

	Organisation(String slug, String name, OrganisationType type, String municipalityNis, String provinceNis,
			boolean demo) {
		this.slug = slug;
		this.name = name;
		this.type = type;
		this.municipalityNis = municipalityNis;
		this.provinceNis = provinceNis;
		this.demo = demo;
		this.createdAt = Instant.now();
	}

	void describe(String description, String website) {
		this.description = description;
		this.website = website;
	}

	void setMemberMunicipalities(Set<String> nisCodes) {
		this.memberMunicipalities.clear();
		this.memberMunicipalities.addAll(nisCodes);
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public OrganisationType getType() {
		return this.type;
	}

	/** For a municipality (or its OCMW): its NIS code; otherwise {@code null}. */
	public String getMunicipalityNis() {
		return this.municipalityNis;
	}

	/**
	 * The province the organisation works in, or {@code null} when it works beyond one
	 * province.
	 */
	public String getProvinceNis() {
		return this.provinceNis;
	}

	public String getDescription() {
		return this.description;
	}

	public String getWebsite() {
		return this.website;
	}

	/** Whether this organisation was made up for the demo data set. */
	public boolean isDemo() {
		return this.demo;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	/** For an intermunicipal partnership: the NIS codes of its member municipalities. */
	public Set<String> getMemberMunicipalities() {
		return Collections.unmodifiableSet(this.memberMunicipalities);
	}

}
