package be.lokaalcirculair.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A municipality as it existed until 31 December 2024, and the 2025 municipality it
 * became part of (itself, where nothing changed).
 */
@Entity
@Table(name = "former_municipality")
public class FormerMunicipality {

	@Id
	@Column(name = "nis_code")
	private String nisCode;

	private String name;

	@Column(name = "province_nis")
	private String provinceNis;

	@Column(name = "successor_nis")
	private String successorNis;

	@Column(name = "merged_2025")
	private boolean merged2025;

	protected FormerMunicipality() {
	}

	FormerMunicipality(String nisCode, String name, String provinceNis, String successorNis, boolean merged2025) {
		this.nisCode = nisCode;
		this.name = name;
		this.provinceNis = provinceNis;
		this.successorNis = successorNis;
		this.merged2025 = merged2025;
	}

	public String getNisCode() {
		return this.nisCode;
	}

	public String getName() {
		return this.name;
	}

	public String getProvinceNis() {
		return this.provinceNis;
	}

	/** The NIS code of the 2025 municipality this one became (part of). */
	public String getSuccessorNis() {
		return this.successorNis;
	}

	/**
	 * Whether this municipality took part in a merger on 1 January 2025 (also when the
	 * merged municipality kept its code, as Antwerpen did when Borsbeek joined it).
	 */
	public boolean isMerged() {
		return this.merged2025;
	}

}
