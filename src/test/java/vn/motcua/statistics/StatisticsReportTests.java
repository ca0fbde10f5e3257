package vn.motcua.statistics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.IntegrationTest;
import vn.motcua.TestClock;
import vn.motcua.calendar.SupplementPolicy;
import vn.motcua.citizen.CitizenRatings;
import vn.motcua.citizen.RatingLevel;
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
import vn.motcua.statistics.ReportClassification.Facts;
import vn.motcua.statistics.ReportClassification.Period;
import vn.motcua.statistics.ReportClassification.Placement;
import vn.motcua.statistics.StatisticsReport.Counts;
import vn.motcua.statistics.StatisticsReport.Group;
import vn.motcua.statistics.StatisticsReport.GroupBy;
import vn.motcua.statistics.StatisticsReport.Report;
import vn.motcua.web.MotCuaTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The report over a small hand-made set of dossiers driven through the real dossier flow (so the read model is fed by
 * the events), counted for March 2026 on 10/04/2026.
 *
 * <p>At commune X: A carried over from February, resolved on time; B late; C early; D on time; E open and overdue;
 * F awaiting a supplement asked before its appointment; G withdrawn in March; I received in April; J received and
 * resolved in February. At commune Y (same province): H online, open. At the province itself: K, another field,
 * open. Ratings in March: A satisfied, C very satisfied, D not satisfied; J's February rating is outside.
 */
@IntegrationTest
class StatisticsReportTests {

	static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);

	static final LocalDate MARCH_31 = LocalDate.of(2026, 3, 31);

	/** Built once: the rows stay in the shared database, in units of their own. */
	static DataSet set;

	record DataSet(Office office, Office otherOffice, UnitView province, UnitView communeY, Map<String, String> codes,
			String statistics, String communeStatistics, String specialistAtProvince) {
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
	CitizenRatings ratings;

	@Autowired
	StatisticsReport reports;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	ReportClassification rules = new ReportClassification(MotCuaTime.ZONE);

	static ZonedDateTime at(int year, int month, int day, int hour, int minute) {
		return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, MotCuaTime.ZONE);
	}

	@BeforeEach
	void dataSet() {
		if (set == null) {
			set = build();
		}
		clock.set(at(2026, 4, 10, 10, 0));
	}

	@AfterEach
	void realTime() {
		clock.reset();
	}

	private DataSet build() {
		Office office = fixtures.office(5, SupplementPolicy.PAUSE);
		Office otherOffice = fixtures.office(5, SupplementPolicy.PAUSE);
		UnitView province = units.find(office.commune().parentCode()).orElseThrow();
		UnitView communeY = organisation.unit(UnitKind.COMMUNE, province);
		CurrentUser clerkY = fixtures.user(communeY, Role.RECEPTION_CLERK);
		CurrentUser provinceClerk = fixtures.user(province, Role.RECEPTION_CLERK);
		String procedure = office.procedure().code();
		Map<String, String> codes = new LinkedHashMap<>();

		// A: received Thursday 26/02, appointment Thursday 05/03 17:00, resolved that day at 15:00
		DossierView a = receive(office.clerk(), procedure, Channel.DIRECT, at(2026, 2, 26, 9, 0));
		a = resolve(office, a, a.dueAt().minus(Duration.ofHours(2)));
		codes.put("A", a.code());
		// B: received 02/03, appointment 09/03, resolved 10/03
		DossierView b = receive(office.clerk(), procedure, Channel.DIRECT, at(2026, 3, 2, 9, 0));
		codes.put("B", resolve(office, b, at(2026, 3, 10, 10, 0).toInstant()).code());
		// C: received 03/03, resolved 05/03, days before its appointment
		DossierView c = receive(office.clerk(), procedure, Channel.DIRECT, at(2026, 3, 3, 9, 0));
		c = resolve(office, c, at(2026, 3, 5, 10, 0).toInstant());
		codes.put("C", c.code());
		// D: received 04/03, resolved on its appointment day before the hour
		DossierView d = receive(office.clerk(), procedure, Channel.DIRECT, at(2026, 3, 4, 9, 0));
		d = resolve(office, d, d.dueAt().minus(Duration.ofHours(2)));
		codes.put("D", d.code());
		// E: received 16/03, appointment 23/03, still open
		codes.put("E", receive(office.clerk(), procedure, Channel.DIRECT, at(2026, 3, 16, 9, 0)).code());
		// F: received 20/03, supplement asked 24/03 (before the appointment 27/03), still awaited
		DossierView f = receive(office.clerk(), procedure, Channel.DIRECT, at(2026, 3, 20, 9, 0));
		f = dossiers.assign(office.clerk(), f.code(), f.version(), office.specialist().username(), null);
		clock.set(at(2026, 3, 24, 10, 0));
		f = dossiers.requestSupplement(office.specialist(), f.code(), f.version(), "Bản sao giấy đăng ký kết hôn", null);
		codes.put("F", f.code());
		// G: received 05/03, withdrawn 06/03
		DossierView g = receive(office.clerk(), procedure, Channel.DIRECT, at(2026, 3, 5, 9, 0));
		clock.set(at(2026, 3, 6, 9, 0));
		codes.put("G", dossiers.withdraw(office.clerk(), g.code(), g.version(), "Người nộp xin rút", false).code());
		// I: received after the period
		codes.put("I", receive(office.clerk(), procedure, Channel.DIRECT, at(2026, 4, 2, 9, 0)).code());
		// J: received and resolved in February, rated (not satisfied) in February
		DossierView j = receive(office.clerk(), procedure, Channel.DIRECT, at(2026, 2, 2, 9, 0));
		j = resolve(office, j, at(2026, 2, 5, 10, 0).toInstant());
		rate(office, j, at(2026, 2, 6, 9, 0), RatingLevel.DISSATISFIED);
		codes.put("J", j.code());
		// H: online at commune Y, open
		codes.put("H", receive(clerkY, procedure, Channel.ONLINE, at(2026, 3, 25, 9, 0)).code());
		// K: at the province itself, another field, open
		codes.put("K", receive(provinceClerk, otherOffice.procedure().code(), Channel.DIRECT, at(2026, 3, 30, 9, 0))
			.code());
		// ratings in March
		rate(office, a, at(2026, 3, 12, 9, 0), RatingLevel.SATISFIED);
		rate(office, c, at(2026, 3, 12, 9, 30), RatingLevel.VERY_SATISFIED);
		rate(office, d, at(2026, 3, 12, 10, 0), RatingLevel.DISSATISFIED);
		clock.reset();
		return new DataSet(office, otherOffice, province, communeY, codes,
				organisation.user(province, Role.STATISTICS), organisation.user(office.commune(), Role.STATISTICS),
				organisation.user(province, Role.SPECIALIST));
	}

	private DossierView receive(CurrentUser clerk, String procedure, Channel channel, ZonedDateTime when) {
		clock.set(when);
		ReceiveForm f = DossierFixtures.citizen(procedure);
		ReceiveForm form = new ReceiveForm(f.procedureCode(), channel, f.applicantKind(), f.applicantName(),
				f.idNumber(), f.taxCode(), f.phone(), f.email(), f.address(), f.subject(), f.note(), f.received(),
				f.feeStatus(), f.feeAmount(), f.feeReceiptNumber(), f.feeMethod());
		return dossiers.receive(clerk, form);
	}

	private DossierView resolve(Office office, DossierView d, Instant when) {
		clock.set(when.atZone(MotCuaTime.ZONE));
		d = dossiers.assign(office.clerk(), d.code(), d.version(), office.specialist().username(), null);
		d = dossiers.submitForApproval(office.specialist(), d.code(), d.version(), null);
		d = dossiers.approve(office.leader(), d.code(), d.version(), null);
		return dossiers.resultReady(office.clerk(), d.code(), d.version(), null);
	}

	private void rate(Office office, DossierView d, ZonedDateTime when, RatingLevel level) {
		clock.set(when);
		d = dossiers.get(office.clerk(), d.code());
		dossiers.returnResult(office.clerk(), d.code(), d.version(), null);
		ratings.rateAtCounter(office.clerk(), d.code(), level, null);
	}

	private CurrentUser statistics() {
		return organisation.principal(set.statistics());
	}

	@Test
	void marchAtTheProvince() {
		Report report = reports.report(statistics(), set.province().code(), MARCH_1, MARCH_31, GroupBy.NONE);
		Counts c = report.counts();
		assertThat(c).isEqualTo(new Counts(1, 1, 6, 0, 1, 2, 1, 3, 1, 1, 3, 2));
		assertThat(c.receivedTotal()).isEqualTo(8).isEqualTo(c.resolvedTotal() + c.inProgressTotal());
		assertThat(c.onTimeRate()).isEqualByComparingTo("75.00");
		assertThat(c.onTimeShareOfReceived()).isEqualByComparingTo("37.50");
		assertThat(c.onlineShare()).isEqualByComparingTo("14.29");
		assertThat(c.satisfaction()).isEqualByComparingTo("66.67");
		assertThat(report.groups()).isEmpty();
		// the commune alone: without H (commune Y) and K (the province's own)
		Counts x = reports.report(statistics(), set.office().commune().code(), MARCH_1, MARCH_31, GroupBy.NONE).counts();
		assertThat(x).isEqualTo(new Counts(1, 0, 5, 0, 1, 2, 1, 1, 1, 1, 3, 2));
		// February: A and J new (Tết holidays aside), J resolved early or on time, A open; J's rating
		Counts february = reports
			.report(statistics(), set.office().commune().code(), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28),
					GroupBy.NONE)
			.counts();
		assertThat(february.receivedTotal()).isEqualTo(2).isEqualTo(february.resolvedTotal() + february.inProgressTotal());
		assertThat(february.inProgressTotal()).isEqualTo(1);
		assertThat(february.ratings()).isEqualTo(1);
		assertThat(february.satisfaction()).isEqualByComparingTo("0.00");
	}

	@Test
	void groupsAddUpToTheTotal() {
		Report byUnit = reports.report(statistics(), set.province().code(), MARCH_1, MARCH_31, GroupBy.UNIT);
		assertThat(byUnit.groups()).extracting(Group::code)
			.containsExactlyInAnyOrder(set.office().commune().code(), set.communeY().code(), set.province().code());
		assertThat(sum(byUnit.groups())).isEqualTo(byUnit.counts());
		Group own = byUnit.groups().stream().filter(g -> g.code().equals(set.province().code())).findFirst().orElseThrow();
		assertThat(own.counts().receivedTotal()).isEqualTo(1);
		assertThat(byUnit.groups().get(byUnit.groups().size() - 1)).isEqualTo(own);

		Report byField = reports.report(statistics(), set.province().code(), MARCH_1, MARCH_31, GroupBy.FIELD);
		assertThat(byField.groups()).extracting(Group::code)
			.containsExactlyInAnyOrder(set.office().procedure().field().code(),
					set.otherOffice().procedure().field().code());
		assertThat(byField.groups()).extracting(Group::name)
			.contains("Lĩnh vực " + set.otherOffice().procedure().field().code());
		assertThat(sum(byField.groups())).isEqualTo(byField.counts());

		// a unit without children: only its own group
		Report commune = reports.report(statistics(), set.communeY().code(), MARCH_1, MARCH_31, GroupBy.UNIT);
		assertThat(commune.groups()).extracting(Group::code).containsExactly(set.communeY().code());
	}

	private static Counts sum(List<Group> groups) {
		long[] s = new long[12];
		for (Group g : groups) {
			Counts c = g.counts();
			long[] v = { c.carriedOver(), c.online(), c.direct(), c.postal(), c.early(), c.onTime(), c.late(),
					c.withinDeadline(), c.overdue(), c.withdrawn(), c.ratings(), c.satisfiedRatings() };
			for (int i = 0; i < v.length; i++) {
				s[i] += v[i];
			}
		}
		return new Counts(s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8], s[9], s[10], s[11]);
	}

	/** For every dossier of the set and several periods, the SQL placement is the plain rules' placement. */
	@Test
	void theSqlPlacesEveryDossierAsThePlainRulesDo() {
		Set<Long> ids = units.subtreeIds(set.province().id());
		Map<String, Facts> facts = new LinkedHashMap<>();
		for (String code : set.codes().values()) {
			facts.put(code, jdbc.queryForObject("""
					select received_at, due_at, resolved_at, withdrawn_at, paused_since
					from statistics_dossier where code = ?""",
					(rs, n) -> new Facts(instant(rs.getObject(1, OffsetDateTime.class)),
							instant(rs.getObject(2, OffsetDateTime.class)), instant(rs.getObject(3, OffsetDateTime.class)),
							instant(rs.getObject(4, OffsetDateTime.class)), instant(rs.getObject(5, OffsetDateTime.class))),
					code));
		}
		// the read model holds the dossier's own facts
		for (String code : set.codes().values()) {
			DossierView view = view(code);
			assertThat(facts.get(code).receivedAt()).isEqualTo(view.receivedAt());
			assertThat(facts.get(code).dueAt()).isEqualTo(view.dueAt());
			assertThat(facts.get(code).resolvedAt()).isEqualTo(view.resolvedAt());
		}
		List<Period> periods = new ArrayList<>();
		Instant later = at(2026, 12, 1, 0, 0).toInstant();
		periods.add(Period.of(MARCH_1, MARCH_31, later, MotCuaTime.ZONE));
		periods.add(Period.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), later, MotCuaTime.ZONE));
		periods.add(Period.of(MARCH_1, LocalDate.of(2026, 3, 9), later, MotCuaTime.ZONE));
		periods.add(Period.of(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 23), later, MotCuaTime.ZONE));
		periods.add(Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), later, MotCuaTime.ZONE));
		// periods counted while they run (the cut-off is "now")
		periods.add(Period.of(MARCH_1, MARCH_31, at(2026, 3, 23, 17, 0).toInstant(), MotCuaTime.ZONE));
		periods.add(Period.of(MARCH_1, MARCH_31, at(2026, 3, 5, 15, 0).toInstant(), MotCuaTime.ZONE));
		periods.add(Period.of(LocalDate.of(2026, 3, 24), LocalDate.of(2026, 3, 24), at(2026, 3, 24, 12, 0).toInstant(),
				MotCuaTime.ZONE));
		for (Period period : periods) {
			Map<String, Placement> sql = reports.placements(ids, period);
			facts.forEach((code, f) -> assertThat(sql.getOrDefault(code, Placement.OUTSIDE))
				.as("%s in %s", code, period)
				.isEqualTo(rules.place(f, period)));
		}
	}

	/**
	 * The pre-aggregated flows equal the raw rows for this set, whose read model was fed by the real transitions
	 * (reception, supplement, resolution, withdrawal, return, rating), for running and closed periods.
	 */
	@Test
	void theFlowsEqualTheRawRowsForDossiersMovedByTheRealTransitions() {
		List<Instant> nows = List.of(at(2026, 12, 1, 0, 0).toInstant(), at(2026, 3, 23, 17, 0).toInstant(),
				at(2026, 3, 5, 15, 0).toInstant(), at(2026, 3, 24, 12, 0).toInstant());
		List<LocalDate[]> periods = List.of(new LocalDate[] { MARCH_1, MARCH_31 },
				new LocalDate[] { LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28) },
				new LocalDate[] { LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 23) },
				new LocalDate[] { LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31) },
				new LocalDate[] { LocalDate.of(2026, 3, 24), LocalDate.of(2026, 3, 24) });
		for (UnitView unit : List.of(set.province(), set.office().commune(), set.communeY())) {
			for (Instant now : nows) {
				for (LocalDate[] p : periods) {
					Period period = Period.of(p[0], p[1], now, MotCuaTime.ZONE);
					for (GroupBy groupBy : List.of(GroupBy.NONE, GroupBy.FIELD, GroupBy.UNIT)) {
						assertThat(reports.report(unit, period, groupBy)).as("%s %s %s", unit.code(), period, groupBy)
							.isEqualTo(reports.rawReport(unit, period, groupBy));
					}
				}
			}
		}
	}

	private DossierView view(String code) {
		return dossiers.get(organisation.principal(set.statistics()), code);
	}

	private static Instant instant(OffsetDateTime value) {
		return value == null ? null : value.toInstant();
	}

	@Test
	void theApiAnswersInJson() throws Exception {
		mvc.perform(get("/api/v1/statistics").param("unit", set.province().code())
			.param("from", "2026-03-01")
			.param("to", "2026-03-31")
			.with(httpBasic(set.statistics(), OrganisationFixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unit").value(set.province().code()))
			.andExpect(jsonPath("$.from").value("2026-03-01"))
			.andExpect(jsonPath("$.to").value("2026-03-31"))
			.andExpect(jsonPath("$.received.carriedOver").value(1))
			.andExpect(jsonPath("$.received.online").value(1))
			.andExpect(jsonPath("$.received.direct").value(6))
			.andExpect(jsonPath("$.received.postal").value(0))
			.andExpect(jsonPath("$.received.newInPeriod").value(7))
			.andExpect(jsonPath("$.received.total").value(8))
			.andExpect(jsonPath("$.resolved.total").value(4))
			.andExpect(jsonPath("$.resolved.early").value(1))
			.andExpect(jsonPath("$.resolved.onTime").value(2))
			.andExpect(jsonPath("$.resolved.late").value(1))
			.andExpect(jsonPath("$.inProgress.total").value(4))
			.andExpect(jsonPath("$.inProgress.withinDeadline").value(3))
			.andExpect(jsonPath("$.inProgress.overdue").value(1))
			.andExpect(jsonPath("$.withdrawn").value(1))
			.andExpect(jsonPath("$.onTimeRate").value(75.0))
			.andExpect(jsonPath("$.onTimeShareOfReceived").value(37.5))
			.andExpect(jsonPath("$.onlineShare").value(14.29))
			.andExpect(jsonPath("$.satisfaction").value(66.67))
			.andExpect(jsonPath("$.groups.length()").value(0));
		mvc.perform(get("/api/v1/statistics").param("unit", set.province().code().toLowerCase())
			.param("from", "2026-03-01")
			.param("to", "2026-03-31")
			.param("groupBy", "unit")
			.with(httpBasic(set.statistics(), OrganisationFixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.groups.length()").value(3))
			.andExpect(jsonPath("$.groups[0].received.total").isNumber())
			.andExpect(jsonPath("$.groups[0].name").isString());
		// a period with nothing resolved: the rates are null
		mvc.perform(get("/api/v1/statistics").param("unit", set.communeY().code())
			.param("from", "2026-01-01")
			.param("to", "2026-01-31")
			.param("groupBy", "field")
			.with(httpBasic(set.statistics(), OrganisationFixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.received.total").value(0))
			.andExpect(jsonPath("$.onTimeRate").value(org.hamcrest.Matchers.nullValue()))
			.andExpect(jsonPath("$.satisfaction").value(org.hamcrest.Matchers.nullValue()))
			.andExpect(jsonPath("$.groups.length()").value(0));
	}

	@Test
	void badParametersAnswer400AndStrangersAreKeptOut() throws Exception {
		String unit = set.province().code();
		String[][] bad = { { null, "2026-03-01", "2026-03-31", null }, { unit, "2026-03-31", "2026-03-01", null },
				{ unit, "2026-02-30", "2026-03-31", null }, { unit, "01/03/2026", "2026-03-31", null },
				{ unit, "2026-03-01", null, null }, { "KHONG-CO-DON-VI-NAY", "2026-03-01", "2026-03-31", null },
				{ unit, "2026-03-01", "2026-03-31", "year" } };
		for (String[] p : bad) {
			var request = get("/api/v1/statistics").with(httpBasic(set.statistics(), OrganisationFixtures.PASSWORD));
			String[] names = { "unit", "from", "to", "groupBy" };
			for (int i = 0; i < names.length; i++) {
				if (p[i] != null) {
					request.param(names[i], p[i]);
				}
			}
			mvc.perform(request).andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").isString());
		}
		mvc.perform(get("/api/v1/statistics").param("unit", unit)
			.param("from", "2026-03-31")
			.param("to", "2026-03-01")
			.with(httpBasic(set.statistics(), OrganisationFixtures.PASSWORD)))
			.andExpect(jsonPath("$.error").value(containsString("Ngày kết thúc")));
		// a unit outside the caller's scope (the commune's statistician asks for the province)
		mvc.perform(get("/api/v1/statistics").param("unit", unit)
			.param("from", "2026-03-01")
			.param("to", "2026-03-31")
			.with(httpBasic(set.communeStatistics(), OrganisationFixtures.PASSWORD)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.error").isString());
		// a role that does not read reports
		mvc.perform(get("/api/v1/statistics").param("unit", unit)
			.param("from", "2026-03-01")
			.param("to", "2026-03-31")
			.with(httpBasic(set.specialistAtProvince(), OrganisationFixtures.PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/statistics").param("unit", unit).param("from", "2026-03-01").param("to", "2026-03-31"))
			.andExpect(status().isUnauthorized());
	}

}
