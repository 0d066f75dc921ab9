package be.lokaalcirculair.organisation;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface OrganisationRepository extends JpaRepository<Organisation, Long>, JpaSpecificationExecutor<Organisation> {

	Optional<Organisation> findBySlug(String slug);

	Optional<Organisation> findFirstByTypeAndMunicipalityNis(OrganisationType type, String municipalityNis);

	boolean existsBySlug(String slug);

	long countByType(OrganisationType type);

	java.util.List<Organisation> findByNameIgnoreCase(String name);

}
