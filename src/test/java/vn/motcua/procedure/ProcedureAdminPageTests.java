package vn.motcua.procedure;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.IntegrationTest;
import vn.motcua.organisation.OrganisationFixtures;
import vn.motcua.organisation.Role;
import vn.motcua.organisation.UnitKind;
import vn.motcua.organisation.UnitView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The catalogue's admin pages: changes audited, bad input explained in Vietnamese and refused. */
@IntegrationTest
class ProcedureAdminPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationFixtures fixtures;

	@Autowired
	Procedures procedures;

	@Autowired
	JdbcTemplate jdbc;

	private RequestPostProcessor provinceAdmin() {
		UnitView province = fixtures.unit(UnitKind.PROVINCE, null);
		return user(fixtures.principal(fixtures.user(province, Role.ADMIN)));
	}

	private String newField() {
		String code = OrganisationFixtures.uniqueCode("LV");
		procedures.fieldFor(code, "Lĩnh vực " + code);
		return code;
	}

	private MockHttpServletRequestBuilder form(String code, String name, String field, String applied, String legal,
			String unit, String cutoff) {
		return post("/admin/procedures").with(csrf())
			.param("code", code)
			.param("name", name)
			.param("fieldCode", field)
			.param("mainLevel", "COMMUNE")
			.param("levels", "COMMUNE")
			.param("onlineLevel", "PARTIAL")
			.param("supplementPolicy", "PAUSE")
			.param("appliedValue", applied)
			.param("legalValue", legal)
			.param("unit", unit)
			.param("sameDayCutoff", cutoff)
			.param("effectiveFrom", "");
	}

	private long procedures() {
		return jdbc.queryForObject("select count(*) from procedure", Long.class);
	}

	@Test
	void createsAProcedureAndShowsItsPage() throws Exception {
		RequestPostProcessor admin = provinceAdmin();
		String code = OrganisationFixtures.uniqueCode("1.");
		mvc.perform(form(code, "Đăng ký giám hộ", newField(), "3", "5", "WORKING_DAY", "").with(admin))
			.andExpect(redirectedUrl("/admin/procedures/" + code));
		mvc.perform(get("/admin/procedures/" + code).with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đăng ký giám hộ")))
			.andExpect(content().string(containsString("Lịch sử thời hạn giải quyết")));
		mvc.perform(post("/admin/procedures/" + code + "/documents").with(csrf()).with(admin)
			.param("name", "Tờ khai đăng ký giám hộ")
			.param("form", "ORIGINAL")
			.param("copies", "1")
			.param("mandatory", "true")).andExpect(redirectedUrl("/admin/procedures/" + code + "#documents"));
		assertThat(procedures.get(code).documents()).extracting(DocumentView::name)
			.containsExactly("Tờ khai đăng ký giám hộ");
		assertThat(jdbc.queryForObject("select count(*) from audit_record where target_type = 'Procedure' and target_id = ?",
				Integer.class, code)).isEqualTo(2);
	}

	@Test
	void badInputIsExplainedAndChangesNothing() throws Exception {
		RequestPostProcessor admin = provinceAdmin();
		String field = newField();
		long before = procedures();
		mvc.perform(form("", "", "", "", "", "WORKING_DAY", "").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vui lòng nhập mã thủ tục.")))
			.andExpect(content().string(containsString("Vui lòng nhập tên thủ tục.")))
			.andExpect(content().string(containsString("Vui lòng chọn lĩnh vực.")))
			.andExpect(content().string(containsString("Vui lòng nhập thời hạn giải quyết.")));
		// values that cannot even be converted are reported together
		mvc.perform(form(OrganisationFixtures.uniqueCode("1."), "Thủ tục", field, "abc", "5", "WEEK", "25:99").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Thời hạn phải là một số.")))
			.andExpect(content().string(containsString("Đơn vị tính không hợp lệ.")))
			.andExpect(content().string(containsString("Giờ không hợp lệ (HH:mm).")));
		mvc.perform(form(OrganisationFixtures.uniqueCode("1."), "Thủ tục", field, "3", "-1", "WORKING_DAY", "").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Thời hạn phải là số từ 0 đến 9999")));
		mvc.perform(form(OrganisationFixtures.uniqueCode("1."), "Chứng thực", field, "3", "3", "WORKING_DAY", "15:00")
			.with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("chỉ áp dụng cho thủ tục giải quyết trong ngày")));
		mvc.perform(form(OrganisationFixtures.uniqueCode("1."), "Thủ tục", "KHONG_CO", "3", "3", "WORKING_DAY", "")
			.with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Lĩnh vực KHONG_CO không có trong danh mục.")));
		assertThat(procedures()).isEqualTo(before);
	}

	@Test
	void commune_administratorsReadButCannotChangeTheCatalogue() throws Exception {
		UnitView province = fixtures.unit(UnitKind.PROVINCE, null);
		RequestPostProcessor communeAdmin = user(
				fixtures.principal(fixtures.user(fixtures.unit(UnitKind.COMMUNE, province), Role.ADMIN)));
		mvc.perform(get("/admin/procedures").with(communeAdmin)).andExpect(status().isOk());
		long before = procedures();
		mvc.perform(form(OrganisationFixtures.uniqueCode("1."), "Thủ tục", newField(), "3", "3", "WORKING_DAY", "")
			.with(communeAdmin)).andExpect(status().isForbidden());
		assertThat(procedures()).isEqualTo(before);
	}

	@Test
	void unknownProcedureGetsTheNotFoundPage() throws Exception {
		mvc.perform(get("/admin/procedures/KHONG.CO.THU.TUC").with(provinceAdmin())).andExpect(status().isNotFound());
		mvc.perform(get("/thu-tuc/KHONG.CO.THU.TUC")).andExpect(status().isNotFound());
	}

}
