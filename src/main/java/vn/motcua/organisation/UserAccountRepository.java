package vn.motcua.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsername(String username);

	boolean existsByUsername(String username);

	List<UserAccount> findByUnitIdInOrderByUsername(Collection<Long> unitIds);

	long countByUnitIdAndActiveIsTrue(Long unitId);

}
