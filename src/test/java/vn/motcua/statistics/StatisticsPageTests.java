package vn.motcua.statistics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.IntegrationTest;
import vn.motcua.TestClock;
import vn.motcua.calendar.SupplementPolicy;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierFixtures;
import vn.motcua.dossier.DossierFixtures.Office;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.ReceiveForm;
import vn.motcua.organisation.CurrentUser;
import vn.motcua.organisation.OrganisationFixtures;
import vn.motcua.organisation.OrganisationUnits;
import vn.motcua.organisation.Role;
import vn.motcua.organisation.UnitKind;
import vn.motcua.organisation.UnitView;
import vn.motcua.statistics.StatisticsReport.CellPage;
import vn.motcua.statistics.StatisticsReport.Column;
import vn.motcua.statistics.StatisticsReport.Counts;
import vn.motcua.statistics.StatisticsReport.Group;
import vn.motcua.statistics.StatisticsReport.GroupBy;
import vn.motcua.statistics.StatisticsReport.Report;
import vn.motcua.web.MotCuaTime;
import vn.motcua.web.VnFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The statistics page over data of its own, March 2026 counted on 10/04/2026: at commune X (the office) A carried
 * over and resolved early, B late, C online and open, D online resolved on its day, W withdrawn; at commune Y (same
 * province) E online and open, at the province itself P direct, open.
 */
@IntegrationTest
class StatisticsPageTests {

	static Data data;

	record Data(Office office, UnitView province, UnitView communeY, String statistics, String communeStatistics,
			String specialist) {
	}

	@Autowired
	Dossiers dossiers;

	@Autowired
	DossierFixtures fixtures;

	@Autowired
	OrganisationFixtures organisation;

	@Autowired
	OrganisationUnits units;

	@Autowired
	StatisticsReport reports;

	@Autowired
	TestClock clock;

	@Autowired
	MockMvc mvc;

	VnFormat fmt = new VnFormat();

	static ZonedDateTime at(int month, int day, int hour) {
		return ZonedDateTime.of(2026, month, day, hour, 0, 0, 0, MotCuaTime.ZONE);
	}

	@BeforeEach
	void build() {
		if (data == null) {
			data = data();
		}
		clock.set(at(4, 10, 10));
	}

	@AfterEach
	void realTime() {
		clock.reset();
	}

	private Data data() {
		Office office = fixtures.office(5, SupplementPolicy.PAUSE);
		UnitView province = units.find(office.commune().parentCode()).orElseThrow();
		UnitView communeY = organisation.unit(UnitKind.COMMUNE, province);
		String procedure = office.procedure().code();
		DossierView a = receive(office.clerk(), procedure, Channel.DIRECT, at(2, 26, 9));
		resolve(office, a, at(3, 2, 10).toInstant());
		DossierView b = receive(office.clerk(), procedure, Channel.DIRECT, at(3, 2, 9));
		resolve(office, b, at(3, 10, 10).toInstant());
		receive(office.clerk(), procedure, Channel.ONLINE, at(3, 16, 9));
		DossierView d = receive(office.clerk(), procedure, Channel.ONLINE, at(3, 4, 9));
		resolve(office, d, d.dueAt().minus(Duration.ofHours(2)));
		DossierView w = receive(office.clerk(), procedure, Channel.POSTAL, at(3, 5, 9));
		clock.set(at(3, 6, 9));
		dossiers.withdraw(office.clerk(), w.code(), w.version(), "Người nộp xin rút", false);
		receive(fixtures.user(communeY, Role.RECEPTION_CLERK), procedure, Channel.ONLINE, at(3, 25, 9));
		receive(fixtures.user(province, Role.RECEPTION_CLERK), procedure, Channel.DIRECT, at(3, 30, 9));
		clock.reset();
		return new Data(office, province, communeY, organisation.user(province, Role.STATISTICS),
				organisation.user(office.commune(), Role.STATISTICS), organisation.user(province, Role.SPECIALIST));
	}

	private DossierView receive(CurrentUser clerk, String procedure, Channel channel, ZonedDateTime when) {
		clock.set(when);
		ReceiveForm f = DossierFixtures.citizen(procedure);
		return dossiers.receive(clerk, new ReceiveForm(f.procedureCode(), channel, f.applicantKind(), f.applicantName(),
				f.idNumber(), f.taxCode(), f.phone(), f.email(), f.address(), f.subject(), f.note(), f.received(),
				f.feeStatus(), f.feeAmount(), f.feeReceiptNumber(), f.feeMethod()));
	}

	private void resolve(Office office, DossierView d, Instant when) {
		clock.set(when.atZone(MotCuaTime.ZONE));
		d = dossiers.assign(office.clerk(), d.code(), d.version(), office.specialist().username(), null);
		d = dossiers.submitForApproval(office.specialist(), d.code(), d.version(), null);
		d = dossiers.approve(office.leader(), d.code(), d.version(), null);
		dossiers.resultReady(office.clerk(), d.code(), d.version(), null);
	}

	private CurrentUser statistics() {
		return organisation.principal(data.statistics());
	}

	private static final LocalDate FROM = LocalDate.of(2026, 3, 1);

	private static final LocalDate TO = LocalDate.of(2026, 3, 31);

	@Test
	void thePageShowsTheFormWithVietnameseFigures() throws Exception {
		Counts c = reports.report(statistics(), data.province().code(), FROM, TO, GroupBy.NONE).counts();
		assertThat(c.receivedTotal()).isEqualTo(6).isEqualTo(c.resolvedTotal() + c.inProgressTotal());
		assertThat(c.carriedOver()).isEqualTo(1);
		assertThat(c.online()).isEqualTo(3);
		assertThat(c.withdrawn()).isEqualTo(1);
		assertThat(c.resolvedTotal()).isEqualTo(3);
		assertThat(c.late()).isEqualTo(1);
		String onTime = fmt.percent(c.onTimeRate());
		assertThat(onTime).isEqualTo("66,67%");
		mvc.perform(get("/statistics").param("unit", data.province().code())
			.param("from", "2026-03-01")
			.param("to", "2026-03-31")
			.param("groupBy", "unit")
			.with(user(statistics())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Biểu số 06/VPCP/KSTT")))
			.andExpect(content().string(containsString("Từ ngày 01/03/2026 đến ngày 31/03/2026")))
			.andExpect(content().string(containsString("Trực tiếp, bưu chính")))
			.andExpect(content().string(containsString(data.communeY().name())))
			// on time over resolved 2 / 3, over received 2 / 6; online over new 3 / 5 vs over received 3 / 6
			.andExpect(content().string(containsString("title=\"2 / 3\">66,67%")))
			.andExpect(content().string(containsString("title=\"2 / 6\">33,33%")))
			.andExpect(content().string(containsString("title=\"3 / 5\">60,00%")))
			.andExpect(content().string(containsString("title=\"3 / 6\">50,00%")))
			// no rating in the period: a dash, not 0,00%
			.andExpect(content().string(containsString("title=\"0 / 0\">—")))
			.andExpect(content().string(containsString("data-chart=\"trend\"")))
			.andExpect(content().string(containsString("/dist/chart.umd.min.js")))
			.andExpect(content().string(containsString("/js/statistics.js")))
			.andExpect(content().string(not(containsString("<script>"))))
			.andExpect(content().string(containsString("href=\"/statistics\"")));
		// by procedure, by field: a row each, linked to their lists
		for (String groupBy : List.of("procedure", "field")) {
			mvc.perform(get("/statistics").param("unit", data.province().code())
				.param("from", "2026-03-01")
				.param("to", "2026-03-31")
				.param("groupBy", groupBy)
				.with(user(statistics())))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("groupBy=" + groupBy + "&amp;group=")))
				.andExpect(content().string(containsString(groupBy.equals("procedure") ? "Đăng ký khai sinh (thử)"
						: data.office().procedure().field().name())));
		}
		// the chart.js webjar is served without a version in the address
		mvc.perform(get("/webjars/chart.js/dist/chart.umd.min.js")).andExpect(status().isOk());
		mvc.perform(get("/js/statistics.js")).andExpect(status().isOk());
	}

	@Test
	void presetsRedirectToTheirDates() throws Exception {
		mvc.perform(get("/statistics").param("unit", data.province().code())
			.param("preset", "official-month")
			.param("year", "2026")
			.param("n", "1")
			.with(user(statistics())))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/statistics?unit=" + data.province().code()
					+ "&preset=official-month&year=2026&n=1&from=2025-12-15&to=2026-01-14&groupBy=field"));
		mvc.perform(get("/statistics").param("unit", data.province().code())
			.param("preset", "quarter")
			.param("year", "2026")
			.param("n", "1")
			.param("groupBy", "unit")
			.with(user(statistics())))
			.andExpect(redirectedUrl("/statistics?unit=" + data.province().code()
					+ "&preset=quarter&year=2026&n=1&from=2026-01-01&to=2026-03-31&groupBy=unit"));
		// the address it lands on is the page itself
		mvc.perform(get("/statistics").param("unit", data.province().code())
			.param("preset", "quarter")
			.param("year", "2026")
			.param("n", "1")
			.param("from", "2026-01-01")
			.param("to", "2026-03-31")
			.with(user(statistics())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Từ ngày 01/01/2026 đến ngày 31/03/2026")));
		// nothing given: this month, the user's own unit
		mvc.perform(get("/statistics").with(user(statistics())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Từ ngày 01/04/2026 đến ngày 30/04/2026")));
	}

	/** Every cell of every grouping: the list behind it holds exactly that many dossiers, none twice. */
	@Test
	void eachCellsListHasTheCellsCount() throws Exception {
		int checked = 0;
		for (GroupBy groupBy : GroupBy.values()) {
			Report report = reports.report(statistics(), data.province().code(), FROM, TO, groupBy);
			List<String> keys = new ArrayList<>();
			keys.add(null);
			report.groups().stream().map(Group::code).forEach(keys::add);
			for (String key : keys) {
				Counts counts = key == null ? report.counts()
						: report.groups().stream().filter(g -> g.code().equals(key)).findFirst().orElseThrow().counts();
				for (Column column : Column.values()) {
					CellPage cell = reports.cell(statistics(), data.province().code(), FROM, TO, groupBy, key, column, 0,
							500);
					assertThat(cell.total()).as("%s %s %s", groupBy, key, column).isEqualTo(column.of(counts));
					assertThat(cell.rows()).hasSize((int) cell.total());
					Set<String> codes = new HashSet<>();
					cell.rows().forEach(r -> codes.add(r.code()));
					assertThat(codes).hasSize(cell.rows().size());
					checked++;
				}
			}
		}
		assertThat(checked).isGreaterThan(100);
		// pages of 2: three resolved dossiers on two pages
		CellPage first = reports.cell(statistics(), data.province().code(), FROM, TO, GroupBy.NONE, null,
				Column.RESOLVED, 0, 2);
		CellPage second = reports.cell(statistics(), data.province().code(), FROM, TO, GroupBy.NONE, null,
				Column.RESOLVED, 1, 2);
		assertThat(first.rows()).hasSize(2);
		assertThat(first.hasNext()).isTrue();
		assertThat(second.rows()).hasSize(1);
		assertThat(second.hasNext()).isFalse();
		// the page of a cell: its count and its dossiers, linked
		Report byUnit = reports.report(statistics(), data.province().code(), FROM, TO, GroupBy.UNIT);
		Group x = byUnit.groups().stream().filter(g -> g.code().equals(data.office().commune().code())).findFirst()
			.orElseThrow();
		CellPage list = reports.cell(statistics(), data.province().code(), FROM, TO, GroupBy.UNIT, x.code(),
				Column.RECEIVED, 0, 50);
		assertThat(list.total()).isEqualTo(x.counts().receivedTotal()).isEqualTo(4);
		var result = mvc.perform(get("/statistics/dossiers").param("unit", data.province().code())
			.param("from", "2026-03-01")
			.param("to", "2026-03-31")
			.param("groupBy", "unit")
			.param("group", x.code())
			.param("col", "received")
			.with(user(statistics())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-total=\"4\"")))
			.andExpect(content().string(containsString("4 hồ sơ")))
			.andExpect(content().string(containsString("Nhận giải quyết — tổng số")));
		for (var row : list.rows()) {
			result.andExpect(content().string(containsString("href=\"/dossiers/" + row.code() + "\"")));
		}
		mvc.perform(get("/statistics/dossiers").param("unit", data.province().code())
			.param("from", "2026-03-01")
			.param("to", "2026-03-31")
			.param("col", "withdrawn")
			.with(user(statistics())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-total=\"1\"")));
	}

	@Test
	void badParametersAnswerInVietnameseAndStrangersAreKeptOut() throws Exception {
		String unit = data.province().code();
		String[][] bad = { { "from", "2026-02-30", "Ngày không hợp lệ" }, { "from", "01/03/2026", "Ngày không hợp lệ" },
				{ "groupBy", "year", "Tham số groupBy" }, { "preset", "tuan", "Không có kỳ báo cáo" },
{ "to", "2026-02-01", "Ngày kết thúc" },
				{ "year", "năm", "cần một số" }, { "from", "0000-01-01", "Năm của" } };
		for (String[] p : bad) {
			java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
			params.put("unit", unit);
			params.put("from", "2026-03-01");
			params.put("to", "2026-03-31");
			if (p[0].equals("preset") || p[0].equals("year")) {
				params.put("preset", "month");
			}
			params.put(p[0], p[1]);
			var request = get("/statistics").with(user(statistics()));
			params.forEach(request::param);
			mvc.perform(request)
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString(p[2])))
				.andExpect(content().string(containsString("id=\"stat-form\"")));
		}
		mvc.perform(get("/statistics").param("preset", "month").param("n", "13").with(user(statistics())))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("từ 1 đến 12")));
		for (String[] p : new String[][] { { "col", "tong" }, { "page", "x" }, { "page", "-1" }, { "to", "" } }) {
			java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
			params.put("unit", unit);
			params.put("from", "2026-03-01");
			params.put("to", "2026-03-31");
			params.put("col", "received");
			params.put(p[0], p[1]);
			var request = get("/statistics/dossiers").with(user(statistics()));
			params.forEach(request::param);
			mvc.perform(request).andExpect(status().isBadRequest()).andExpect(content().string(containsString("alert-danger")));
		}
		// a unit outside the scope: the commune's statistician asks for the province, or for commune Y
		CurrentUser commune = organisation.principal(data.communeStatistics());
		for (String other : List.of(unit, data.communeY().code())) {
			mvc.perform(get("/statistics").param("unit", other).param("from", "2026-03-01").param("to", "2026-03-31")
				.with(user(commune))).andExpect(status().isForbidden());
			mvc.perform(get("/statistics/dossiers").param("unit", other)
				.param("from", "2026-03-01")
				.param("to", "2026-03-31")
				.param("col", "received")
				.with(user(commune))).andExpect(status().isForbidden());
		}
		// a unit that does not exist: refused like a foreign one
		mvc.perform(get("/statistics").param("unit", "KHONG-CO-DON-VI").with(user(statistics())))
			.andExpect(status().isForbidden());
		// the commune's own figures are fine
		mvc.perform(get("/statistics").param("unit", data.office().commune().code()).with(user(commune)))
			.andExpect(status().isOk());
		// a role that does not read reports; no nav link for it
		CurrentUser specialist = organisation.principal(data.specialist());
		mvc.perform(get("/statistics").with(user(specialist))).andExpect(status().isForbidden());
		mvc.perform(get("/").with(user(specialist)))
			.andExpect(content().string(not(containsString("href=\"/statistics\""))));
		mvc.perform(get("/statistics")).andExpect(status().is3xxRedirection());
	}

}
