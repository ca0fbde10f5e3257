package vn.motcua.procedure;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProcedureRepository extends JpaRepository<Procedure, Long> {

	Optional<Procedure> findByCode(String code);

	@EntityGraph(attributePaths = { "field", "levels" })
	List<Procedure> findByIdIn(Collection<Long> ids);

}
