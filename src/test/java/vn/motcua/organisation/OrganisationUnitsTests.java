package vn.motcua.organisation;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.motcua.IntegrationTest;
import vn.motcua.organisation.OrganisationFixtures.Tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of the unit tree, against the real database. */
@IntegrationTest
class OrganisationUnitsTests {

	@Autowired
	OrganisationUnits units;

	@Autowired
	OrganisationFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	private CurrentUser adminOf(UnitView unit) {
		return fixtures.principal(fixtures.user(unit, Role.ADMIN));
	}

	private UnitForm form(String code, UnitKind kind, String parent) {
		return new UnitForm(code, "Xã Thử Nghiệm " + code, kind, parent, "12345", null, LocalDate.of(2025, 7, 1));
	}

	@Test
	void createsAUnitUnderAnotherAndAuditsIt() {
		Tree tree = fixtures.tree();
		String code = OrganisationFixtures.uniqueCode("x");
		UnitView created = units.create(adminOf(tree.province()), form(code.toLowerCase(), UnitKind.COMMUNE,
				tree.district().code()));
		assertThat(created.code()).isEqualTo(code); // codes are kept upper-case
		assertThat(created.parentCode()).isEqualTo(tree.district().code());
		assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'unit.created' and target_id = ?",
				Integer.class, code)).isEqualTo(1);
	}

	@Test
	void refusesADuplicateCode() {
		Tree tree = fixtures.tree();
		assertThatThrownBy(() -> units.create(adminOf(tree.province()),
				form(tree.communeA().code(), UnitKind.COMMUNE, tree.district().code())))
			.isInstanceOf(OrganisationException.class)
			.extracting("messageKey")
			.isEqualTo("unit.error.duplicateCode");
	}

	@Test
	void refusesToPlaceAUnitUnderItsOwnDescendant() {
		Tree tree = fixtures.tree();
		CurrentUser admin = adminOf(tree.province());
		assertThatThrownBy(() -> units.move(admin, tree.district().code(), tree.communeA().code()))
			.isInstanceOf(OrganisationException.class)
			.extracting("messageKey")
			.isEqualTo("unit.error.cycle");
		assertThatThrownBy(() -> units.move(admin, tree.district().code(), tree.district().code()))
			.isInstanceOf(OrganisationException.class);
		assertThat(units.find(tree.district().code()).orElseThrow().parentCode()).isEqualTo(tree.province().code());
	}

	@Test
	void theDatabaseItselfRefusesACycle() {
		Tree tree = fixtures.tree();
		// even a write that bypasses the service (a script, a bug) cannot make the tree a loop
		assertThatThrownBy(() -> jdbc.update("update organisation_unit set parent_id = ? where id = ?",
				tree.communeA().id(), tree.province().id()))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("own descendant");
	}

	@Test
	void movesAUnitWithEverythingBelowIt() {
		Tree tree = fixtures.tree();
		CurrentUser admin = adminOf(tree.province());
		UnitView otherDistrict = fixtures.unit(UnitKind.DISTRICT, tree.province());
		units.move(admin, tree.communeA().code(), otherDistrict.code());
		assertThat(units.childrenOf(otherDistrict.code())).extracting(UnitView::code)
			.containsExactly(tree.communeA().code());
		assertThat(units.childrenOf(tree.district().code())).extracting(UnitView::code)
			.containsExactly(tree.communeB().code());
	}

	@Test
	void deactivationKeepsTheUnitAndItsHistory() {
		Tree tree = fixtures.tree();
		CurrentUser admin = adminOf(tree.province());
		units.deactivate(admin, tree.communeB().code(), LocalDate.of(2025, 7, 1));

		UnitView closed = units.find(tree.communeB().code()).orElseThrow();
		assertThat(closed.active()).isFalse();
		assertThat(closed.validTo()).isEqualTo(LocalDate.of(2025, 7, 1));
		assertThat(closed.parentCode()).isEqualTo(tree.district().code());
		// still in the tree and in the leader's scope, for history and reports
		assertThat(units.scopeOf(fixtures.principal(fixtures.user(tree.district(), Role.LEADER))))
			.contains(closed.id());
		assertThat(jdbc.queryForObject("select count(*) from audit_record where target_id = ?", Integer.class,
				closed.code())).isEqualTo(1);
		// and it takes no new children
		assertThatThrownBy(() -> units.create(admin, form(OrganisationFixtures.uniqueCode("x"), UnitKind.COMMUNE,
				closed.code())))
			.extracting("messageKey")
			.isEqualTo("unit.error.parentInactive");
	}

	@Test
	void refusesToDeactivateAUnitWithActiveChildrenOrUsers() {
		Tree tree = fixtures.tree();
		CurrentUser admin = adminOf(tree.province());
		assertThatThrownBy(() -> units.deactivate(admin, tree.district().code(), LocalDate.of(2025, 7, 1)))
			.extracting("messageKey")
			.isEqualTo("unit.error.hasActiveChildren");
		fixtures.user(tree.communeA(), Role.RECEPTION_CLERK);
		assertThatThrownBy(() -> units.deactivate(admin, tree.communeA().code(), LocalDate.of(2025, 7, 1)))
			.extracting("messageKey")
			.isEqualTo("unit.error.hasActiveUsers");
		assertThat(units.find(tree.communeA().code()).orElseThrow().active()).isTrue();
	}

	@Test
	void mergerPointsToTheSuccessorWhoseScopeIncludesTheMergedHistory() {
		// 2025: commune B merges into commune A
		Tree tree = fixtures.tree();
		CurrentUser admin = adminOf(tree.province());
		units.merge(admin, tree.communeB().code(), tree.communeA().code(), LocalDate.of(2025, 7, 1));

		UnitView merged = units.find(tree.communeB().code()).orElseThrow();
		assertThat(merged.active()).isFalse();
		assertThat(merged.successorCode()).isEqualTo(tree.communeA().code());
		CurrentUser leaderOfA = fixtures.principal(fixtures.user(tree.communeA(), Role.LEADER));
		assertThat(units.scopeOf(leaderOfA)).containsExactlyInAnyOrder(tree.communeA().id(), merged.id());
		assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'unit.merged' and target_id = ?",
				Integer.class, merged.code())).isEqualTo(1);
	}

	@Test
	void anAdminManagesOnlyTheirOwnSubtree() {
		Tree tree = fixtures.tree();
		CurrentUser districtAdmin = adminOf(tree.district());
		assertThatThrownBy(() -> units.create(districtAdmin, form(OrganisationFixtures.uniqueCode("x"),
				UnitKind.COMMUNE, tree.province().code())))
			.extracting("messageKey")
			.isEqualTo("unit.error.outOfScope");
		assertThatThrownBy(() -> units.create(districtAdmin, form(OrganisationFixtures.uniqueCode("x"),
				UnitKind.COMMUNE, "")))
			.extracting("messageKey")
			.isEqualTo("unit.error.parentRequired");
	}

	@Test
	void theTreeIsNotLimitedToThreeLevels() {
		Tree tree = fixtures.tree();
		UnitView department = fixtures.unit(UnitKind.DEPARTMENT, tree.communeA());
		UnitView team = fixtures.unit(UnitKind.DEPARTMENT, department);
		CurrentUser provinceLeader = fixtures.principal(fixtures.user(tree.province(), Role.STATISTICS));
		assertThat(units.scopeOf(provinceLeader)).contains(team.id());
		assertThat(units.treeFor(provinceLeader).get(0).children()).hasSize(2);
	}

}
