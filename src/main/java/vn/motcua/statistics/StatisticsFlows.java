package vn.motcua.statistics;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import vn.motcua.statistics.ReportClassification.Period;
import vn.motcua.statistics.StatisticsReport.Counts;

/**
 * The report's counts from the pre-aggregated flows ({@code statistics_flow}, V22__statistics_flows.sql) instead of
 * the raw rows: a province-year reads a few hundred flow rows, not millions of dossiers. Exact, not approximate: the
 * same numbers as the placement over the raw rows ({@link StatisticsReport#PLACEMENT}), which the tests check over
 * random data, periods and cut-offs.
 *
 * <p>The algebra. For a period from S (start of day F) to the cut-off C, write #(event ≤ t) for the number of dossiers
 * whose event happened by t; receptions R, closings K (resolution X or withdrawal W, never both), appointments due
 * (not before reception) D, and "due and closed" G = max(D, K). Then
 * <ul>
 * <li>carried over = #(R &lt; S) − #(K &lt; S) − #(R &lt; S, withdrawn in S…C);</li>
 * <li>new, per channel = #(S ≤ R ≤ C) − #(R ≥ S, withdrawn in S…C);</li>
 * <li>early / on time / late, withdrawn, ratings = their events in S…C;</li>
 * <li>in progress = #(R ≤ C) − #(K ≤ C); overdue = #(D ≤ C) − #(G ≤ C), corrected for the few dossiers paused at C
 * (overdue if the pause began after the appointment).</li>
 * </ul>
 * Each #(event ≤ t) is a sum over whole years, months, weeks and days from the flows, plus, when C is "now" inside a day,
 * that day's events up to C read from the rows. The two corrections read the few rows withdrawn in the period or
 * paused, through partial indexes.
 */
@Component
class StatisticsFlows {

	/** A run of whole spans: years, months, weeks or days, from {@code from} (inclusive) to {@code to} (exclusive). */
	record Range(char span, LocalDate from, LocalDate to) {
	}

	/** Far enough back for any dossier: the prefix sums start here. */
	private static final LocalDate BEGINNING = LocalDate.of(1900, 1, 1);

	private static final String COLUMNS = "received_online, received_direct, received_postal, early, on_time, late, "
			+ "withdrawn, closed, due, due_closed, rated, rated_satisfied";

	private static final String NO_CORRECTIONS = "0 as w_before, 0 as w_online, 0 as w_direct, 0 as w_postal, "
			+ "0 as pause_overdue";

	private final NamedParameterJdbcTemplate jdbc;

	private final ZoneId zone;

	StatisticsFlows(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.zone = vn.motcua.web.MotCuaTime.ZONE;
	}

	/** Whether the flows answer this period; a period wholly after its cut-off (in the future) is left to the rows. */
	boolean answers(Period period) {
		return !period.cutoff().isBefore(period.start());
	}

	/** The counts of one period by field and by unit group, from one pass over the flows. */
	record ByFieldAndGroup(Map<String, Counts> byField, Map<String, Counts> byGroup) {
	}

	/**
	 * The counts per group key (unit groups from {@code groupOf}, or fields when {@code byField}) for the period.
	 * @param groupOf each unit id of the subtree and its group key
	 */
	Map<String, Counts> counts(Map<Long, String> groupOf, Period period, boolean byField) {
		ByFieldAndGroup counts = counts(groupOf, period, byField, !byField, true);
		return byField ? counts.byField() : counts.byGroup();
	}

	/**
	 * Both groupings at once (the statistics page shows a table by field beside its chart by unit): one scan of the
	 * flow rows and the corrections, grouped two ways by GROUPING SETS, instead of two reports.
	 */
	ByFieldAndGroup countsByFieldAndGroup(Map<Long, String> groupOf, Period period) {
		return counts(groupOf, period, true, true, true);
	}

	/** @param before whether to read the events before the period (for carried over and in progress) */
	private ByFieldAndGroup counts(Map<Long, String> groupOf, Period period, boolean byField, boolean byGroup,
			boolean before) {
		Instant cutoff = period.cutoff().truncatedTo(ChronoUnit.MICROS);
		LocalDate from = period.from();
		LocalDate cutoffDay = LocalDate.ofInstant(cutoff, zone);
		Instant endOfCutoffDay = cutoffDay.plusDays(1).atStartOfDay(zone).toInstant().minus(1, ChronoUnit.MICROS);
		boolean partialDay = cutoff.isBefore(endOfCutoffDay);
		LocalDate afterLastFullDay = partialDay ? cutoffDay : cutoffDay.plusDays(1);

		MapSqlParameterSource parameters = new MapSqlParameterSource()
			.addValue("ids", groupOf.keySet().toArray(new Long[0]))
			.addValue("groups", groupOf.values().toArray(new String[0]))
			.addValue("start", timestamp(period.start()))
			.addValue("cutoff", timestamp(cutoff))
			.addValue("dayStart", timestamp(cutoffDay.atStartOfDay(zone).toInstant()));
		List<String> parts = new ArrayList<>();
		int n = 0;
		for (Range range : before ? ranges(BEGINNING, from) : List.<Range>of()) {
			parts.add(flowPart("B", range, n++, parameters));
		}
		for (Range range : ranges(from, afterLastFullDay)) {
			parts.add(flowPart("P", range, n++, parameters));
		}
		if (partialDay) {
			parts.add(RUNNING_DAY);
		}
		parts.add(WITHDRAWN_IN_PERIOD);
		parts.add(PAUSED_AT_CUTOFF);
		List<String> sets = new ArrayList<>();
		if (byField) {
			sets.add("(x.bucket, x.field_code)");
		}
		if (byGroup) {
			sets.add("(x.bucket, g.grp)");
		}
		// GROUPING() accepts only a column that some set groups by: with one set, the set is known
		boolean both = byField && byGroup;
		String isField = both ? "grouping(x.field_code) = 0" : String.valueOf(byField);
		String key = both ? "case when grouping(x.field_code) = 0 then x.field_code else g.grp end"
				: byField ? "x.field_code" : "g.grp";
		String sql = "select x.bucket, " + isField + " as by_field, " + key + " as key, "
				+ sums(COLUMNS + ", w_before, w_online, w_direct, w_postal, pause_overdue") + "\nfrom ("
				+ String.join("\nunion all\n", parts) + ") x(bucket, unit_id, field_code, " + COLUMNS
				+ ", w_before, w_online, w_direct, w_postal, pause_overdue)\n"
				+ "join unnest(cast(:ids as bigint[]), cast(:groups as text[])) as g(id, grp) on g.id = x.unit_id\n"
				+ "group by grouping sets (" + String.join(", ", sets) + ")";
		Map<String, long[]> earlier = new LinkedHashMap<>();
		Map<String, long[]> during = new LinkedHashMap<>();
		jdbc.query(sql, parameters, rs -> {
			long[] values = new long[17];
			for (int i = 0; i < values.length; i++) {
				values[i] = rs.getLong(4 + i);
			}
			// one map for both sets: a field code and a unit code may be equal, so the set prefixes the key
			String groupKey = (rs.getBoolean("by_field") ? "F" : "G") + rs.getString("key");
			(rs.getString("bucket").equals("B") ? earlier : during).put(groupKey, values);
		});
		Map<String, Counts> fields = new LinkedHashMap<>();
		Map<String, Counts> groups = new LinkedHashMap<>();
		for (String groupKey : union(earlier, during)) {
			Counts counts = counts(earlier.getOrDefault(groupKey, new long[17]),
					during.getOrDefault(groupKey, new long[17]));
			(groupKey.charAt(0) == 'F' ? fields : groups).put(groupKey.substring(1), counts);
		}
		return new ByFieldAndGroup(fields, groups);
	}

	/**
	 * New receptions and resolutions of a month still running at {@code now} (from its first day to now), for the
	 * unit ids: the report's own query without its "before the period" side (every year and month before, read only
	 * for the carried-over and in-progress figures, which the trend does not show).
	 * @return {new in period, resolved}, as the month's report counts them
	 */
	long[] monthToDate(Collection<Long> ids, YearMonth month, Instant now) {
		Map<Long, String> oneGroup = new LinkedHashMap<>();
		ids.forEach(id -> oneGroup.put(id, ""));
		Period period = Period.of(month.atDay(1), month.atEndOfMonth(), now, zone);
		Counts counts = counts(oneGroup, period, false, true, false).byGroup().getOrDefault("", Counts.ZERO);
		return new long[] { counts.newInPeriod(), counts.resolvedTotal() };
	}

	/**
	 * New receptions and resolutions of each whole calendar month {@code first}…{@code last} (each counted as its own
	 * period, cut off at its end), for the unit ids: one query over the month flows and the withdrawn rows, instead of
	 * one report per month. The caller keeps a month that is still running for the report itself.
	 * @return per month {new in period, resolved}
	 */
	Map<YearMonth, long[]> months(Collection<Long> ids, YearMonth first, YearMonth last) {
		MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("ids", ids.toArray(new Long[0]))
			.addValue("first", first.atDay(1))
			.addValue("after", last.plusMonths(1).atDay(1))
			.addValue("start", timestamp(first.atDay(1).atStartOfDay(zone).toInstant()))
			.addValue("end", timestamp(last.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()));
		Map<YearMonth, long[]> months = new LinkedHashMap<>();
		for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
			months.put(m, new long[2]);
		}
		jdbc.query("""
				select start as month, sum(received_online + received_direct + received_postal) as received,
				    sum(early + on_time + late) as resolved
				from statistics_flow
				where span = 'M' and unit_id = any(cast(:ids as bigint[])) and start >= :first and start < :after
				group by start
				union all
				-- withdrawn in the month they were received in: out of that month's new receptions
				select date_trunc('month', d.withdrawn_at at time zone 'Asia/Ho_Chi_Minh')::date, -count(*), 0
				from statistics_dossier d
				where d.unit_id = any(cast(:ids as bigint[])) and d.withdrawn_at >= :start and d.withdrawn_at < :end
				  and date_trunc('month', d.received_at at time zone 'Asia/Ho_Chi_Minh')
				      = date_trunc('month', d.withdrawn_at at time zone 'Asia/Ho_Chi_Minh')
				group by 1""", parameters, rs -> {
			long[] figures = months.get(YearMonth.from(rs.getObject("month", LocalDate.class)));
			figures[0] += rs.getLong("received");
			figures[1] += rs.getLong("resolved");
		});
		return months;
	}

	private static List<String> union(Map<String, long[]> a, Map<String, long[]> b) {
		List<String> keys = new ArrayList<>(a.keySet());
		b.keySet().stream().filter(k -> !a.containsKey(k)).forEach(keys::add);
		return keys;
	}

	/** The algebra of the class comment; {@code b} sums events before S, {@code p} events in S…C and the corrections. */
	private static Counts counts(long[] b, long[] p) {
		long receivedBefore = b[0] + b[1] + b[2];
		long receivedDuring = p[0] + p[1] + p[2];
		long closedBefore = b[7];
		long carriedOver = receivedBefore - closedBefore - p[12];
		long online = p[0] - p[13];
		long direct = p[1] - p[14];
		long postal = p[2] - p[15];
		long inProgress = receivedBefore + receivedDuring - closedBefore - p[7];
		long overdue = b[8] + p[8] - b[9] - p[9] + p[16];
		return new Counts(carriedOver, online, direct, postal, p[3], p[4], p[5], inProgress - overdue, overdue, p[6],
				p[10], p[11]);
	}

	private String flowPart(String bucket, Range range, int n, MapSqlParameterSource parameters) {
		parameters.addValue("from" + n, range.from()).addValue("to" + n, range.to());
		return "select '" + bucket + "' as bucket, unit_id, field_code, " + COLUMNS + ", " + NO_CORRECTIONS
				+ " from statistics_flow where span = '" + range.span() + "' and unit_id = any(cast(:ids as bigint[]))"
				+ " and start >= :from" + n + " and start < :to" + n;
	}

	/** Events of the running day up to "now", from the rows themselves (the index of each event's instant). */
	private static final String RUNNING_DAY = """
			select 'P' as bucket, d.unit_id, d.field_code,
			    count(*) filter (where e.kind = 'received_online'), count(*) filter (where e.kind = 'received_direct'),
			    count(*) filter (where e.kind = 'received_postal'), count(*) filter (where e.kind = 'early'),
			    count(*) filter (where e.kind = 'on_time'), count(*) filter (where e.kind = 'late'),
			    count(*) filter (where e.kind = 'withdrawn'), count(*) filter (where e.kind = 'closed'),
			    count(*) filter (where e.kind = 'due'), count(*) filter (where e.kind = 'due_closed'),
			    count(*) filter (where e.kind = 'rated'), count(*) filter (where e.kind = 'rated_satisfied'),
			    0, 0, 0, 0, 0
			from statistics_dossier d
			cross join lateral statistics_dossier_events(d.received_at, d.channel, d.due_at, d.resolved_at, d.withdrawn_at,
			    d.rated_at, d.rating_level) e
			where d.unit_id = any(cast(:ids as bigint[]))
			  and (d.received_at between :dayStart and :cutoff
			       or d.resolved_at between :dayStart and :cutoff
			       or d.withdrawn_at between :dayStart and :cutoff
			       or greatest(d.due_at, d.received_at) between :dayStart and :cutoff
			       or ((d.resolved_at is not null or d.withdrawn_at is not null)
			           and greatest(d.due_at, d.received_at, d.resolved_at, d.withdrawn_at) between :dayStart and :cutoff)
			       or d.rated_at between :dayStart and :cutoff)
			  and e.at between :dayStart and :cutoff
			group by d.unit_id, d.field_code""";

	/** Withdrawn or stopped in S…C: out of "carried over" or "new" though their reception is in the flows. */
	private static final String WITHDRAWN_IN_PERIOD = """
			select 'P', d.unit_id, d.field_code, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
			    count(*) filter (where d.received_at < :start),
			    count(*) filter (where d.received_at >= :start and d.channel = 'ONLINE'),
			    count(*) filter (where d.received_at >= :start and d.channel = 'DIRECT'),
			    count(*) filter (where d.received_at >= :start and d.channel = 'POSTAL'),
			    0
			from statistics_dossier d
			where d.unit_id = any(cast(:ids as bigint[])) and d.withdrawn_at between :start and :cutoff
			group by d.unit_id, d.field_code""";

	/** Open at C with the clock paused: overdue only if the pause began after the appointment. */
	private static final String PAUSED_AT_CUTOFF = """
			select 'P', d.unit_id, d.field_code, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
			    sum(case when d.paused_since > d.due_at then 1 else 0 end
			        - case when greatest(d.due_at, d.received_at) <= :cutoff then 1 else 0 end)
			from statistics_dossier d
			where d.unit_id = any(cast(:ids as bigint[])) and d.paused_since <= :cutoff and d.received_at <= :cutoff
			  and (coalesce(d.resolved_at, d.withdrawn_at) is null or coalesce(d.resolved_at, d.withdrawn_at) > :cutoff)
			group by d.unit_id, d.field_code""";

	private static String sums(String columns) {
		StringBuilder sums = new StringBuilder();
		for (String column : columns.split(",\\s*")) {
			sums.append(sums.isEmpty() ? "" : ", ").append("sum(x.").append(column).append(")");
		}
		return sums.toString();
	}

	/**
	 * The days {@code from} (inclusive) to {@code to} (exclusive) as runs of whole years, months, ISO weeks and days:
	 * at most nine runs (days, weeks, days, months, years, months, days, weeks, days), so a period of any length reads few
	 * flow rows: a month so far is its weeks and at most six days on either side, not up to thirty days.
	 */
	static List<Range> ranges(LocalDate from, LocalDate to) {
		List<Range> ranges = new ArrayList<>();
		LocalDate at = from;
		while (at.isBefore(to)) {
			LocalDate end;
			char span;
			if (at.getDayOfYear() == 1 && !at.plusYears(1).isAfter(to)) {
				span = 'Y';
				end = at;
				while (!end.plusYears(1).isAfter(to)) {
					end = end.plusYears(1);
				}
			}
			else if (at.getDayOfMonth() == 1 && !at.plusMonths(1).isAfter(to)) {
				span = 'M';
				end = at;
				while (!end.plusMonths(1).isAfter(to) && !(end.getDayOfYear() == 1 && !end.plusYears(1).isAfter(to))) {
					end = end.plusMonths(1);
				}
			}
			else {
				// weeks and days up to where a whole month (or year) can start, or to the end
				LocalDate nextMonth = at.withDayOfMonth(1).plusMonths(1);
				LocalDate limit = nextMonth.plusMonths(1).isAfter(to) ? to : nextMonth;
				LocalDate monday = at.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
				if (at.equals(monday) && !at.plusWeeks(1).isAfter(limit)) {
					span = 'W';
					end = at;
					while (!end.plusWeeks(1).isAfter(limit)) {
						end = end.plusWeeks(1);
					}
				}
				else {
					// single days: to the limit if it is within six, else up to the Monday (where a week may fit)
					span = 'D';
					end = at.until(limit, ChronoUnit.DAYS) <= 6 ? limit : monday;
				}
			}
			ranges.add(new Range(span, at, end));
			at = end;
		}
		return ranges;
	}

	private static OffsetDateTime timestamp(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
