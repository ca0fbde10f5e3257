package vn.motcua.dossier;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.IntegrationTest;
import vn.motcua.calendar.CalendarDays;
import vn.motcua.calendar.ProcessingTime;
import vn.motcua.calendar.SupplementPolicy;
import vn.motcua.organisation.OrganisationFixtures;
import vn.motcua.organisation.Role;
import vn.motcua.organisation.UnitKind;
import vn.motcua.organisation.UnitView;
import vn.motcua.procedure.OnlineLevel;
import vn.motcua.procedure.ProcedureForm;
import vn.motcua.procedure.ProcedureLevel;
import vn.motcua.procedure.ProcedureView;
import vn.motcua.procedure.Procedures;
import vn.motcua.web.MotCuaTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code POST /api/v1/dossiers/import}: historical dossiers in bulk, all or nothing, every bad line reported,
 * idempotent by code, the statistics read model brought up to date at once; 100.000 rows well under a minute.
 */
@IntegrationTest
class DossierImportTests {

	static final String HEADER = "code,unit_code,procedure_code,channel,received_at,due_at,resolved_at,outcome,"
			+ "withdrawn_at,returned_at\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationFixtures organisation;

	@Autowired
	Procedures procedures;

	@Autowired
	CalendarDays calendar;

	@Autowired
	JdbcTemplate jdbc;

	/** A commune under a province of its own, the province's administrator, and a 5-working-day procedure. */
	record Setting(UnitView province, UnitView commune, String admin, ProcedureView procedure) {
	}

	Setting setting() {
		UnitView province = organisation.unit(UnitKind.PROVINCE, null);
		UnitView commune = organisation.unit(UnitKind.COMMUNE, province);
		String field = OrganisationFixtures.uniqueCode("LV");
		procedures.ensureField(field, "Lĩnh vực " + field);
		ProcedureView procedure = procedures.create(new ProcedureForm(OrganisationFixtures.uniqueCode("1."),
				"Chứng thực bản sao (thử)", field, ProcedureLevel.COMMUNE, Set.of(ProcedureLevel.COMMUNE),
				OnlineLevel.PARTIAL, null, SupplementPolicy.PAUSE, BigDecimal.valueOf(5), BigDecimal.valueOf(5),
				ProcessingTime.Unit.WORKING_DAY, LocalDate.of(2015, 1, 1), null, null, null, null, null, null));
		return new Setting(province, commune, organisation.user(province, Role.ADMIN), procedure);
	}

	private org.springframework.test.web.servlet.ResultActions send(String admin, String csv) throws Exception {
		return mvc.perform(post("/api/v1/dossiers/import").with(httpBasic(admin, OrganisationFixtures.PASSWORD))
			.contentType("text/csv")
			.content(csv.getBytes(StandardCharsets.UTF_8)));
	}

	private long count(String sql, Object... args) {
		return jdbc.queryForObject(sql, Long.class, args);
	}

	@Test
	void importsEveryKindOfRowAndTwiceChangesNothing() throws Exception {
		Setting s = setting();
		String u = s.commune().code().toLowerCase();
		String p = s.procedure().code();
		String prefix = OrganisationFixtures.uniqueCode("HS");
		// BOM, CRLF, lower-case unit code, a code kept as it is (lower case, spaces, slash), seconds allowed
		String csv = "\uFEFF" + HEADER.replace("\n", "\r\n")
				+ prefix + "-open," + u + "," + p + ",direct,2026-03-02T09:00,,,,,\r\n"
				+ prefix + "-ready," + u + "," + p + ",ONLINE,2026-03-02T09:00,2026-03-09T17:00,2026-03-05T10:00:30,APPROVED,,\r\n"
				+ prefix + "-returned," + u + "," + p + ",POSTAL,2026-03-02T09:00,2026-03-09T17:00,2026-03-05T10:00,APPROVED,,2026-03-06T08:00\r\n"
				+ prefix + "-rejected," + u + "," + p + ",DIRECT,2026-03-02T09:00,2026-03-09T17:00,2026-03-10T10:00,REJECTED,,2026-03-11T08:00\r\n"
				+ "\"" + prefix + " rút/1\"," + u + "," + p + ",DIRECT,2026-03-02T09:00,2026-03-09T17:00,,,2026-03-03T08:00,\r\n";
		send(s.admin(), csv).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(5))
			.andExpect(jsonPath("$.unchanged").value(0));

		assertThat(jdbc.queryForList("select status from dossier where code like ? order by code", String.class,
				prefix + "%"))
			.containsExactlyInAnyOrder("WITHDRAWN", "RECEIVED", "REJECTED_AFTER_REVIEW", "RESULT_READY", "RETURNED");
		// an empty due_at: the procedure's 5 working days from Monday 02/03/2026 at the calendar of that day
		var appointment = calendar.appointment(LocalDateTime.of(2026, 3, 2, 9, 0).atZone(MotCuaTime.ZONE).toInstant(),
				procedures.processingTimeOn(p, LocalDate.of(2026, 3, 2)).orElseThrow(), false, s.commune().id());
		assertThat(jdbc.queryForObject("select due_at from dossier where code = ?", java.time.OffsetDateTime.class,
				prefix + "-open").toInstant()).isEqualTo(appointment.instant());
		assertThat(jdbc.queryForMap("""
				select applicant_name, applicant_kind, procedure_name, field_code, form_set, receiving_unit_code
				from dossier where code = ?""", prefix + "-returned"))
			.containsEntry("applicant_name", "(nhập từ hệ thống cũ)")
			.containsEntry("applicant_kind", "PERSON")
			.containsEntry("procedure_name", "Chứng thực bản sao (thử)")
			.containsEntry("field_code", s.procedure().field().code())
			.containsEntry("form_set", "TT03_2025")
			.containsEntry("receiving_unit_code", s.commune().code());
		assertThat(count("""
				select count(*) from dossier_transition t join dossier d on d.id = t.dossier_id
				where d.code like ? and t.action = 'import' and t.to_status = d.status""", prefix + "%")).isEqualTo(5);
		// the statistics read model, in bulk
		assertThat(count("select count(*) from statistics_dossier where code like ? and unit_id = ?", prefix + "%",
				s.commune().id())).isEqualTo(5);
		assertThat(count("select count(*) from statistics_dossier where code like ? and rejected", prefix + "%"))
			.isEqualTo(1);
		assertThat(count("select count(*) from statistics_dossier where code = ? and withdrawn_at is not null",
				prefix + " rút/1")).isEqualTo(1);
		assertThat(count("select count(*) from statistics_dossier where code like ? and resolved_at is not null",
				prefix + "%")).isEqualTo(3);
		long audits = count("select count(*) from audit_record where action = 'dossier.imported'");

		// the same file again: accepted, nothing changes, one more audit record with the counts
		send(s.admin(), csv).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.unchanged").value(5));
		assertThat(count("select count(*) from dossier where code like ?", prefix + "%")).isEqualTo(5);
		assertThat(count("select count(*) from audit_record where action = 'dossier.imported'")).isEqualTo(audits + 1);

		// a known code with other content is refused
		send(s.admin(), HEADER + prefix + "-open," + u + "," + p + ",ONLINE,2026-03-02T09:00,,,,,\n")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].line").value(2))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("nội dung khác")));
	}

	@Test
	void reportsEveryBadLineAndWritesNothing() throws Exception {
		Setting s = setting();
		UnitView foreign = organisation.unit(UnitKind.COMMUNE, organisation.unit(UnitKind.PROVINCE, null));
		String u = s.commune().code();
		String p = s.procedure().code();
		String prefix = OrganisationFixtures.uniqueCode("HS");
		String csv = HEADER
				+ prefix + "-1," + u + "," + p + ",DIRECT,2026-03-02T09:00,2026-03-09T17:00,,,,\n" // 2: good
				+ prefix + "-2," + u + "," + p + ",DIRECT,2026-03-02T09:00,2026-03-01T17:00,,,,\n" // 3: due before
				+ prefix + "-3," + u + "," + p + ",DIRECT,2026-03-02T09:00,,2026-03-03T09:00,APPROVED,2026-03-03T10:00,\n" // 4
				+ prefix + "-4," + u + "," + p + ",DIRECT,2026-03-02T09:00,,,,,2026-03-05T09:00\n" // 5: returned only
				+ prefix + "-5,KHONGCO," + p + ",DIRECT,2026-03-02T09:00,,,,,\n" // 6: unknown unit
				+ prefix + "-6," + u + ",9.999.XYZ,DIRECT,2026-03-02T09:00,,,,,\n" // 7: unknown procedure
				+ prefix + "-1," + u + "," + p + ",DIRECT,2026-03-02T09:00,2026-03-09T17:00,,,,\n" // 8: twice
				+ prefix + "-8," + u + "," + p + ",FAX,02/03/2026,,,,,\n" // 9: channel and time
				+ prefix + "-9," + u + "," + p + ",DIRECT,2026-03-02T09:00,,2026-03-03T09:00,,,\n" // 10: no outcome
				+ prefix + "-10," + foreign.code() + "," + p + ",DIRECT,2026-03-02T09:00,,,,,\n" // 11: out of scope
				+ "x".repeat(65) + "," + u + "," + p + ",DIRECT,2026-03-02T09:00,,,,,\n" // 12: code too long
				+ "," + u + "," + p + ",DIRECT,2026-03-02T09:00,,,,,\n"; // 13: no code
		send(s.admin(), csv).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].line").value(3))
			.andExpect(jsonPath("$.errors[0].message").value("Cột due_at: thời điểm trước thời điểm tiếp nhận."))
			.andExpect(jsonPath("$.errors[1].line").value(4))
			.andExpect(jsonPath("$.errors[1].message").value(containsString("vừa đã giải quyết")))
			.andExpect(jsonPath("$.errors[2].line").value(5))
			.andExpect(jsonPath("$.errors[2].message").value(containsString("chưa có ngày giải quyết")))
			.andExpect(jsonPath("$.errors[3].line").value(6))
			.andExpect(jsonPath("$.errors[3].message").value("Không tìm thấy đơn vị KHONGCO."))
			.andExpect(jsonPath("$.errors[4].line").value(7))
			.andExpect(jsonPath("$.errors[4].message").value("Không tìm thấy thủ tục 9.999.XYZ."))
			.andExpect(jsonPath("$.errors[5].line").value(8))
			.andExpect(jsonPath("$.errors[5].message").value("Mã " + prefix + "-1 đã xuất hiện ở dòng 2."))
			.andExpect(jsonPath("$.errors[6].line").value(9))
			.andExpect(jsonPath("$.errors[7].line").value(9))
			.andExpect(jsonPath("$.errors[8].line").value(10))
			.andExpect(jsonPath("$.errors[9].line").value(11))
			.andExpect(jsonPath("$.errors[9].message").value(containsString("ngoài phạm vi")))
			.andExpect(jsonPath("$.errors[10].line").value(12))
			.andExpect(jsonPath("$.errors[11].line").value(13))
			.andExpect(jsonPath("$.errors.length()").value(12));
		assertThat(count("select count(*) from dossier where code like ?", prefix + "%")).isZero();
		assertThat(count("select count(*) from statistics_dossier where code like ?", prefix + "%")).isZero();

		// the file's own conventions: a missing column, not UTF-8
		send(s.admin(), "code,unit_code\n").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].line").value(1))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("procedure_code, channel, received_at")));
		mvc.perform(post("/api/v1/dossiers/import").with(httpBasic(s.admin(), OrganisationFixtures.PASSWORD))
			.contentType("text/csv")
			.content(new byte[] { 'c', 'o', 'd', 'e', '\n', (byte) 0xC3, (byte) 0x28 }))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("UTF-8")));
		// only an administrator
		String clerk = organisation.user(s.commune(), Role.RECEPTION_CLERK);
		send(clerk, HEADER).andExpect(status().isForbidden());
	}

	@Test
	void theUploadPageImports() throws Exception {
		Setting s = setting();
		String code = OrganisationFixtures.uniqueCode("HS");
		var file = new MockMultipartFile("file", "ho-so.csv", "text/csv", (HEADER + code + "," + s.commune().code()
				+ "," + s.procedure().code() + ",DIRECT,2021-03-02T09:00,2021-03-09T17:00,2021-03-04T09:00,APPROVED,,\n")
			.getBytes(StandardCharsets.UTF_8));
		mvc.perform(multipart("/admin/dossiers/import").file(file)
			.with(user(organisation.principal(s.admin())))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đã nhập xong: 1 mới")));
		assertThat(jdbc.queryForObject("select form_set from dossier where code = ?", String.class, code))
			.isEqualTo("TT01_2018");
	}

	@Test
	void importsOneHundredThousandRowsWellUnderAMinute() throws Exception {
		Setting s = setting();
		String prefix = OrganisationFixtures.uniqueCode("HS") + "-";
		DateTimeFormatter minute = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
		LocalDateTime start = LocalDateTime.of(2024, 1, 2, 8, 0);
		StringBuilder csv = new StringBuilder(12_000_000).append(HEADER);
		int rows = 100_000;
		for (int i = 0; i < rows; i++) {
			LocalDateTime received = start.plusMinutes(7L * i);
			csv.append(prefix).append(i).append(',').append(s.commune().code()).append(',')
				.append(s.procedure().code()).append(',').append(i % 3 == 0 ? "ONLINE" : "DIRECT").append(',')
				.append(received.format(minute)).append(',').append(received.plusDays(7).format(minute));
			if (i % 10 == 0) {
				csv.append(",,,,\n"); // open
			}
			else {
				csv.append(',').append(received.plusDays(2).format(minute))
					.append(i % 10 == 1 ? ",REJECTED,," : ",APPROVED,,")
					.append(received.plusDays(3).format(minute)).append('\n');
			}
		}
		long started = System.nanoTime();
		send(s.admin(), csv.toString()).andExpect(status().isOk()).andExpect(jsonPath("$.created").value(rows));
		long millis = (System.nanoTime() - started) / 1_000_000;
		System.out.printf("historical import: %d rows in %d ms (%d rows/s)%n", rows, millis, rows * 1000L / millis);
		assertThat(millis).isLessThan(60_000);
		assertThat(count("select count(*) from statistics_dossier where unit_id = ?", s.commune().id()))
			.isEqualTo(rows);
		assertThat(count("select count(*) from dossier where receiving_unit_id = ? and status = 'RETURNED'",
				s.commune().id())).isEqualTo(80_000);
	}

}
