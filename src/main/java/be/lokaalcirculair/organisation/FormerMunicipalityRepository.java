package be.lokaalcirculair.organisation;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface FormerMunicipalityRepository extends JpaRepository<FormerMunicipality, String> {

	List<FormerMunicipality> findBySuccessorNisIn(Collection<String> successorNis);

	List<FormerMunicipality> findByNameIgnoreCase(String name);

}
