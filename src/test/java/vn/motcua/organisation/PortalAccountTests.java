package vn.motcua.organisation;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A portal's technical account (role PORTAL, issue 10): created by an administrator, alone on its account. */
@IntegrationTest
class PortalAccountTests {

	@Autowired
	OrganisationFixtures organisation;

	@Autowired
	UserAccounts users;

	@Autowired
	OrganisationUnits units;

	@Test
	void anAdministratorCreatesAPortalAccountThatHoldsNoOtherRole() {
		OrganisationFixtures.Tree tree = organisation.tree();
		CurrentUser admin = organisation.principal(organisation.user(tree.district(), Role.ADMIN));
		String name = OrganisationFixtures.uniqueCode("cong").toLowerCase();
		assertThatThrownBy(() -> users.create(admin, new UserForm(name, "Cổng DVC", tree.communeA().code(),
				Set.of(Role.PORTAL, Role.RECEPTION_CLERK), OrganisationFixtures.PASSWORD)))
			.isInstanceOf(OrganisationException.class)
			.hasMessage("user.error.technicalAlone");
		UserView portal = users.create(admin, new UserForm(name, "Cổng DVC", tree.communeA().code(), Set.of(Role.PORTAL),
				OrganisationFixtures.PASSWORD));
		assertThat(portal.roles()).containsExactly(Role.PORTAL);
		assertThatThrownBy(() -> users.update(admin, name, new UserForm(name, "Cổng DVC", tree.communeA().code(),
				Set.of(Role.PORTAL, Role.SPECIALIST), "")))
			.isInstanceOf(OrganisationException.class)
			.hasMessage("user.error.technicalAlone");
	}

	@Test
	void aPortalAccountReachesItsUnitAndTheUnitsBelow() {
		OrganisationFixtures.Tree tree = organisation.tree();
		CurrentUser portal = organisation.principal(organisation.user(tree.district(), Role.PORTAL));
		assertThat(units.scopeOf(portal)).contains(tree.district().id(), tree.communeA().id(), tree.communeB().id())
			.doesNotContain(tree.province().id(), tree.direct().id());
	}

}
