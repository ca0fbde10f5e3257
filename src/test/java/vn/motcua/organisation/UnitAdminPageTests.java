package vn.motcua.organisation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.IntegrationTest;
import vn.motcua.organisation.OrganisationFixtures.Tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Admin forms: bad input gets a Vietnamese message in the page and changes nothing. */
@IntegrationTest
class UnitAdminPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	private long units() {
		return jdbc.queryForObject("select count(*) from organisation_unit", Long.class);
	}

	private long users() {
		return jdbc.queryForObject("select count(*) from app_user", Long.class);
	}

	private long audits() {
		return jdbc.queryForObject("select count(*) from audit_record", Long.class);
	}

	private RequestPostProcessor admin(UnitView unit) {
		return user(fixtures.principal(fixtures.user(unit, Role.ADMIN)));
	}

	private MockHttpServletRequestBuilder newUnit(String code, String name, String kind, String parent) {
		return newUnit(code, name, kind, parent, "");
	}

	private MockHttpServletRequestBuilder newUnit(String code, String name, String kind, String parent,
			String validFrom) {
		return post("/admin/units").with(csrf())
			.param("code", code)
			.param("name", name)
			.param("kind", kind)
			.param("parentCode", parent)
			.param("adminCode", "")
			.param("agencyId", "")
			.param("validFrom", validFrom);
	}

	@Test
	void showsTheTreeToAnAdmin() throws Exception {
		Tree tree = fixtures.tree();
		mvc.perform(get("/admin/units").with(admin(tree.province())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(tree.communeA().name())))
			.andExpect(content().string(containsString("Cơ cấu đơn vị")));
	}

	@Test
	void createsAUnitFromTheForm() throws Exception {
		Tree tree = fixtures.tree();
		String code = OrganisationFixtures.uniqueCode("N");
		mvc.perform(newUnit(code, "Phường Đông Hồ", "COMMUNE", tree.province().code()).with(admin(tree.province())))
			.andExpect(redirectedUrl("/units/" + code));
		assertThat(jdbc.queryForObject("select name from organisation_unit where code = ?", String.class, code))
			.isEqualTo("Phường Đông Hồ");
	}

	@Test
	void emptyFormIsRefusedInVietnamese() throws Exception {
		Tree tree = fixtures.tree();
		RequestPostProcessor admin = admin(tree.province());
		long before = units();
		mvc.perform(newUnit("", "", "", "").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vui lòng nhập mã đơn vị.")))
			.andExpect(content().string(containsString("Vui lòng nhập tên đơn vị.")))
			.andExpect(content().string(containsString("Vui lòng chọn loại đơn vị.")));
		assertThat(units()).isEqualTo(before);
	}

	@Test
	void tooLongAndMalformedValuesAreRefused() throws Exception {
		Tree tree = fixtures.tree();
		RequestPostProcessor admin = admin(tree.province());
		long before = units();
		mvc.perform(newUnit("A".repeat(41), "Đ".repeat(256), "COMMUNE", tree.province().code()).with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mã đơn vị dài tối đa 40 ký tự.")))
			.andExpect(content().string(containsString("Tên đơn vị dài tối đa 255 ký tự.")));
		mvc.perform(newUnit("xã 1", "Xã Một", "COMMUNE", tree.province().code()).with(admin))
			.andExpect(content().string(containsString("Mã đơn vị chỉ gồm chữ không dấu")));
		mvc.perform(newUnit(OrganisationFixtures.uniqueCode("N"), "Xã Hai", "VILLAGE", tree.province().code())
			.with(admin)).andExpect(status().isOk()).andExpect(content().string(containsString("Loại đơn vị không hợp lệ.")));
		mvc.perform(newUnit(OrganisationFixtures.uniqueCode("N"), "Xã Ba", "COMMUNE", tree.province().code(),
				"2025-02-31")
			.with(admin)).andExpect(status().isOk()).andExpect(content().string(containsString("Ngày không hợp lệ.")));
		assertThat(units()).isEqualTo(before);
	}

	@Test
	void duplicateCodeIsRefusedInThePage() throws Exception {
		Tree tree = fixtures.tree();
		long before = units();
		mvc.perform(newUnit(tree.communeA().code().toLowerCase(), "Xã Trùng Mã", "COMMUNE", tree.district().code())
			.with(admin(tree.province())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mã đơn vị " + tree.communeA().code() + " đã được dùng")));
		assertThat(units()).isEqualTo(before);
	}

	@Test
	void aCycleIsRefusedInThePageAndChangesNothing() throws Exception {
		Tree tree = fixtures.tree();
		RequestPostProcessor admin = admin(tree.province());
		long audits = audits();
		mvc.perform(post("/admin/units/" + tree.district().code() + "/move").with(csrf()).with(admin)
			.param("parentCode", tree.communeA().code()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("tạo thành vòng lặp")));
		assertThat(jdbc.queryForObject("select parent_id from organisation_unit where id = ?", Long.class,
				tree.district().id())).isEqualTo(tree.province().id());
		assertThat(audits()).isEqualTo(audits);
	}

	@Test
	void mergeAndDeactivateWithoutADateAreRefused() throws Exception {
		Tree tree = fixtures.tree();
		RequestPostProcessor admin = admin(tree.province());
		mvc.perform(post("/admin/units/" + tree.communeB().code() + "/merge").with(csrf()).with(admin)
			.param("successorCode", tree.communeA().code()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vui lòng chọn ngày.")));
		mvc.perform(post("/admin/units/" + tree.communeB().code() + "/deactivate").with(csrf()).with(admin)
			.param("date", "khong-phai-ngay"))
			.andExpect(status().isBadRequest());
		assertThat(jdbc.queryForObject("select active from organisation_unit where id = ?", Boolean.class,
				tree.communeB().id())).isTrue();
	}

	@Test
	void anAdminOfOneDistrictCannotEditAnotherUnit() throws Exception {
		Tree tree = fixtures.tree();
		RequestPostProcessor districtAdmin = admin(tree.district());
		mvc.perform(get("/admin/units/" + tree.direct().code() + "/edit").with(districtAdmin))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/units/" + tree.direct().code()).with(csrf()).with(districtAdmin)
			.param("code", tree.direct().code())
			.param("name", "Đổi tên trái phép")
			.param("kind", "COMMUNE")).andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select name from organisation_unit where id = ?", String.class,
				tree.direct().id())).isEqualTo(tree.direct().name());
	}

	// --- users ---

	private MockHttpServletRequestBuilder newUser(String username, String fullName, String unit, String password,
			String... roles) {
		return post("/admin/users").with(csrf())
			.param("username", username)
			.param("fullName", fullName)
			.param("unitCode", unit)
			.param("password", password)
			.param("roles", roles);
	}

	@Test
	void createsAUserWhoCanThenLogIn() throws Exception {
		Tree tree = fixtures.tree();
		String username = OrganisationFixtures.uniqueCode("nv").toLowerCase();
		mvc.perform(newUser(username, "Nguyễn Thị Hoà", tree.communeA().code(), "Tiep-nhan-2026", "RECEPTION_CLERK")
			.with(admin(tree.province())))
			.andExpect(redirectedUrl("/admin/users/" + username + "/edit"));
		mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin()
			.user(username)
			.password("Tiep-nhan-2026"))
			.andExpect(org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers
				.authenticated());
	}

	@Test
	void badUserInputIsRefusedInVietnamese() throws Exception {
		Tree tree = fixtures.tree();
		RequestPostProcessor admin = admin(tree.province());
		String existing = fixtures.user(tree.communeA(), Role.SPECIALIST);
		RequestPostProcessor districtAdmin = admin(tree.district());
		long before = users();
		mvc.perform(post("/admin/users").with(csrf()).with(admin).param("username", "").param("fullName", "")
			.param("unitCode", "").param("password", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vui lòng nhập tên đăng nhập.")))
			.andExpect(content().string(containsString("Vui lòng nhập họ và tên.")))
			.andExpect(content().string(containsString("Vui lòng chọn đơn vị.")))
			.andExpect(content().string(containsString("Vui lòng chọn ít nhất một vai trò.")));
		assertThat(users()).isEqualTo(before);
		mvc.perform(newUser(existing, "Trùng Tên", tree.communeA().code(), "Mat-khau-dai-2026", "SPECIALIST").with(admin))
			.andExpect(content().string(containsString("Tên đăng nhập " + existing + " đã được sử dụng.")));
		assertThat(users()).isEqualTo(before);
		mvc.perform(newUser(OrganisationFixtures.uniqueCode("nv"), "Mật Khẩu Ngắn", tree.communeA().code(), "abc1",
				"SPECIALIST").with(admin))
			.andExpect(content().string(containsString("Mật khẩu phải có ít nhất 10 ký tự.")));
		assertThat(users()).isEqualTo(before);
		mvc.perform(newUser(OrganisationFixtures.uniqueCode("nv"), "Chỉ Chữ", tree.communeA().code(), "chichuchuchu",
				"SPECIALIST").with(admin))
			.andExpect(content().string(containsString("Mật khẩu phải gồm cả chữ cái và chữ số hoặc ký hiệu.")));
		assertThat(users()).isEqualTo(before);
		mvc.perform(newUser(OrganisationFixtures.uniqueCode("nv"), "Sai Vai Trò", tree.communeA().code(),
				"Mat-khau-dai-2026", "SUPERUSER").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vai trò không hợp lệ.")));
		assertThat(users()).isEqualTo(before);
		mvc.perform(newUser(OrganisationFixtures.uniqueCode("nv"), "Ngoài Phạm Vi", "KHONGCO", "Mat-khau-dai-2026",
				"SPECIALIST").with(districtAdmin))
			.andExpect(content().string(containsString("Không tìm thấy đơn vị KHONGCO.")));
		assertThat(users()).isEqualTo(before);
	}

	@Test
	void deactivatedUsersCannotLogIn() throws Exception {
		Tree tree = fixtures.tree();
		String clerk = fixtures.user(tree.communeA(), Role.RECEPTION_CLERK);
		mvc.perform(post("/admin/users/" + clerk + "/deactivate").with(csrf()).with(admin(tree.district())))
			.andExpect(redirectedUrl("/admin/users/" + clerk + "/edit"));
		mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin()
			.user(clerk)
			.password(OrganisationFixtures.PASSWORD))
			.andExpect(org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers
				.unauthenticated());
		assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'user.deactivated' and target_id = ?",
				Integer.class, clerk)).isEqualTo(1);
	}

	@Test
	void anAdminCannotManageUsersOutsideTheirUnits() throws Exception {
		Tree tree = fixtures.tree();
		String outsider = fixtures.user(tree.direct(), Role.RECEPTION_CLERK);
		RequestPostProcessor districtAdmin = admin(tree.district());
		mvc.perform(get("/admin/users/" + outsider + "/edit").with(districtAdmin)).andExpect(status().isForbidden());
		mvc.perform(post("/admin/users/" + outsider + "/password").with(csrf()).with(districtAdmin)
			.param("password", "Chiem-quyen-2026")).andExpect(status().isForbidden());
	}

}
