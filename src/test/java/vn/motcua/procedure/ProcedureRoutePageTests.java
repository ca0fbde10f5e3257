package vn.motcua.procedure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.IntegrationTest;
import vn.motcua.calendar.ProcessingTime;
import vn.motcua.calendar.SupplementPolicy;
import vn.motcua.organisation.OrganisationFixtures;
import vn.motcua.organisation.Role;
import vn.motcua.organisation.UnitKind;
import vn.motcua.organisation.UnitView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The interlinked route on the catalogue's admin page and its public page: saved, audited, explained, refused. */
@IntegrationTest
class ProcedureRoutePageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationFixtures fixtures;

	@Autowired
	Procedures procedures;

	@Autowired
	ProcedureRoutes routes;

	@Autowired
	JdbcTemplate jdbc;

	private String procedure(int days) {
		String field = OrganisationFixtures.uniqueCode("LV");
		procedures.fieldFor(field, "Lĩnh vực " + field);
		return procedures.create(new ProcedureForm(OrganisationFixtures.uniqueCode("1."), "Trợ cấp thử", field,
				ProcedureLevel.DISTRICT, Set.of(ProcedureLevel.COMMUNE), OnlineLevel.PARTIAL, null,
				SupplementPolicy.PAUSE, BigDecimal.valueOf(days), BigDecimal.valueOf(days),
				ProcessingTime.Unit.WORKING_DAY, LocalDate.of(2020, 1, 1), null, null, null, null, null, null)).code();
	}

	private RequestPostProcessor admin(boolean topLevel) {
		UnitView province = fixtures.unit(UnitKind.PROVINCE, null);
		UnitView unit = topLevel ? province : fixtures.unit(UnitKind.DISTRICT, province);
		return user(fixtures.principal(fixtures.user(unit, Role.ADMIN)));
	}

	/** Three rows as typed, then blank rows as the form sends them. */
	private static MockHttpServletRequestBuilder route(String code, String firstShare, String decides) {
		return post("/admin/procedures/{c}/route", code).with(csrf())
			.param("level", "RECEIVING_UNIT", "DISTRICT", "RECEIVING_UNIT", "")
			.param("unitCode", "", "", "", "")
			.param("task", "Tiếp nhận, kiểm tra", "Thẩm định, quyết định", "Trả kết quả", "")
			.param("share", firstShare, "3", "0,5", "")
			.param("decides", decides);
	}

	@Test
	void aTopLevelAdministratorSavesARouteTheCataloguePagesShow() throws Exception {
		String code = procedure(5);
		RequestPostProcessor admin = admin(true);
		mvc.perform(route(code, "1,5", "2").with(admin))
			.andExpect(redirectedUrl("/admin/procedures/" + code + "#route"));
		assertThat(routes.route(code)).hasValueSatisfying(r -> {
			assertThat(r.steps()).extracting(RouteStepView::level)
				.containsExactly(RouteLevel.RECEIVING_UNIT, RouteLevel.DISTRICT, RouteLevel.RECEIVING_UNIT);
			assertThat(r.decidingStep().position()).isEqualTo(2);
			assertThat(r.steps().get(0).share()).isEqualByComparingTo("1.5");
		});
		assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'procedure.routeChanged'"
				+ " and target_id = ?", Long.class, code)).isEqualTo(1);
		mvc.perform(get("/thu-tuc/{c}", code))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Quy trình liên thông")))
			.andExpect(content().string(containsString("Cấp huyện nơi tiếp nhận")))
			.andExpect(content().string(containsString("Thẩm định, quyết định")))
			.andExpect(content().string(containsString("1,5 ngày làm việc")));
		mvc.perform(get("/admin/procedures/{c}", code).with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Trả kết quả")));
		// every row empty: one unit handles it again
		mvc.perform(post("/admin/procedures/{c}/route", code).with(csrf()).with(admin)
			.param("level", "RECEIVING_UNIT", "").param("task", "", "").param("share", "", ""))
			.andExpect(redirectedUrl("/admin/procedures/" + code + "#route"));
		assertThat(routes.route(code)).isEmpty();
		mvc.perform(get("/thu-tuc/{c}", code)).andExpect(content().string(not(containsString("Quy trình liên thông"))));
	}

	@Test
	void sharesThatDoNotAddUpAreExplainedAndNothingIsSaved() throws Exception {
		String code = procedure(5);
		mvc.perform(route(code, "2", "2").with(admin(true)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"Tổng thời gian các bước là 5,5, phải bằng thời hạn giải quyết đang áp dụng (5).")))
			// the rows come back as typed
			.andExpect(content().string(containsString("value=\"Thẩm định, quyết định\"")));
		mvc.perform(route(code, "1,5", "").with(admin(true)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chọn đúng một bước có đơn vị quyết định")));
		assertThat(routes.route(code)).isEmpty();
	}

	@Test
	void onlyTheTopLevelAdministratorEditsTheRoute() throws Exception {
		String code = procedure(5);
		mvc.perform(route(code, "1,5", "2").with(admin(false))).andExpect(status().isForbidden());
		assertThat(routes.route(code)).isEmpty();
	}

}
