package be.lokaalcirculair.organisation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MunicipalityRepository extends JpaRepository<Municipality, String> {

	List<Municipality> findByProvinceNisOrderByName(String provinceNis);

	List<Municipality> findAllByOrderByName();

}
