package vn.motcua.calendar;

import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.IntegrationTest;
import vn.motcua.organisation.OrganisationFixtures;
import vn.motcua.organisation.OrganisationFixtures.Tree;
import vn.motcua.organisation.Role;
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

/** A unit's office hours: shown, changed, refused when out of order, audited in the unit's history. */
@IntegrationTest
class OfficeHoursPageTests {

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

	private static MockHttpServletRequestBuilder save(UnitView unit, String... times) {
		return post("/admin/units/" + unit.code() + "/office-hours").with(csrf())
			.param("morningStart", times[0])
			.param("morningEnd", times[1])
			.param("afternoonStart", times[2])
			.param("afternoonEnd", times[3]);
	}

	private long rows(UnitView unit) {
		return jdbc.queryForObject("select count(*) from office_hours where unit_id = ?", Long.class, unit.id());
	}

	private long audits(UnitView unit) {
		return jdbc.queryForObject("select count(*) from audit_record where target_id = ? and action like 'calendar.%'",
				Long.class, unit.code());
	}

	@Test
	void anAdminChangesAUnitsOfficeHours() throws Exception {
		Tree tree = fixtures.tree();
		RequestPostProcessor admin = admin(tree.district());
		UnitView commune = tree.communeA();
		mvc.perform(get("/units/" + commune.code()).with(admin))
			.andExpect(content().string(containsString("href=\"/admin/units/" + commune.code() + "/office-hours\"")));
		mvc.perform(get("/admin/units/" + commune.code() + "/office-hours").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đơn vị làm việc theo giờ mặc định: 07:30–11:30, 13:00–17:00.")))
			.andExpect(content().string(containsString("value=\"07:30\"")))
			.andExpect(content().string(containsString("value=\"17:00\"")));

		mvc.perform(save(commune, "07:00", "11:00", "13:30", "16:30").with(admin))
			.andExpect(redirectedUrl("/admin/units/" + commune.code() + "/office-hours"));
		assertThat(calendarDays.officeHours(commune.id())).isEqualTo(new OfficeHours(LocalTime.of(7, 0),
				LocalTime.of(11, 0), LocalTime.of(13, 30), LocalTime.of(16, 30)));
		mvc.perform(get("/admin/units/" + commune.code() + "/office-hours").with(admin))
			.andExpect(content().string(containsString("Đơn vị làm việc theo giờ riêng: 07:00–11:00, 13:30–16:30.")));
		mvc.perform(get("/units/" + commune.code()).with(admin))
			.andExpect(content().string(containsString("Đổi giờ làm việc")))
			.andExpect(content().string(containsString("sau: 07:00–11:00, 13:30–16:30")));

		mvc.perform(post("/admin/units/" + commune.code() + "/office-hours/reset").with(csrf()).with(admin))
			.andExpect(redirectedUrl("/admin/units/" + commune.code() + "/office-hours"));
		assertThat(rows(commune)).isZero();
		assertThat(calendarDays.officeHours(commune.id())).isEqualTo(OfficeHours.DEFAULT);
		assertThat(jdbc.queryForList("select action from audit_record where target_type = 'OrganisationUnit' "
				+ "and target_id = ? order by id", String.class, commune.code()))
			.containsExactly("calendar.officeHours.changed", "calendar.officeHours.reset");
	}

	@Test
	void hoursOutOfOrderAreRefusedInVietnameseAndChangeNothing() throws Exception {
		Tree tree = fixtures.tree();
		RequestPostProcessor admin = admin(tree.province());
		UnitView unit = tree.direct();
		mvc.perform(save(unit, "08:00", "11:00", "13:00", "17:00").with(admin))
			.andExpect(redirectedUrl("/admin/units/" + unit.code() + "/office-hours"));
		long audits = audits(unit);

		mvc.perform(save(unit, "11:30", "07:30", "13:00", "17:00").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Giờ kết thúc buổi sáng phải sau giờ bắt đầu buổi sáng.")));
		mvc.perform(save(unit, "07:30", "12:00", "11:30", "17:00").with(admin))
			.andExpect(content().string(containsString("Buổi chiều phải bắt đầu từ giờ kết thúc buổi sáng trở đi.")));
		mvc.perform(save(unit, "07:30", "11:30", "17:00", "17:00").with(admin))
			.andExpect(content().string(containsString("Giờ kết thúc buổi chiều phải sau giờ bắt đầu buổi chiều.")));
		mvc.perform(save(unit, "", "11:30", "13:00", "17:00").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vui lòng nhập giờ (HH:mm).")));
		mvc.perform(save(unit, "07:30", "11:30", "25:00", "5 giờ chiều").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Giờ không hợp lệ (HH:mm).")));

		assertThat(calendarDays.officeHours(unit.id())).isEqualTo(new OfficeHours(LocalTime.of(8, 0),
				LocalTime.of(11, 0), LocalTime.of(13, 0), LocalTime.of(17, 0)));
		assertThat(audits(unit)).isEqualTo(audits);
	}

	@Test
	void onlyAdministratorsWhoseScopeReachesTheUnitSeeItsHours() throws Exception {
		Tree tree = fixtures.tree();
		RequestPostProcessor districtAdmin = admin(tree.district());
		mvc.perform(get("/admin/units/" + tree.direct().code() + "/office-hours").with(districtAdmin))
			.andExpect(status().isForbidden());
		mvc.perform(save(tree.direct(), "07:00", "11:00", "13:00", "16:00").with(districtAdmin))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/units/" + tree.communeA().code() + "/office-hours")
			.with(user(fixtures.principal(fixtures.user(tree.communeA(), Role.LEADER)))))
			.andExpect(status().isForbidden());
		assertThat(rows(tree.direct())).isZero();
	}

}
