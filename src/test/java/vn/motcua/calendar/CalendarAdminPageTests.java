package vn.motcua.calendar;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.IntegrationTest;
import vn.motcua.calendar.CalendarDay.Source;
import vn.motcua.organisation.OrganisationFixtures;
import vn.motcua.organisation.OrganisationFixtures.Tree;
import vn.motcua.organisation.Role;
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
import static vn.motcua.calendar.ShippedCalendar.date;

/**
 * The admin page of the calendar: each year's days and why; bad input gets a Vietnamese message in the page and
 * changes nothing. Other tests read the calendar: only 2032 and 2033 are changed here, 2019–2027 never.
 */
@IntegrationTest
class CalendarAdminPageTests {

	static final String TO_BE_CONFIRMED = "Theo quy tắc mặc định – chờ xác nhận";

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CalendarDays calendarDays;

	private RequestPostProcessor admin(UnitView unit) {
		return user(fixtures.principal(fixtures.user(unit, Role.ADMIN)));
	}

	private String page(String url, RequestPostProcessor user) throws Exception {
		return mvc.perform(get(url).with(user))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** The table row of one day. */
	static String row(String html, LocalDate day) {
		int start = html.indexOf("id=\"day-" + day + "\"");
		assertThat(start).as("row of " + day).isNotNegative();
		return html.substring(start, html.indexOf("</tr>", start));
	}

	private long rows() {
		return jdbc.queryForObject("select count(*) from calendar_day", Long.class);
	}

	private long calendarAudits() {
		return jdbc.queryForObject("select count(*) from audit_record where action like 'calendar.%'", Long.class);
	}

	private MockHttpServletRequestBuilder addDay(int year, String date, String type, String name, String legalRef) {
		return post("/admin/calendar/" + year + "/days").with(csrf())
			.param("date", date)
			.param("type", type)
			.param("name", name)
			.param("legalRef", legalRef);
	}

	@Test
	void the2026PageListsEveryDayOffAndMakeUpDayWithItsReason() throws Exception {
		String html = page("/admin/calendar/2026", admin(fixtures.tree().province()));
		for (CalendarDay day : AnnouncedSchedules.forYear(2026)) {
			if (day.date().getYear() == 2026) {
				assertThat(row(html, day.date())).contains(day.name().replace("'", "&#39;"))
					.contains(day.legalRef().substring(0, 20));
			}
		}
		assertThat(row(html, date(2026, 2, 17))).contains("17/02/2026", "Thứ Ba", "Nghỉ lễ, Tết", "Tết Âm lịch",
				"CV 12729/VPCP-KGVX 25/12/2025").doesNotContain("chờ xác nhận");
		assertThat(row(html, date(2026, 1, 10))).contains("10/01/2026", "Thứ Bảy", "Làm bù",
				"Làm bù cho ngày nghỉ Thứ Sáu 02/01/2026");
		assertThat(row(html, date(2026, 1, 2))).contains("Hoán đổi ngày làm việc", "Nghỉ hoán đổi, làm bù Thứ Bảy 10/01/2026");
		assertThat(row(html, date(2026, 4, 27))).contains("27/04/2026", "Thứ Hai", "Nghỉ bù",
				"Nghỉ bù Giỗ Tổ Hùng Vương (Chủ nhật 26/04/2026)");
		assertThat(row(html, date(2026, 4, 26))).contains("Chủ nhật", "Giỗ Tổ Hùng Vương", "Trùng ngày nghỉ cuối tuần");
		assertThat(row(html, date(2026, 11, 24))).contains("24/11/2026", "Nghỉ thêm", "Ngày Văn hóa Việt Nam",
				"chờ xác nhận");
		assertThat(html).doesNotContain("id=\"day-2025-").doesNotContain("id=\"day-2027-");
		int workingDays = ShippedCalendar.CALENDAR.workingDaysBetween(date(2025, 12, 31), date(2026, 12, 31));
		assertThat(html).contains("Năm 2026 có " + workingDays + " ngày làm việc.")
			.contains("href=\"/admin/calendar/2025\"", "href=\"/admin/calendar/2027\"")
			.contains("Lịch làm việc năm 2026", "id=\"add-day\"");
	}

	@Test
	void theMenuLeadsToTheCurrentYearAndYearsOutsideTheCalendarAreNotFound() throws Exception {
		RequestPostProcessor admin = admin(fixtures.tree().province());
		int year = Math.max(2015, Math.min(2035, LocalDate.now(DeadlineCalculator.ZONE).getYear()));
		mvc.perform(get("/admin/calendar").with(admin)).andExpect(redirectedUrl("/admin/calendar/" + year));
		mvc.perform(get("/admin/calendar").param("year", "2031").with(admin))
			.andExpect(redirectedUrl("/admin/calendar/2031"));
		mvc.perform(get("/").with(admin)).andExpect(content().string(containsString("href=\"/admin/calendar\"")))
			.andExpect(content().string(containsString("Lịch làm việc")));
		for (String outside : List.of("2014", "2036", "hai-nghin", "1")) {
			mvc.perform(get("/admin/calendar/" + outside).with(admin)).andExpect(status().isNotFound());
		}
		mvc.perform(get("/admin/calendar/2026/days/2025-01-01").with(admin)).andExpect(status().isNotFound());
		mvc.perform(get("/admin/calendar/2026/days/2026-03-03").with(admin)).andExpect(status().isNotFound());
		assertThat(page("/admin/calendar/2015", admin)).doesNotContain("id=\"previous-year\"").contains("id=\"next-year\"");
		assertThat(page("/admin/calendar/2035", admin)).contains("id=\"previous-year\"").doesNotContain("id=\"next-year\"");
	}

	@Test
	void aYearWithoutADecisionIsFilledByTheDefaultRulesToBeConfirmed() throws Exception {
		String html = page("/admin/calendar/2031", admin(fixtures.tree().province()));
		List<CalendarDay> proposed = DefaultHolidayRules.statutory().forYear(2031);
		for (CalendarDay day : proposed) {
			assertThat(row(html, day.date())).contains(day.name(), TO_BE_CONFIRMED);
		}
		assertThat(row(html, DefaultHolidayRules.tetDays(2031).get(0))).contains("Tết Âm lịch", "Nghỉ lễ, Tết");
		assertThat(html).contains(proposed.size() + " ngày do quy tắc mặc định đề xuất")
			.contains("Xác nhận tất cả ngày theo quy tắc mặc định của năm 2031");
		assertThat(jdbc.queryForObject("""
				select count(*) from calendar_day where day between '2031-01-01' and '2031-12-31'
				and source = 'DEFAULT_RULE' and not confirmed""", Long.class)).isEqualTo(proposed.size());
	}

	@Test
	void confirmingClearsTheToBeConfirmedBadge() throws Exception {
		RequestPostProcessor admin = admin(fixtures.tree().province());
		LocalDate newYear = date(2032, 1, 1);
		assertThat(row(page("/admin/calendar/2032", admin), newYear)).contains(TO_BE_CONFIRMED);

		mvc.perform(post("/admin/calendar/2032/days/2032-01-01/confirm").with(csrf()).with(admin))
			.andExpect(redirectedUrl("/admin/calendar/2032"));
		String html = page("/admin/calendar/2032", admin);
		assertThat(row(html, newYear)).doesNotContain("chờ xác nhận").contains("Theo quy tắc mặc định, đã xác nhận");
		assertThat(html).contains(TO_BE_CONFIRMED);

		mvc.perform(post("/admin/calendar/2032/confirm-defaults").with(csrf()).with(admin))
			.andExpect(redirectedUrl("/admin/calendar/2032"));
		html = page("/admin/calendar/2032", admin);
		assertThat(html).doesNotContain(TO_BE_CONFIRMED).doesNotContain("id=\"pending-defaults\"");
		for (CalendarDay day : DefaultHolidayRules.statutory().forYear(2032)) {
			assertThat(row(html, day.date())).contains(day.name());
		}
		assertThat(jdbc.queryForObject("""
				select count(*) from calendar_day where day between '2032-01-01' and '2032-12-31' and not confirmed""",
				Long.class)).isZero();
		assertThat(jdbc.queryForObject("""
				select count(*) from audit_record where action = 'calendar.year.confirmed' and target_id = '2032'""",
				Long.class)).isEqualTo(1);
	}

	@Test
	void anAdminAddsChangesAndDeletesDays() throws Exception {
		RequestPostProcessor admin = admin(fixtures.tree().province());
		LocalDate monday = date(2033, 10, 10);
		LocalDate saturday = date(2033, 10, 15);
		assertThat(monday.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
		assertThat(saturday.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);

		mvc.perform(addDay(2033, "2033-10-10", "SWAPPED_OFF", "Nghỉ hoán đổi, làm bù Thứ Bảy 15/10/2033", "TB thử 1/2033")
			.with(admin)).andExpect(redirectedUrl("/admin/calendar/2033"));
		mvc.perform(addDay(2033, "2033-10-15", "MAKEUP_WORKDAY", "Làm bù cho ngày nghỉ Thứ Hai 10/10/2033", "")
			.with(admin)).andExpect(redirectedUrl("/admin/calendar/2033"));
		String html = page("/admin/calendar/2033", admin);
		assertThat(row(html, monday)).contains("Hoán đổi ngày làm việc", "TB thử 1/2033", "Theo quyết định đã công bố");
		assertThat(row(html, saturday)).contains("Làm bù", "Thứ Bảy").doesNotContain("chờ xác nhận");
		assertThat(calendarDays.workingCalendar().isWorkingDay(monday)).isFalse();
		assertThat(calendarDays.workingCalendar().isWorkingDay(saturday)).isTrue();

		assertThat(page("/admin/calendar/2033/days/2033-10-10", admin)).contains("Sửa ngày 10/10/2033");
		mvc.perform(post("/admin/calendar/2033/days/2033-10-10").with(csrf()).with(admin)
			.param("date", "2033-10-10")
			.param("type", "SWAPPED_OFF")
			.param("name", "Nghỉ hoán đổi (đã sửa)")
			.param("legalRef", "TB thử 2/2033")).andExpect(redirectedUrl("/admin/calendar/2033"));
		assertThat(row(page("/admin/calendar/2033", admin), monday)).contains("Nghỉ hoán đổi (đã sửa)", "TB thử 2/2033");

		LocalDate firstTet = DefaultHolidayRules.tetDays(2033).get(0);
		mvc.perform(post("/admin/calendar/2033/days/" + firstTet).with(csrf()).with(admin)
			.param("date", firstTet.toString())
			.param("type", "HOLIDAY")
			.param("name", "Tết Âm lịch")
			.param("legalRef", "CV thử 3/2032")).andExpect(redirectedUrl("/admin/calendar/2033"));
		assertThat(row(page("/admin/calendar/2033", admin), firstTet)).doesNotContain("chờ xác nhận")
			.contains("CV thử 3/2032", "Theo quyết định đã công bố");

		for (LocalDate day : List.of(monday, saturday)) {
			mvc.perform(post("/admin/calendar/2033/days/" + day + "/delete").with(csrf()).with(admin))
				.andExpect(redirectedUrl("/admin/calendar/2033"));
		}
		assertThat(page("/admin/calendar/2033", admin)).doesNotContain("id=\"day-" + monday + "\"")
			.doesNotContain("id=\"day-" + saturday + "\"");
		assertThat(calendarDays.workingCalendar().isWorkingDay(monday)).isTrue();
		assertThat(calendarDays.workingCalendar().isWorkingDay(saturday)).isFalse();
		assertThat(jdbc.queryForList("select action from audit_record where target_type = 'CalendarDay' and target_id = ? order by id",
				String.class, monday.toString()))
			.containsExactly("calendar.day.added", "calendar.day.changed", "calendar.day.deleted");
	}

	@Test
	void badInputIsRefusedInVietnameseAndChangesNothing() throws Exception {
		RequestPostProcessor admin = admin(fixtures.tree().province());
		long rows = rows();
		long audits = calendarAudits();
		mvc.perform(addDay(2034, "", "", "", "").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vui lòng chọn ngày.")))
			.andExpect(content().string(containsString("Vui lòng chọn loại ngày.")))
			.andExpect(content().string(containsString("Vui lòng nhập tên hoặc lý do của ngày.")));
		mvc.perform(addDay(2034, "2034-06-07", "EXTRA_OFF", "   ", "").with(admin))
			.andExpect(content().string(containsString("Vui lòng nhập tên hoặc lý do của ngày.")));
		mvc.perform(addDay(2034, "2034-06-07", "EXTRA_OFF", "N".repeat(201), "L".repeat(301)).with(admin))
			.andExpect(content().string(containsString("Tên, lý do dài tối đa 200 ký tự.")))
			.andExpect(content().string(containsString("Căn cứ pháp lý dài tối đa 300 ký tự.")));
		mvc.perform(addDay(2034, "2035-06-06", "EXTRA_OFF", "Ngoài năm", "").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ngày 06/06/2035 không thuộc năm 2034")));
		mvc.perform(addDay(2034, "2034-01-01", "EXTRA_OFF", "Trùng ngày", "").with(admin))
			.andExpect(content().string(containsString("Ngày 01/01/2034 đã có trong lịch (Tết Dương lịch)")));
		LocalDate wednesday = date(2034, 6, 7);
		assertThat(wednesday.getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
		mvc.perform(addDay(2034, "2034-06-07", "MAKEUP_WORKDAY", "Làm bù ngày thường", "").with(admin))
			.andExpect(content().string(containsString(
					"Chỉ Thứ Bảy hoặc Chủ nhật mới có thể là ngày làm bù: 07/06/2034 vốn là ngày làm việc.")));
		mvc.perform(addDay(2034, "2034-06-10", "COMPENSATORY_OFF", "Nghỉ bù Thứ Bảy", "").with(admin))
			.andExpect(content().string(containsString("vốn là ngày nghỉ cuối tuần")));
		mvc.perform(addDay(2034, "2034-02-30", "NGHI_LE", "Ngày sai", "").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ngày không hợp lệ.")))
			.andExpect(content().string(containsString("Loại ngày không hợp lệ.")));
		mvc.perform(post("/admin/calendar/2034/days/2034-01-01").with(csrf()).with(admin)
			.param("date", "2034-01-01")
			.param("type", "MAKEUP_WORKDAY")
			.param("name", "")
			.param("legalRef", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vui lòng nhập tên hoặc lý do của ngày.")));
		mvc.perform(post("/admin/calendar/2034/days/2034-01-02").with(csrf()).with(admin)
			.param("date", "2034-01-02")
			.param("type", "MAKEUP_WORKDAY")
			.param("name", "Làm bù Thứ Hai")
			.param("legalRef", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chỉ Thứ Bảy hoặc Chủ nhật mới có thể là ngày làm bù")));
		assertThat(rows()).isEqualTo(rows);
		assertThat(calendarAudits()).isEqualTo(audits);
		assertThat(calendarDays.daysOf(2034)).filteredOn(day -> day.date().getMonthValue() == 1)
			.allMatch(day -> day.source() == Source.DEFAULT_RULE && !day.confirmed());
	}

	@Test
	void otherAdministratorsOnlyReadTheCalendar() throws Exception {
		Tree tree = fixtures.tree();
		RequestPostProcessor districtAdmin = admin(tree.district());
		long rows = rows();
		String html = page("/admin/calendar/2031", districtAdmin);
		assertThat(html).contains("Bạn chỉ được xem", TO_BE_CONFIRMED)
			.doesNotContain("id=\"add-day\"")
			.doesNotContain("/confirm-defaults");
		mvc.perform(addDay(2033, "2033-06-08", "EXTRA_OFF", "Không được thêm", "").with(districtAdmin))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/calendar/2031/confirm-defaults").with(csrf()).with(districtAdmin))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/calendar/2031/days/2031-01-01/delete").with(csrf()).with(districtAdmin))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/calendar/2031/days/2031-01-01").with(districtAdmin)).andExpect(status().isForbidden());
		mvc.perform(get("/admin/calendar/2026")
			.with(user(fixtures.principal(fixtures.user(tree.province(), Role.RECEPTION_CLERK)))))
			.andExpect(status().isForbidden());
		assertThat(rows()).isEqualTo(rows);
		assertThat(html).doesNotContain("href=\"/admin/calendar/2031/days/");
	}

	@Test
	void englishPageNamesTheTypesInEnglish() throws Exception {
		mvc.perform(get("/admin/calendar/2026").param("lang", "en").with(admin(fixtures.tree().province())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Working calendar 2026")))
			.andExpect(content().string(containsString("Make-up working day")))
			.andExpect(content().string(containsString("Unverified – to be confirmed")))
			.andExpect(content().string(not(containsString("??"))));
	}

}
