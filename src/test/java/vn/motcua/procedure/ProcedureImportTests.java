package vn.motcua.procedure;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.IntegrationTest;
import vn.motcua.calendar.ProcessingTime;
import vn.motcua.organisation.OrganisationFixtures;
import vn.motcua.organisation.Role;
import vn.motcua.organisation.UnitKind;
import vn.motcua.organisation.UnitView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code POST /api/v1/procedures/import}: all or nothing, every bad line reported, idempotent. */
@IntegrationTest
class ProcedureImportTests {

	static final String HEADER = "code,name,field_code,field_name,level,processing_days,processing_unit,"
			+ "legal_processing_days,online_level,same_day_cutoff,supplement_policy\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationFixtures fixtures;

	@Autowired
	Procedures procedures;

	@Autowired
	JdbcTemplate jdbc;

	private String provinceAdmin() {
		UnitView province = fixtures.unit(UnitKind.PROVINCE, null);
		return fixtures.user(province, Role.ADMIN);
	}

	private long count(String sql, Object... args) {
		return jdbc.queryForObject(sql, Long.class, args);
	}

	@Test
	void importsNewFieldsAndProceduresAndTwiceChangesNothing() throws Exception {
		String admin = provinceAdmin();
		String field = OrganisationFixtures.uniqueCode("HT");
		String p1 = OrganisationFixtures.uniqueCode("1.");
		String p2 = OrganisationFixtures.uniqueCode("2.");
		String csv = HEADER + p1 + ",Chứng thực bản sao từ bản chính," + field + ",Chứng thực,COMMUNE,0,WORKING_DAYS,0,NONE,15:00,\n"
				+ p2 + ",\"Đăng ký thường trú, tạm trú\"," + field + ",Chứng thực,DISTRICT,\"0,5\",WORKING_DAYS,1,FULL,,RESTART\n";
		mvc.perform(post("/api/v1/procedures/import").with(httpBasic(admin, OrganisationFixtures.PASSWORD))
			.contentType("text/csv")
			.content(csv.getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(2));
		ProcedureView first = procedures.get(p1);
		assertThat(first.field().name()).isEqualTo("Chứng thực");
		assertThat(first.sameDayCutoff()).hasToString("15:00");
		assertThat(procedures.processingTimeOn(p1, LocalDate.now())).hasValueSatisfying(
				time -> assertThat(time.sameDayCutoff()).hasToString("15:00"));
		assertThat(procedures.get(p2).current().appliedValue()).isEqualByComparingTo("0.5");
		assertThat(procedures.get(p2).supplementPolicy()).hasToString("RESTART");
		long audits = count("select count(*) from audit_record");

		mvc.perform(post("/api/v1/procedures/import").with(httpBasic(admin, OrganisationFixtures.PASSWORD))
			.contentType("text/csv")
			.content(csv.getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unchanged").value(2))
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.updated").value(0));
		assertThat(count("select count(*) from audit_record")).isEqualTo(audits);

		// a shorter time becomes a new version; the old one stays for dossiers already received
		mvc.perform(post("/api/v1/procedures/import").with(httpBasic(admin, OrganisationFixtures.PASSWORD))
			.contentType("text/csv")
			.content((HEADER + p2 + ",\"Đăng ký thường trú, tạm trú\"," + field
					+ ",Chứng thực,DISTRICT,4,WORKING_HOURS,8,FULL,,RESTART\n").getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.updated").value(1));
		assertThat(procedures.get(p2).current().unit()).isEqualTo(ProcessingTime.Unit.WORKING_HOUR);
	}

	@Test
	void aBadFileIsRejectedWholeWithEveryLineExplained() throws Exception {
		String admin = provinceAdmin();
		String field = OrganisationFixtures.uniqueCode("LV");
		String good = OrganisationFixtures.uniqueCode("3.");
		long before = count("select count(*) from procedure");
		long fields = count("select count(*) from procedure_field");
		String csv = HEADER + good + ",Thủ tục tốt," + field + ",Lĩnh vực mới,COMMUNE,3,WORKING_DAYS,5,NONE,,\n"
				+ OrganisationFixtures.uniqueCode("4.") + ",,," + ",VILLAGE,-1,WEEKS,x,MAYBE,25:00,LATER\n"
				+ OrganisationFixtures.uniqueCode("5.") + ",Dài hơn luật," + field + ",Lĩnh vực mới,COMMUNE,7,WORKING_DAYS,5,NONE,,\n"
				+ OrganisationFixtures.uniqueCode("6.") + ",Cắt giờ sai," + field + ",Lĩnh vực mới,COMMUNE,3,WORKING_DAYS,3,NONE,15:00,\n"
				+ good + ",Trùng mã," + field + ",Lĩnh vực mới,COMMUNE,3,WORKING_DAYS,5,NONE,,\n";
		mvc.perform(post("/api/v1/procedures/import").with(httpBasic(admin, OrganisationFixtures.PASSWORD))
			.contentType("text/csv")
			.content(csv.getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.line == 3)].message").value(hasItem(containsString("Thiếu tên thủ tục"))))
			.andExpect(jsonPath("$.errors[?(@.line == 3)].message").value(hasItem(containsString("VILLAGE"))))
			.andExpect(jsonPath("$.errors[?(@.line == 3)].message").value(hasItem(containsString("WEEKS"))))
			.andExpect(jsonPath("$.errors[?(@.line == 3)].message").value(hasItem(containsString("MAYBE"))))
			.andExpect(jsonPath("$.errors[?(@.line == 3)].message").value(hasItem(containsString("25:00"))))
			.andExpect(jsonPath("$.errors[?(@.line == 3)].message").value(hasItem(containsString("LATER"))))
			.andExpect(jsonPath("$.errors[?(@.line == 4)].message").value(hasItem(containsString("dài hơn thời hạn theo quy định"))))
			.andExpect(jsonPath("$.errors[?(@.line == 5)].message").value(hasItem(containsString("chỉ dùng cho thủ tục trong ngày"))))
			.andExpect(jsonPath("$.errors[?(@.line == 6)].message").value(hasItem(containsString("đã xuất hiện ở dòng 2"))));
		assertThat(count("select count(*) from procedure")).isEqualTo(before);
		assertThat(count("select count(*) from procedure_field")).isEqualTo(fields);
	}

	@Test
	void onlyTheTopLevelAdministratorEditsTheCatalogue() throws Exception {
		UnitView province = fixtures.unit(UnitKind.PROVINCE, null);
		String communeAdmin = fixtures.user(fixtures.unit(UnitKind.COMMUNE, province), Role.ADMIN);
		mvc.perform(post("/api/v1/procedures/import").with(httpBasic(communeAdmin, OrganisationFixtures.PASSWORD))
			.contentType("text/csv")
			.content(HEADER.getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isForbidden());
	}

}
