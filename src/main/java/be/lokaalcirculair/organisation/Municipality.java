package be.lokaalcirculair.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A municipality as it exists since 1 January 2025, identified by its NIS code. Reference
 * data: loaded from the Statbel-derived CSV, never edited in the application.
 */
@Entity
@Table(name = "municipality")
public class Municipality {

	@Id
	@Column(name = "nis_code")
	private String nisCode;

	private String name;

	@Column(name = "arrondissement_nis")
	private String arrondissementNis;

	@Column(name = "arrondissement_name")
	private String arrondissementName;

	@Column(name = "province_nis")
	private String provinceNis;

	@Column(name = "province_name")
	private String provinceName;

	@jakarta.persistence.Convert(converter = RegionConverter.class)
	private Region region;

	@Column(name = "merged_2025")
	private boolean merged2025;

	private int population;

	private Double latitude;

	private Double longitude;

	protected Municipality() {
	}

	Municipality(String nisCode, String name, String arrondissementNis, String arrondissementName, String provinceNis,
			String provinceName, Region region, boolean merged2025, int population) {
		this.nisCode = nisCode;
		this.name = name;
		this.arrondissementNis = arrondissementNis;
		this.arrondissementName = arrondissementName;
		this.provinceNis = provinceNis;
		this.provinceName = provinceName;
		this.region = region;
		this.merged2025 = merged2025;
		this.population = population;
	}

	void locateAt(double latitude, double longitude) {
		this.latitude = latitude;
		this.longitude = longitude;
	}

	public String getNisCode() {
		return this.nisCode;
	}

	public String getName() {
		return this.name;
	}

	public String getArrondissementNis() {
		return this.arrondissementNis;
	}

	public String getArrondissementName() {
		return this.arrondissementName;
	}

	/**
	 * The province, or {@code null} for the Brussels municipalities, which belong to
	 * none.
	 */
	public Province getProvince() {
		return (this.provinceNis != null) ? new Province(this.provinceNis, this.provinceName) : null;
	}

	public Region getRegion() {
		return this.region;
	}

	public boolean isMerged2025() {
		return this.merged2025;
	}

	/**
	 * Population on 1 January 2020, summed over the municipalities that merged into this
	 * one.
	 */
	public int getPopulation() {
		return this.population;
	}

	public PopulationClass getPopulationClass() {
		return PopulationClass.of(this.population);
	}

	/**
	 * Latitude of the centre of the municipality's area (WGS84), or {@code null} when
	 * unknown.
	 */
	public Double getLatitude() {
		return this.latitude;
	}

	/**
	 * Longitude of the centre of the municipality's area (WGS84), or {@code null} when
	 * unknown.
	 */
	public Double getLongitude() {
		return this.longitude;
	}

}
