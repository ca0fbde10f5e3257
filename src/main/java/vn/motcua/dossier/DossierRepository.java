package vn.motcua.dossier;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DossierRepository extends JpaRepository<Dossier, Long> {

	Optional<Dossier> findByCode(String code);

	Optional<Dossier> findByPortalNumber(String portalNumber);

}
