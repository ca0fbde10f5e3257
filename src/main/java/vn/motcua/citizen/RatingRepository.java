package vn.motcua.citizen;

import org.springframework.data.jpa.repository.JpaRepository;

interface RatingRepository extends JpaRepository<Rating, Long> {

	boolean existsByDossierCode(String dossierCode);

}
