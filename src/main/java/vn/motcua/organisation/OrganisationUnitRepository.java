package vn.motcua.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganisationUnitRepository extends JpaRepository<OrganisationUnit, Long> {

	Optional<OrganisationUnit> findByCode(String code);

	boolean existsByCode(String code);

	boolean existsByAgencyIdAndActiveIsTrueAndIdNot(String agencyId, Long id);

	boolean existsByAgencyIdAndActiveIsTrue(String agencyId);

	List<OrganisationUnit> findByParentIdAndActiveIsTrue(Long parentId);

	List<OrganisationUnit> findByParentId(Long parentId);

	/**
	 * The unit and everything below it: children through parent links and, for history, units merged into any of
	 * them through successor links (DOMAIN.md §1.2). UNION (not UNION ALL) stops on any repeated unit.
	 */
	@Query(value = """
			with recursive scope(id) as (
			    select id from organisation_unit where id = :root
			    union
			    select u.id from organisation_unit u join scope s on u.parent_id = s.id or u.successor_id = s.id
			)
			select id from scope""", nativeQuery = true)
	List<Long> findSubtreeIds(Long root);

	/** {@link #findSubtreeIds} of several roots at once: rows of (root, unit id), one query for a whole report. */
	@Query(value = """
			with recursive scope(root, id) as (
			    select id, id from organisation_unit where id in (:roots)
			    union
			    select s.root, u.id from organisation_unit u join scope s on u.parent_id = s.id or u.successor_id = s.id
			)
			select root, id from scope""", nativeQuery = true)
	List<Object[]> findSubtreeIdsOf(java.util.Collection<Long> roots);

}
