package vn.motcua.organisation;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code POST /api/v1/units/import}: all or nothing, every bad line reported, idempotent. */
@IntegrationTest
class UnitImportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	private long count(String sql, Object... args) {
		return jdbc.queryForObject(sql, Long.class, args);
	}

	@Test
	void importsATreeEvenWhenAChildComesFirstAndTwiceChangesNothing() throws Exception {
		UnitView province = fixtures.unit(UnitKind.PROVINCE, null);
		String admin = fixtures.user(province, Role.ADMIN);
		String d = OrganisationFixtures.uniqueCode("D");
		String c1 = OrganisationFixtures.uniqueCode("C");
		String c2 = OrganisationFixtures.uniqueCode("C");
		// BOM, CRLF, a quoted name with a comma, the child before its parent, a merged commune with its successor
		String csv = "\uFEFFcode,name,kind,parent_code,agency_id,valid_to,successor_code\r\n"
				+ c1 + ",\"Xã Hoà Bình, cũ\",COMMUNE," + d + ",,2025-06-30," + c2 + "\r\n"
				+ d + ",Huyện Thử Nghiệm,DISTRICT," + province.code() + ",,,\r\n"
				+ c2 + ",Xã Hoà Bình,COMMUNE," + d + ",,,\r\n";
		mvc.perform(post("/api/v1/units/import").with(httpBasic(admin, OrganisationFixtures.PASSWORD))
			.contentType("text/csv")
			.content(csv.getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(3))
			.andExpect(jsonPath("$.updated").value(0));
		assertThat(jdbc.queryForObject("select name from organisation_unit where code = ?", String.class, c1))
			.isEqualTo("Xã Hoà Bình, cũ");
		assertThat(jdbc.queryForObject(
				"select s.code from organisation_unit u join organisation_unit s on s.id = u.successor_id where u.code = ?",
				String.class, c1)).isEqualTo(c2);
		assertThat(count("select count(*) from organisation_unit where code = ? and not active", c1)).isEqualTo(1);
		long audits = count("select count(*) from audit_record");

		mvc.perform(post("/api/v1/units/import").with(httpBasic(admin, OrganisationFixtures.PASSWORD))
			.contentType("text/csv")
			.content(csv.getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.updated").value(0))
			.andExpect(jsonPath("$.unchanged").value(3));
		assertThat(count("select count(*) from audit_record")).isEqualTo(audits);

		// a changed row updates its unit, audited
		mvc.perform(post("/api/v1/units/import").with(httpBasic(admin, OrganisationFixtures.PASSWORD))
			.contentType("text/csv")
			.content(("code,name,kind,parent_code\n" + d + ",Huyện Đổi Tên,DISTRICT," + province.code() + "\n")
				.getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.updated").value(1));
		assertThat(count("select count(*) from audit_record where action = 'unit.imported' and target_id = ?", d))
			.isEqualTo(2);
	}

	@Test
	void aBadFileIsRejectedWholeWithEveryLineExplained() throws Exception {
		UnitView province = fixtures.unit(UnitKind.PROVINCE, null);
		String admin = fixtures.user(province, Role.ADMIN);
		String good = OrganisationFixtures.uniqueCode("G");
		String a = OrganisationFixtures.uniqueCode("A");
		String b = OrganisationFixtures.uniqueCode("B");
		long before = count("select count(*) from organisation_unit");
		String csv = "code,name,kind,parent_code\n"
				+ good + ",Xã Tốt,COMMUNE," + province.code() + "\n"   // line 2: fine, but must not be stored
				+ "xã 1,Xã Sai Mã,COMMUNE," + province.code() + "\n"    // line 3: bad code
				+ OrganisationFixtures.uniqueCode("K") + ",,VILLAGE,KHONGCO\n" // line 4: no name, bad kind, (parent)
				+ a + ",Vòng A,COMMUNE," + b + "\n"                      // line 5: cycle
				+ b + ",Vòng B,COMMUNE," + a + "\n"                      // line 6: cycle
				+ good + ",Xã Trùng,COMMUNE," + province.code() + "\n";   // line 7: duplicate of line 2
		mvc.perform(post("/api/v1/units/import").with(httpBasic(admin, OrganisationFixtures.PASSWORD))
			.contentType("text/csv")
			.content(csv.getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.line == 3)].message").value(org.hamcrest.Matchers.hasItem(
					containsString("Mã đơn vị \"XÃ 1\" không hợp lệ"))))
			.andExpect(jsonPath("$.errors[?(@.line == 4)].message").value(org.hamcrest.Matchers.hasItems(
					containsString("Thiếu tên đơn vị"), containsString("Loại đơn vị \"VILLAGE\" không hợp lệ"))))
			.andExpect(jsonPath("$.errors[?(@.line == 5)].message").value(org.hamcrest.Matchers.hasItem(
					containsString("vòng lặp"))))
			.andExpect(jsonPath("$.errors[?(@.line == 6)].message").value(org.hamcrest.Matchers.hasItem(
					containsString("vòng lặp"))))
			.andExpect(jsonPath("$.errors[?(@.line == 7)].message").value(org.hamcrest.Matchers.hasItem(
					containsString("đã xuất hiện ở dòng 2"))));
		assertThat(count("select count(*) from organisation_unit")).isEqualTo(before);
	}

	@Test
	void missingColumnsAndNonUtf8AreExplained() throws Exception {
		String admin = fixtures.user(fixtures.unit(UnitKind.PROVINCE, null), Role.ADMIN);
		mvc.perform(post("/api/v1/units/import").with(httpBasic(admin, OrganisationFixtures.PASSWORD))
			.contentType("text/csv")
			.content("code,name\nX,Y\n".getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].line").value(1))
			.andExpect(jsonPath("$.errors[0].message").value("Thiếu cột: kind, parent_code."));
		mvc.perform(post("/api/v1/units/import").with(httpBasic(admin, OrganisationFixtures.PASSWORD))
			.contentType("text/csv")
			.content("code,name,kind,parent_code\nX,X\u00e3,COMMUNE,\n".getBytes(StandardCharsets.ISO_8859_1)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("UTF-8")));
	}

	@Test
	void anOversizedFileIsRefusedWithoutBeingRead() throws Exception {
		String admin = fixtures.user(fixtures.unit(UnitKind.PROVINCE, null), Role.ADMIN);
		byte[] huge = new byte[vn.motcua.web.ImportResponses.MAX_BYTES + 1];
		java.util.Arrays.fill(huge, (byte) 'a');
		mvc.perform(post("/api/v1/units/import").with(httpBasic(admin, OrganisationFixtures.PASSWORD))
			.contentType("text/csv")
			.content(huge))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("Tệp quá lớn")));
	}

	@Test
	void onlyAdministratorsMayImport() throws Exception {
		String clerk = fixtures.user(fixtures.unit(UnitKind.PROVINCE, null), Role.RECEPTION_CLERK);
		mvc.perform(post("/api/v1/units/import").with(httpBasic(clerk, OrganisationFixtures.PASSWORD))
			.contentType("text/csv")
			.content("code,name,kind,parent_code\n".getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isForbidden());
	}

	@Test
	void theUploadPageListsTheErrors() throws Exception {
		UnitView province = fixtures.unit(UnitKind.PROVINCE, null);
		var admin = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.user(fixtures.principal(fixtures.user(province, Role.ADMIN)));
		var file = new org.springframework.mock.web.MockMultipartFile("file", "don-vi.csv", "text/csv",
				("code,name,kind,parent_code\n" + OrganisationFixtures.uniqueCode("U") + ",,COMMUNE," + province.code()
						+ "\n").getBytes(StandardCharsets.UTF_8));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/admin/units/import")
			.file(file)
			.with(admin)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dòng 2: Thiếu tên đơn vị (cột name).")));
	}

}
