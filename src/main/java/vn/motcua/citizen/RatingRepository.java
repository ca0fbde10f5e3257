package vn.motcua.citizen;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RatingRepository extends JpaRepository<Rating, Long> {

	boolean existsByDossierCode(String dossierCode);

	Optional<Rating> findByDossierCode(String dossierCode);

}
