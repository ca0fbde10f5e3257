package vn.motcua.statistics;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.motcua.IntegrationTest;
import vn.motcua.organisation.OrganisationFixtures;
import vn.motcua.organisation.OrganisationFixtures.Tree;
import vn.motcua.organisation.UnitView;
import vn.motcua.statistics.ReportClassification.Period;
import vn.motcua.statistics.StatisticsFlows.Range;
import vn.motcua.statistics.StatisticsReport.GroupBy;
import vn.motcua.statistics.StatisticsReport.Report;
import vn.motcua.web.MotCuaTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pre-aggregated flows (V22__statistics_flows.sql, {@link StatisticsFlows}) give exactly the report of the raw
 * rows ({@link StatisticsReport#rawReport}), over random dossiers changed in every way the read model is changed —
 * received one by one and in bulk, re-received by an import's upsert, resolved, rejected, withdrawn, paused and
 * resumed with a moved appointment, rated, moved to another unit or field, deleted — with merges in between, for
 * random periods and cut-offs (end of day, "now" inside a day, periods still running or in the future).
 */
@IntegrationTest
class StatisticsFlowsTests {

	static final String[] CHANNELS = { "DIRECT", "ONLINE", "POSTAL" };

	static final String[] LEVELS = { "VERY_SATISFIED", "SATISFIED", "DISSATISFIED" };

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OrganisationFixtures organisation;

	@Autowired
	StatisticsReport reports;

	@Autowired
	StatisticsFlowCompaction compaction;

	final Random random = new Random(20261123);

	final LocalDate first = LocalDate.of(2024, 11, 1);

	final int days = 520;

	@Test
	void rangesCoverTheDaysWithWholeYearsMonthsWeeksAndDays() {
		// a month so far (Sunday the 1st to Monday the 23rd): one day and three weeks
		assertThat(StatisticsFlows.ranges(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 23))).containsExactly(
				new Range('D', LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 2)),
				new Range('W', LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 23)));
		// weeks cross into a month that is not whole; not into one that is
		assertThat(StatisticsFlows.ranges(LocalDate.of(2026, 10, 20), LocalDate.of(2026, 11, 12))).containsExactly(
				new Range('D', LocalDate.of(2026, 10, 20), LocalDate.of(2026, 10, 26)),
				new Range('W', LocalDate.of(2026, 10, 26), LocalDate.of(2026, 11, 9)),
				new Range('D', LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 12)));
		assertThat(StatisticsFlows.ranges(LocalDate.of(2026, 9, 20), LocalDate.of(2026, 11, 12))).containsExactly(
				new Range('D', LocalDate.of(2026, 9, 20), LocalDate.of(2026, 9, 21)),
				new Range('W', LocalDate.of(2026, 9, 21), LocalDate.of(2026, 9, 28)),
				new Range('D', LocalDate.of(2026, 9, 28), LocalDate.of(2026, 10, 1)),
				new Range('M', LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1)),
				new Range('D', LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 2)),
				new Range('W', LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 9)),
				new Range('D', LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 12)));
		assertThat(StatisticsFlows.ranges(LocalDate.of(2024, 12, 30), LocalDate.of(2026, 3, 3))).containsExactly(
				new Range('D', LocalDate.of(2024, 12, 30), LocalDate.of(2025, 1, 1)),
				new Range('Y', LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)),
				new Range('M', LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1)),
				new Range('D', LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 3)));
		assertThat(StatisticsFlows.ranges(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 5))).isEmpty();
		assertThat(StatisticsFlows.ranges(LocalDate.of(1900, 1, 1), LocalDate.of(2026, 2, 1))).containsExactly(
				new Range('Y', LocalDate.of(1900, 1, 1), LocalDate.of(2026, 1, 1)),
				new Range('M', LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1)));
		// every day once, in order, in whole spans, for random intervals; never more than six single days in a row
		for (int i = 0; i < 2_000; i++) {
			LocalDate from = first.plusDays(random.nextInt(900));
			LocalDate to = from.plusDays(random.nextInt(800));
			LocalDate at = from;
			List<Range> ranges = StatisticsFlows.ranges(from, to);
			for (Range range : ranges) {
				assertThat(range.from()).isEqualTo(at);
				assertThat(range.to()).isAfter(range.from());
				switch (range.span()) {
					case 'Y' -> assertThat(range.from().getDayOfYear()).isEqualTo(1);
					case 'M' -> assertThat(range.from().getDayOfMonth()).isEqualTo(1);
					case 'W' -> {
						assertThat(range.from().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
						assertThat(range.from().until(range.to(), java.time.temporal.ChronoUnit.DAYS) % 7).isZero();
					}
					default -> assertThat(range.from().until(range.to(), java.time.temporal.ChronoUnit.DAYS))
						.isLessThanOrEqualTo(6);
				}
				at = range.to();
			}
			assertThat(at).isEqualTo(to);
			assertThat(ranges).hasSizeLessThanOrEqualTo(9);
		}
	}

	@Test
	void theFlowsEqualTheRawRowsOverRandomDataAndPeriods() {
		Tree tree = organisation.tree();
		UnitView[] units = { tree.province(), tree.district(), tree.communeA(), tree.communeB(), tree.direct() };
		String[] fields = { OrganisationFixtures.uniqueCode("LV"), OrganisationFixtures.uniqueCode("LV"),
				OrganisationFixtures.uniqueCode("LV") };
		String prefix = OrganisationFixtures.uniqueCode("FLOW");
		List<String> codes = new ArrayList<>();
		int changes = 0;

		// received one by one, and in bulk (one statement, as the import's copy does)
		for (int i = 0; i < 300; i++) {
			codes.add(insert(prefix + "-" + i, units, fields));
		}
		StringBuilder bulk = new StringBuilder();
		List<Object> values = new ArrayList<>();
		for (int i = 300; i < 450; i++) {
			String code = prefix + "-" + i;
			Instant received = randomInstant();
			bulk.append(bulk.isEmpty() ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?)");
			values.addAll(List.of(code, units[random.nextInt(units.length)].id(), fields[random.nextInt(fields.length)],
					"TT", CHANNELS[random.nextInt(3)], ts(received), ts(due(received))));
			codes.add(code);
		}
		jdbc.update("insert into statistics_dossier (code, unit_id, field_code, procedure_code, channel, received_at, "
				+ "due_at) values " + bulk, values.toArray());

		for (int round = 0; round < 1_200; round++) {
			String code = codes.get(random.nextInt(codes.size()));
			Row row = row(code);
			if (row == null) {
				continue;
			}
			Instant after = row.received.plus(Duration.ofMinutes(30 + random.nextInt(60 * 24 * 20)));
			switch (random.nextInt(10)) {
				case 0, 1 -> { // resolved (approved or rejected), judged against a due that may have moved
					if (row.open()) {
						jdbc.update("update statistics_dossier set resolved_at = ?, rejected = ?, paused_since = null "
								+ "where code = ?", ts(after), random.nextBoolean(), code);
					}
				}
				case 2 -> { // withdrawn or stopped (the read model leaves paused_since as it was)
					if (row.open()) {
						jdbc.update("update statistics_dossier set withdrawn_at = ? where code = ?", ts(after), code);
					}
				}
				case 3 -> { // a supplement asked: paused, sometimes after the appointment had passed
					if (row.open()) {
						jdbc.update("update statistics_dossier set paused_since = ? where code = ?", ts(after), code);
					}
				}
				case 4 -> { // the supplement came: the clock runs again towards a later appointment
					jdbc.update("update statistics_dossier set paused_since = null, due_at = due_at + ? * interval "
							+ "'1 hour' where code = ?", 1 + random.nextInt(24 * 10), code);
				}
				case 5 -> { // rated
					jdbc.update("update statistics_dossier set rated_at = ?, rating_level = ? where code = ?",
							ts(after), LEVELS[random.nextInt(3)], code);
				}
				case 6 -> { // an import's upsert of the same code with other facts
					Instant received = randomInstant();
					jdbc.update("""
							insert into statistics_dossier (code, unit_id, field_code, procedure_code, channel,
							    received_at, due_at) values (?, ?, ?, 'TT', ?, ?, ?)
							on conflict (code) do update set unit_id = excluded.unit_id,
							    field_code = excluded.field_code, channel = excluded.channel,
							    received_at = excluded.received_at, due_at = excluded.due_at, resolved_at = null,
							    withdrawn_at = null, paused_since = null, rated_at = null, rating_level = null""",
							code, units[random.nextInt(units.length)].id(), fields[random.nextInt(fields.length)],
							CHANNELS[random.nextInt(3)], ts(received), ts(due(received)));
				}
				case 7 -> jdbc.update("update statistics_dossier set unit_id = ?, field_code = ? where code = ?",
						units[random.nextInt(units.length)].id(), fields[random.nextInt(fields.length)], code);
				case 8 -> {
					if (random.nextInt(4) == 0) {
						jdbc.update("delete from statistics_dossier where code = ?", code);
					}
					else {
						codes.add(insert(prefix + "-n" + round, units, fields));
					}
				}
				default -> {
					// several rows in one statement: a bulk change
					jdbc.update("update statistics_dossier set resolved_at = received_at + interval '3 days' "
							+ "where code like ? and resolved_at is null and withdrawn_at is null and code like ?",
							prefix + "-%", "%" + random.nextInt(10));
				}
			}
			changes++;
			if (round % 300 == 0) {
				compaction.compact();
			}
		}

		int compared = 0;
		for (int i = 0; i < 150; i++) {
			LocalDate from = first.plusDays(random.nextInt(days) - 20);
			LocalDate to = from.plusDays(random.nextInt(random.nextBoolean() ? 40 : 400));
			Instant now = switch (random.nextInt(4)) {
				case 0 -> randomInstant(); // "now" anywhere: inside the period, before it, after it
				case 1 -> to.atTime(random.nextInt(24), random.nextInt(60)).atZone(MotCuaTime.ZONE).toInstant();
				default -> Instant.parse("2030-01-01T00:00:00Z");
			};
			Period period = Period.of(from, to, now, MotCuaTime.ZONE);
			for (UnitView unit : units) {
				Map<GroupBy, Report> byGrouping = new java.util.EnumMap<>(GroupBy.class);
				for (GroupBy groupBy : List.of(GroupBy.NONE, GroupBy.FIELD, GroupBy.UNIT)) {
					Report flows = reports.report(unit, period, groupBy);
					Report raw = reports.rawReport(unit, period, groupBy);
					assertThat(flows).as("%s %s by %s", unit.code(), period, groupBy).isEqualTo(raw);
					byGrouping.put(groupBy, flows);
					compared++;
				}
				// the page shows an ungrouped report as the by-unit one without its lines (one report, not two)
				assertThat(byGrouping.get(GroupBy.UNIT).ungrouped()).isEqualTo(byGrouping.get(GroupBy.NONE));
				// and its default, by field, with the by-unit one from one pass grouped two ways
				var page = reports.reportWithByUnit(unit, period, GroupBy.FIELD);
				assertThat(page.report()).isEqualTo(byGrouping.get(GroupBy.FIELD));
				assertThat(page.byUnit()).isEqualTo(byGrouping.get(GroupBy.UNIT));
			}
			if (i == 75) {
				compaction.compact();
			}
		}
		// the chart's monthly trend, months over from one query: each month as its own report counts it
		var reader = organisation.principal(organisation.user(tree.province(), vn.motcua.organisation.Role.STATISTICS));
		for (UnitView unit : units) {
			for (StatisticsReport.MonthFigures month : reports.trend(reader, unit.code(),
					java.time.YearMonth.of(2026, 5), 20)) {
				Period period = Period.of(month.month().atDay(1), month.month().atEndOfMonth(), Instant.now(),
						MotCuaTime.ZONE);
				var raw = reports.rawReport(unit, period, GroupBy.NONE).counts();
				assertThat(month.received()).as("%s %s", unit.code(), month.month()).isEqualTo(raw.newInPeriod());
				assertThat(month.resolved()).as("%s %s", unit.code(), month.month()).isEqualTo(raw.resolvedTotal());
			}
		}
		// a month still running at "now" (the trend's last month), from its days: as that month's report counts it
		for (int i = 0; i < 60; i++) {
			Instant now = i % 5 == 0 ? randomInstant()
					: first.plusDays(random.nextInt(days)).atTime(random.nextInt(24), random.nextInt(60))
						.atZone(MotCuaTime.ZONE).toInstant();
			java.time.YearMonth running = java.time.YearMonth.from(now.atZone(MotCuaTime.ZONE));
			UnitView unit = units[random.nextInt(units.length)];
			List<StatisticsReport.MonthFigures> trend = reports.trend(unit, running, 2, now);
			for (StatisticsReport.MonthFigures month : trend) {
				Period period = Period.of(month.month().atDay(1), month.month().atEndOfMonth(), now, MotCuaTime.ZONE);
				var raw = reports.rawReport(unit, period, GroupBy.NONE).counts();
				assertThat(month.received()).as("%s %s at %s", unit.code(), month.month(), now)
					.isEqualTo(raw.newInPeriod());
				assertThat(month.resolved()).as("%s %s at %s", unit.code(), month.month(), now)
					.isEqualTo(raw.resolvedTotal());
			}
		}
		long flowRows = jdbc.queryForObject("select count(*) from statistics_flow where unit_id = any(?)", Long.class,
				(Object) new Long[] { units[0].id(), units[1].id(), units[2].id(), units[3].id(), units[4].id() });
		System.out.printf("Statistics flows: %d reports equal to the raw rows after %d changes of %d dossiers "
				+ "(%d flow rows)%n", compared, changes, codes.size(), flowRows);
		assertThat(compared).isEqualTo(150 * 5 * 3);
	}

	private String insert(String code, UnitView[] units, String[] fields) {
		Instant received = randomInstant();
		jdbc.update("insert into statistics_dossier (code, unit_id, field_code, procedure_code, channel, received_at, "
				+ "due_at) values (?, ?, ?, 'TT', ?, ?, ?)", code, units[random.nextInt(units.length)].id(),
				fields[random.nextInt(fields.length)], CHANNELS[random.nextInt(3)], ts(received), ts(due(received)));
		return code;
	}

	record Row(Instant received, boolean open) {
	}

	private Row row(String code) {
		return jdbc.query("select received_at, resolved_at is null and withdrawn_at is null from statistics_dossier "
				+ "where code = ?", rs -> rs.next() ? new Row(rs.getTimestamp(1).toInstant(), rs.getBoolean(2)) : null,
				code);
	}

	/** Mostly working hours, sometimes at midnight or the last minute of a day (the day boundaries). */
	private Instant randomInstant() {
		ZonedDateTime day = first.plusDays(random.nextInt(days)).atStartOfDay(MotCuaTime.ZONE);
		return switch (random.nextInt(8)) {
			case 0 -> day.toInstant();
			case 1 -> day.plusDays(1).minusNanos(1000).toInstant();
			default -> day.plusMinutes(7 * 60 + random.nextInt(11 * 60)).toInstant();
		};
	}

	/** An appointment days later, at a day's end or an hour; now and then before the reception (bad data). */
	private Instant due(Instant received) {
		if (random.nextInt(50) == 0) {
			return received.minus(Duration.ofHours(2));
		}
		return received.plus(Duration.ofHours(random.nextInt(24 * 15)));
	}

	private static Timestamp ts(Instant instant) {
		return Timestamp.from(instant);
	}

}
