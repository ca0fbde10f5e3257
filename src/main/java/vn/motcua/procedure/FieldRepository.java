package vn.motcua.procedure;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface FieldRepository extends JpaRepository<Field, Long> {

	Optional<Field> findByCode(String code);

	List<Field> findAllByOrderByName();

}
