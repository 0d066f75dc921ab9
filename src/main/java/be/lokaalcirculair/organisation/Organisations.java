package be.lokaalcirculair.organisation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public API of the organisation module: looks up municipalities (also by their
 * pre-2025 code), provinces and organisations. Lookups served from the reference data
 * kept in memory join a transaction when there is one but never start one: search
 * indexing and imports call them for every fiche.
 */
@Service
@Transactional(readOnly = true)
public class Organisations {

	private final MunicipalityRepository municipalities;

	private final FormerMunicipalityRepository formerMunicipalities;

	private final OrganisationRepository organisations;

	private final JdbcTemplate jdbc;

	private final Map<Long, OrganisationSummary> summaries = new ConcurrentHashMap<>();

	private volatile Reference reference;

	Organisations(MunicipalityRepository municipalities, FormerMunicipalityRepository formerMunicipalities,
			OrganisationRepository organisations, JdbcTemplate jdbc) {
		this.municipalities = municipalities;
		this.formerMunicipalities = formerMunicipalities;
		this.organisations = organisations;
		this.jdbc = jdbc;
	}

	/**
	 * The name and type of an organisation, kept in memory. Read with plain SQL, so that
	 * it is safe to call while an entity manager flushes (as search indexing does).
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Optional<OrganisationSummary> summary(long id) {
		OrganisationSummary summary = this.summaries.get(id);
		if (summary == null) {
			summary = this.jdbc
				.query("select id, name, type from organisation where id = ?",
						(row, n) -> new OrganisationSummary(row.getLong("id"), row.getString("name"),
								OrganisationType.fromCode(row.getString("type")).orElse(OrganisationType.ANDERE)),
						id)
				.stream()
				.findFirst()
				.orElse(null);
			if (summary != null) {
				this.summaries.put(id, summary);
			}
		}
		return Optional.ofNullable(summary);
	}

	/**
	 * The 2025 municipality with this NIS code, or the one a pre-2025 municipality with
	 * this code merged into (11056 Zwijndrecht gives 46030 Beveren-Kruibeke-Zwijndrecht).
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Optional<Municipality> municipality(String nisCode) {
		if (nisCode == null) {
			return Optional.empty();
		}
		Reference reference = reference();
		Municipality municipality = reference.byCode().get(nisCode);
		if (municipality == null && reference.successors().containsKey(nisCode)) {
			municipality = reference.byCode().get(reference.successors().get(nisCode));
		}
		return Optional.ofNullable(municipality);
	}

	/**
	 * The NIS code a user means by a municipality's code or name, of 2025 or before
	 * ("Zwijndrecht" gives 11056, the code it was filed under;
	 * "Beveren-Kruibeke-Zwijndrecht" gives 46030).
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Optional<String> municipalityCode(String codeOrName) {
		if (codeOrName == null || codeOrName.isBlank() || codeOrName.length() > 120) {
			return Optional.empty();
		}
		String text = codeOrName.strip();
		if (text.matches("\\d{5}")) {
			Reference reference = reference();
			return (reference.byCode().containsKey(text) || reference.successors().containsKey(text))
					? Optional.of(text) : Optional.empty();
		}
		String folded = fold(text);
		Optional<String> current = municipalities().stream()
			.filter((m) -> fold(m.getName()).equals(folded))
			.map(Municipality::getNisCode)
			.findFirst();
		return current.or(() -> this.formerMunicipalities.findAll()
			.stream()
			.filter((former) -> fold(former.getName()).equals(folded))
			.map(FormerMunicipality::getNisCode)
			.findFirst());
	}

	/**
	 * Every municipality a name (or code) may mean, as the NIS codes it would be filed
	 * under: none when it is unknown, one when it is clear, more when it is ambiguous (a
	 * name shared by municipalities that are not the same one in 2025). A pre-2025 name
	 * that is also the name of the municipality it merged into counts once, as the 2025
	 * code. Callers report ambiguity; they never pick one.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<String> municipalityCandidates(String codeOrName) {
		if (codeOrName == null || codeOrName.isBlank() || codeOrName.length() > 120) {
			return List.of();
		}
		String text = codeOrName.strip();
		if (text.matches("\\d{5}")) {
			return municipalityCode(text).map(List::of).orElse(List.of());
		}
		String folded = fold(text);
		Map<String, String> bySuccessor = new java.util.LinkedHashMap<>();
		municipalities().stream()
			.filter((m) -> fold(m.getName()).equals(folded))
			.forEach((m) -> bySuccessor.put(m.getNisCode(), m.getNisCode()));
		this.formerMunicipalities.findAll()
			.stream()
			.filter((former) -> fold(former.getName()).equals(folded))
			.forEach((former) -> bySuccessor.putIfAbsent(former.getSuccessorNis(), former.getNisCode()));
		return List.copyOf(bySuccessor.values());
	}

	/**
	 * The organisations with exactly this name (case aside); more than one means the name
	 * is ambiguous.
	 */
	public List<Organisation> organisationsNamed(String name) {
		if (name == null || name.isBlank() || name.length() > 200) {
			return List.of();
		}
		return this.organisations.findByNameIgnoreCase(name.strip());
	}

	private static String fold(String text) {
		return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(java.util.Locale.ROOT);
	}

	/** All municipalities of 2025, by name. */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Municipality> municipalities() {
		return reference().all();
	}

	/**
	 * Reference data never changes while the application runs: it is read once and kept
	 * (a few hundred rows), but only once it has been loaded.
	 */
	private Reference reference() {
		Reference loaded = this.reference;
		if (loaded == null) {
			List<Municipality> all = this.municipalities.findAllByOrderByName();
			Map<String, String> successors = new HashMap<>();
			this.formerMunicipalities.findAll().forEach((f) -> successors.put(f.getNisCode(), f.getSuccessorNis()));
			Map<String, Municipality> byCode = new HashMap<>();
			all.forEach((municipality) -> byCode.put(municipality.getNisCode(), municipality));
			loaded = new Reference(List.copyOf(all), Map.copyOf(byCode), Map.copyOf(successors));
			if (!all.isEmpty()) {
				this.reference = loaded;
			}
		}
		return loaded;
	}

	private record Reference(List<Municipality> all, Map<String, Municipality> byCode, Map<String, String> successors) {
	}

	/**
	 * The municipalities of 2025 with these codes (pre-2025 codes resolved), by name,
	 * without duplicates.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Municipality> municipalities(Collection<String> nisCodes) {
		Map<String, Municipality> found = new TreeMap<>();
		for (String code : nisCodes) {
			municipality(code).ifPresent((municipality) -> found.put(municipality.getNisCode(), municipality));
		}
		return found.values().stream().sorted(Comparator.comparing(Municipality::getName)).toList();
	}

	/**
	 * Every code under which something about these 2025 municipalities may have been
	 * filed: their own codes and the codes of the pre-2025 municipalities that merged
	 * into them.
	 */
	public Set<String> codesIncludingFormer(Collection<String> nisCodes) {
		Set<String> codes = new LinkedHashSet<>(nisCodes);
		this.formerMunicipalities.findBySuccessorNisIn(nisCodes).forEach((former) -> codes.add(former.getNisCode()));
		return codes;
	}

	/**
	 * The pre-2025 municipalities that merged into this 2025 municipality (empty when it
	 * did not merge).
	 */
	public List<FormerMunicipality> formerMunicipalitiesOf(String nisCode) {
		return this.formerMunicipalities.findBySuccessorNisIn(List.of(nisCode))
			.stream()
			.filter(FormerMunicipality::isMerged)
			.sorted(Comparator.comparing(FormerMunicipality::getName))
			.toList();
	}

	/**
	 * The codes of all 2025 municipalities of a province, and of the pre-2025 ones that
	 * merged into them.
	 */
	public Set<String> codesInProvince(String provinceNis) {
		List<String> codes = this.municipalities.findByProvinceNisOrderByName(provinceNis)
			.stream()
			.map(Municipality::getNisCode)
			.toList();
		return codes.isEmpty() ? Set.of() : codesIncludingFormer(codes);
	}

	/** The provinces, by name. */
	public List<Province> provinces() {
		return municipalities().stream()
			.map(Municipality::getProvince)
			.filter((province) -> province != null)
			.distinct()
			.sorted(Comparator.comparing(Province::name))
			.toList();
	}

	/** The province with this NIS code. */
	public Optional<Province> province(String provinceNis) {
		return provinces().stream().filter((province) -> province.nisCode().equals(provinceNis)).findFirst();
	}

	/** The organisation with this id. */
	public Optional<Organisation> organisation(long id) {
		return this.organisations.findById(id);
	}

	/** The organisation with this slug. */
	public Optional<Organisation> organisation(String slug) {
		return this.organisations.findBySlug(slug);
	}

	/** The organisation that stands for a municipality (pre-2025 codes resolved). */
	public Optional<Organisation> organisationOfMunicipality(String nisCode) {
		return municipality(nisCode).flatMap((municipality) -> this.organisations
			.findFirstByTypeAndMunicipalityNis(OrganisationType.GEMEENTE, municipality.getNisCode()));
	}

	/** The organisations with these ids, by id. */
	public Map<Long, Organisation> organisations(Collection<Long> ids) {
		return this.organisations.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(Organisation::getId, Function.identity()));
	}

	/** A page of organisations that meet the filter, in the order the pageable asks. */
	public Page<Organisation> organisations(OrganisationFilter filter, Pageable pageable) {
		return this.organisations.findAll(specification(filter), pageable);
	}

	/** How many organisations of a type there are. */
	public long count(OrganisationType type) {
		return this.organisations.countByType(type);
	}

	private Specification<Organisation> specification(OrganisationFilter filter) {
		List<String> regionCodes = (filter.region() != null) ? municipalities().stream()
			.filter((municipality) -> municipality.getRegion() == filter.region())
			.map(Municipality::getNisCode)
			.toList() : null;
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (filter.type() != null) {
				predicates.add(cb.equal(root.get("type"), filter.type()));
			}
			if (filter.provinceNis() != null) {
				predicates.add(cb.equal(root.get("provinceNis"), filter.provinceNis()));
			}
			if (regionCodes != null) {
				predicates.add(root.get("municipalityNis").in(regionCodes));
			}
			String name = filter.nameLowerCase();
			if (name != null) {
				predicates.add(cb.like(cb.lower(root.get("name")), "%" + escapeLike(name) + "%", '\\'));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
