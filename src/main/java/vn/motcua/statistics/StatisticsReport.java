package vn.motcua.statistics;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.organisation.CurrentUser;
import vn.motcua.organisation.OrganisationUnits;
import vn.motcua.organisation.Role;
import vn.motcua.organisation.UnitView;
import vn.motcua.procedure.FieldView;
import vn.motcua.procedure.ProcedureView;
import vn.motcua.procedure.Procedures;
import vn.motcua.statistics.ReportClassification.Outcome;
import vn.motcua.statistics.ReportClassification.Period;
import vn.motcua.statistics.ReportClassification.Placement;
import vn.motcua.statistics.ReportClassification.Received;
import vn.motcua.web.MotCuaTime;
import vn.motcua.web.VnFormat;

/**
 * The report on received / resolved / in-progress dossiers of a unit (with everything below it) for a period,
 * optionally by field or by child unit. Computed in PostgreSQL over the module's own read model
 * ({@code statistics_dossier}) with one aggregate query: the placement of each row follows exactly the rules of
 * {@link ReportClassification} (see {@link #PLACEMENT}), then {@code count(*) FILTER (...)} per column.
 */
@Service
@Transactional(readOnly = true)
public class StatisticsReport {

	/** The roles that read reports (the unit must also be in the user's scope). */
	static final Set<Role> READERS = EnumSet.of(Role.STATISTICS, Role.LEADER, Role.ADMIN);

	public enum GroupBy {
		NONE, FIELD, UNIT, PROCEDURE
	}

	/**
	 * The columns of the official form (and the withdrawn figure beside it), each a predicate over the placed rows of
	 * {@link #PLACEMENT}: the report counts with these very fragments ({@code count(*) filter (where …)}) and the
	 * drill-down lists with them ({@code where …}), so a cell and its list cannot disagree. A total is the disjunction
	 * of its parts' fragments.
	 */
	public enum Column {

		CARRIED_OVER("carried_over", "p.received = 'CARRIED_OVER'"),
		ONLINE("online", "p.received = 'NEW_IN_PERIOD' and p.channel = 'ONLINE'"),
		DIRECT("direct", "p.received = 'NEW_IN_PERIOD' and p.channel = 'DIRECT'"),
		POSTAL("postal", "p.received = 'NEW_IN_PERIOD' and p.channel = 'POSTAL'"),
		EARLY("early", "p.outcome = 'EARLY'"), ON_TIME("on_time", "p.outcome = 'ON_TIME'"),
		LATE("late", "p.outcome = 'LATE'"), WITHIN_DEADLINE("within_deadline", "p.outcome = 'IN_PROGRESS_WITHIN'"),
		OVERDUE("overdue", "p.outcome = 'IN_PROGRESS_OVERDUE'"), WITHDRAWN("withdrawn", "p.withdrawn_in_period"),
		/** (4) + (5): direct and postal together, as the form's column (5). */
		DIRECT_OR_POSTAL(DIRECT, POSTAL), NEW_IN_PERIOD(ONLINE, DIRECT, POSTAL),
		RECEIVED(CARRIED_OVER, ONLINE, DIRECT, POSTAL), RESOLVED(EARLY, ON_TIME, LATE),
		IN_PROGRESS(WITHIN_DEADLINE, OVERDUE);

		/** The alias of the aggregate's column; null for a total. */
		private final String alias;

		private final String filter;

		Column(String alias, String filter) {
			this.alias = alias;
			this.filter = filter;
		}

		Column(Column... parts) {
			this.alias = null;
			StringBuilder or = new StringBuilder();
			for (Column part : parts) {
				or.append(or.isEmpty() ? "" : " or ").append('(').append(part.filter).append(')');
			}
			this.filter = or.toString();
		}

		/** The SQL predicate over a placed row {@code p}. */
		String filter() {
			return filter;
		}

		/** The URL spelling, e.g. {@code on-time}. */
		public String urlName() {
			return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

		/** The count of this column in a line of the report. */
		public long of(Counts c) {
			return switch (this) {
				case CARRIED_OVER -> c.carriedOver();
				case ONLINE -> c.online();
				case DIRECT -> c.direct();
				case POSTAL -> c.postal();
				case EARLY -> c.early();
				case ON_TIME -> c.onTime();
				case LATE -> c.late();
				case WITHIN_DEADLINE -> c.withinDeadline();
				case OVERDUE -> c.overdue();
				case WITHDRAWN -> c.withdrawn();
				case DIRECT_OR_POSTAL -> c.direct() + c.postal();
				case NEW_IN_PERIOD -> c.newInPeriod();
				case RECEIVED -> c.receivedTotal();
				case RESOLVED -> c.resolvedTotal();
				case IN_PROGRESS -> c.inProgressTotal();
			};
		}

		public static Column parse(String value) {
			String name = value.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
			for (Column column : values()) {
				if (column.name().equals(name)) {
					return column;
				}
			}
			throw new IllegalArgumentException("Không có cột \"" + value.trim() + "\" trong biểu.");
		}

	}

	/** The integer counts of one line of the report; rates are computed from them (DOMAIN.md §6.6). */
	public record Counts(long carriedOver, long online, long direct, long postal, long early, long onTime, long late,
			long withinDeadline, long overdue, long withdrawn, long ratings, long satisfiedRatings) {

		public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

		public long newInPeriod() {
			return online + direct + postal;
		}

		public long receivedTotal() {
			return carriedOver + newInPeriod();
		}

		public long resolvedTotal() {
			return early + onTime + late;
		}

		public long inProgressTotal() {
			return withinDeadline + overdue;
		}

		/** (early + on time) / resolved. */
		public BigDecimal onTimeRate() {
			return VnFormat.rate(early + onTime, resolvedTotal());
		}

		/** (early + on time) / received. */
		public BigDecimal onTimeShareOfReceived() {
			return VnFormat.rate(early + onTime, receivedTotal());
		}

		/** online / new in the period. */
		public BigDecimal onlineShare() {
			return VnFormat.rate(online, newInPeriod());
		}

		/** Ratings other than "not satisfied" / ratings recorded in the period. */
		public BigDecimal satisfaction() {
			return VnFormat.rate(satisfiedRatings, ratings);
		}

		public boolean isEmpty() {
			return equals(ZERO);
		}

		Counts plus(Counts o) {
			return new Counts(carriedOver + o.carriedOver, online + o.online, direct + o.direct, postal + o.postal,
					early + o.early, onTime + o.onTime, late + o.late, withinDeadline + o.withinDeadline,
					overdue + o.overdue, withdrawn + o.withdrawn, ratings + o.ratings,
					satisfiedRatings + o.satisfiedRatings);
		}

	}

	/** One line of a grouped report: a field (code, name) or a unit (code, name). */
	public record Group(String code, String name, Counts counts) {
	}

	public record Report(UnitView unit, Period period, Counts counts, List<Group> groups) {

		/** The same figures without lines: every id of a grouping is in exactly one line, so the totals are equal. */
		public Report ungrouped() {
			return new Report(unit, period, counts, List.of());
		}

	}

	/**
	 * Each row of the unit subtree (joined to its group key {@code grp}) with its place in the report, as
	 * {@link ReportClassification#place} decides it: {@code received} and {@code outcome} hold the enum names,
	 * {@code withdrawn_in_period} the figure beside the table. Parameters: {@code :ids}, {@code :groups} (parallel
	 * arrays), {@code :start}, {@code :cutoff}. Days are compared in Asia/Ho_Chi_Minh.
	 */
	static final String PLACEMENT = """
			select d.code, d.unit_id, d.field_code, d.procedure_code, d.channel, d.received_at, d.due_at, d.resolved_at,
			    d.rated_at, d.rating_level, g.grp,
			    case
			        when d.withdrawn_at <= :cutoff then 'NONE'
			        when d.received_at > :cutoff then 'NONE'
			        when d.resolved_at < :start then 'NONE'
			        when d.received_at < :start then 'CARRIED_OVER'
			        else 'NEW_IN_PERIOD'
			    end as received,
			    case
			        when d.withdrawn_at <= :cutoff then 'NONE'
			        when d.received_at > :cutoff then 'NONE'
			        when d.resolved_at < :start then 'NONE'
			        when d.resolved_at <= :cutoff then
			            case
			                when d.resolved_at > d.due_at then 'LATE'
			                when (d.resolved_at at time zone 'Asia/Ho_Chi_Minh')::date
			                    < (d.due_at at time zone 'Asia/Ho_Chi_Minh')::date then 'EARLY'
			                else 'ON_TIME'
			            end
			        when d.paused_since <= :cutoff then
			            case when d.paused_since > d.due_at then 'IN_PROGRESS_OVERDUE' else 'IN_PROGRESS_WITHIN' end
			        when d.due_at > :cutoff then 'IN_PROGRESS_WITHIN'
			        else 'IN_PROGRESS_OVERDUE'
			    end as outcome,
			    coalesce(d.withdrawn_at >= :start and d.withdrawn_at <= :cutoff, false) as withdrawn_in_period
			from statistics_dossier d
			join unnest(cast(:ids as bigint[]), cast(:groups as text[])) as g(id, grp) on d.unit_id = g.id
			where d.received_at <= :cutoff""";

	/**
	 * The report's columns over the placed rows, one {@code count(*) filter} per {@link Column} fragment; {@code %1$s} is
	 * the group key (a column of the placement), {@code %2$s} the placement.
	 */
	private static final String AGGREGATE;

	static {
		StringBuilder columns = new StringBuilder();
		for (Column column : Column.values()) {
			if (column.alias != null) {
				columns.append("    count(*) filter (where ").append(column.filter()).append(") as ").append(column.alias)
					.append(",\n");
			}
		}
		AGGREGATE = "select grouping(%1$s) = 1 as is_total, %1$s as key,\n" + columns + """
				    count(*) filter (where p.rated_at >= :start and p.rated_at <= :cutoff) as ratings,
				    count(*) filter (where p.rated_at >= :start and p.rated_at <= :cutoff
				        and p.rating_level <> 'DISSATISFIED') as satisfied
				from (%2$s) p
				group by rollup(%1$s)""";
	}

	private final NamedParameterJdbcTemplate jdbc;

	private final OrganisationUnits units;

	private final Procedures procedures;

	private final Clock clock;

	private final StatisticsFlows flows;

	StatisticsReport(NamedParameterJdbcTemplate jdbc, OrganisationUnits units, Procedures procedures, Clock clock,
			StatisticsFlows flows) {
		this.jdbc = jdbc;
		this.flows = flows;
		this.units = units;
		this.procedures = procedures;
		this.clock = clock;
	}

	/** Whether the user holds a role that reads reports. */
	public static boolean mayRead(CurrentUser user) {
		return user != null && user.roles().stream().anyMatch(READERS::contains);
	}

	/**
	 * The report for the unit {@code unitCode} (and everything below it) from {@code from} to {@code to}.
	 * @throws IllegalArgumentException (Vietnamese message) for an unknown unit or a period ending before it starts
	 * @throws AccessDeniedException when the user may not read reports, or not this unit's
	 */
	public Report report(CurrentUser user, String unitCode, LocalDate from, LocalDate to, GroupBy groupBy) {
		UnitView unit = readable(user, unitCode);
		return report(unit, period(from, to), groupBy == null ? GroupBy.NONE : groupBy);
	}

	/** The unit, if the user reads reports and the unit is in their scope. */
	private UnitView readable(CurrentUser user, String unitCode) {
		if (!mayRead(user)) {
			throw new AccessDeniedException("statistics");
		}
		UnitView unit = units.find(unitCode)
			.orElseThrow(() -> new IllegalArgumentException("Không có đơn vị mã " + unitCode + "."));
		if (!units.canAccess(user, unit.id())) {
			throw new AccessDeniedException("unit " + unit.code());
		}
		return unit;
	}

	private Period period(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("Ngày kết thúc (to) phải từ ngày bắt đầu (from) trở đi.");
		}
		return Period.of(from, to, clock.instant(), MotCuaTime.ZONE);
	}

	private static String key(GroupBy groupBy) {
		return switch (groupBy) {
			case FIELD -> "p.field_code";
			case PROCEDURE -> "p.procedure_code";
			case UNIT, NONE -> "p.grp";
		};
	}

	private Map<Long, String> groupsOf(UnitView unit, GroupBy groupBy) {
		return groupBy == GroupBy.UNIT ? unitGroups(unit) : wholeSubtree(unit);
	}

	/**
	 * From the pre-aggregated flows where they answer (by field, by unit, or the whole subtree), from the rows
	 * otherwise (by procedure, a period wholly in the future); both give the same numbers (StatisticsFlowsTests).
	 */
	Report report(UnitView unit, Period period, GroupBy groupBy) {
		if (groupBy == GroupBy.PROCEDURE || !flows.answers(period)) {
			return rawReport(unit, period, groupBy);
		}
		return assemble(unit, period, groupBy, flows.counts(groupsOf(unit, groupBy), period, groupBy == GroupBy.FIELD));
	}

	private Report assemble(UnitView unit, Period period, GroupBy groupBy, Map<String, Counts> byKey) {
		Counts total = Counts.ZERO;
		for (Counts counts : byKey.values()) {
			total = total.plus(counts);
		}
		return new Report(unit, period, total, groups(unit, groupBy, byKey));
	}

	/** The report grouped as asked, and the by-unit one that the page's chart of on-time rates per unit needs. */
	public record WithByUnit(Report report, Report byUnit) {
	}

	/**
	 * The statistics page's two reports: the one asked for and the one by unit. By field (the page's default) both come
	 * from one pass over the flows; ungrouped is the by-unit report without its lines.
	 */
	public WithByUnit reportWithByUnit(CurrentUser user, String unitCode, LocalDate from, LocalDate to,
			GroupBy groupBy) {
		return reportWithByUnit(readable(user, unitCode), period(from, to), groupBy == null ? GroupBy.NONE : groupBy);
	}

	WithByUnit reportWithByUnit(UnitView unit, Period period, GroupBy groupBy) {
		if (groupBy == GroupBy.FIELD && flows.answers(period)) {
			var counts = flows.countsByFieldAndGroup(unitGroups(unit), period);
			return new WithByUnit(assemble(unit, period, GroupBy.FIELD, counts.byField()),
					assemble(unit, period, GroupBy.UNIT, counts.byGroup()));
		}
		Report byUnit = report(unit, period, GroupBy.UNIT);
		return new WithByUnit(switch (groupBy) {
			case NONE -> byUnit.ungrouped();
			case UNIT -> byUnit;
			default -> report(unit, period, groupBy);
		}, byUnit);
	}

	/** The report from the raw rows, by the placement itself: the definition the flows must equal. */
	Report rawReport(UnitView unit, Period period, GroupBy groupBy) {
		Map<Long, String> groupOf = groupsOf(unit, groupBy);
		String key = key(groupBy);
		Map<String, Counts> byKey = new LinkedHashMap<>();
		Counts[] total = { Counts.ZERO };
		jdbc.query(AGGREGATE.formatted(key, PLACEMENT), parameters(groupOf, period), rs -> {
			Counts counts = counts(rs);
			if (rs.getBoolean("is_total")) {
				total[0] = counts;
			}
			else {
				byKey.put(rs.getString("key"), counts);
			}
		});
		return new Report(unit, period, total[0], groups(unit, groupBy, byKey));
	}

	/** A dossier behind a cell of the report. */
	public record CellRow(String code, String procedureCode, String procedureName, Instant receivedAt, Instant dueAt,
			Instant resolvedAt) {
	}

	/** One page of the dossiers behind a cell; {@code total} equals the cell. */
	public record CellPage(UnitView unit, Period period, GroupBy groupBy, String groupKey, Column column,
			List<CellRow> rows, long total, int page, int size) {

		public boolean hasNext() {
			return (long) (page + 1) * size < total;
		}

	}

	/**
	 * The dossiers counted in one cell of {@link #report}: the column's own fragment over the same placement, in the
	 * group {@code groupKey} of {@code groupBy} (every group when null), by reception time, {@code size} a page.
	 */
	public CellPage cell(CurrentUser user, String unitCode, LocalDate from, LocalDate to, GroupBy groupBy,
			String groupKey, Column column, int page, int size) {
		UnitView unit = readable(user, unitCode);
		Period period = period(from, to);
		GroupBy grouping = groupBy == null ? GroupBy.NONE : groupBy;
		if (page < 0 || size < 1 || size > 500) {
			throw new IllegalArgumentException("Trang không hợp lệ.");
		}
		MapSqlParameterSource parameters = parameters(groupsOf(unit, grouping), period);
		String where = "(" + column.filter() + ")";
		if (groupKey != null && grouping != GroupBy.NONE) {
			where += " and " + key(grouping) + " = :key";
			parameters.addValue("key", groupKey);
		}
		Long total = jdbc.queryForObject("select count(*) from (" + PLACEMENT + ") p where " + where, parameters,
				Long.class);
		parameters.addValue("limit", size).addValue("offset", (long) page * size);
		Map<String, String> names = new HashMap<>();
		List<CellRow> rows = jdbc.query("select p.code, p.procedure_code, p.received_at, p.due_at, p.resolved_at from ("
				+ PLACEMENT + ") p where " + where + " order by p.received_at, p.code limit :limit offset :offset",
				parameters,
				(rs, n) -> new CellRow(rs.getString("code"), rs.getString("procedure_code"),
						names.computeIfAbsent(rs.getString("procedure_code"), this::procedureName),
						instant(rs.getObject("received_at", OffsetDateTime.class)),
						instant(rs.getObject("due_at", OffsetDateTime.class)),
						instant(rs.getObject("resolved_at", OffsetDateTime.class))));
		return new CellPage(unit, period, grouping, groupKey, column, rows, total == null ? 0 : total, page, size);
	}

	private static Instant instant(OffsetDateTime value) {
		return value == null ? null : value.toInstant();
	}

	private String procedureName(String code) {
		return procedures.find(code).map(ProcedureView::name).orElse(code);
	}

	/** Received (new) and resolved in one calendar month. */
	public record MonthFigures(YearMonth month, long received, long resolved) {
	}

	/** The {@code months} calendar months ending with {@code last}, month by month (a running month as it stands). */
	public List<MonthFigures> trend(CurrentUser user, String unitCode, YearMonth last, int months) {
		return trend(readable(user, unitCode), last, months, clock.instant());
	}

	List<MonthFigures> trend(UnitView unit, YearMonth last, int months, Instant now) {
		YearMonth first = last.minusMonths(months - 1L);
		// months already over from the month flows in one query, the running month from its days; a month still to
		// come (none unless asked for) as its report counts it
		YearMonth running = YearMonth.from(LocalDate.ofInstant(now, MotCuaTime.ZONE));
		YearMonth lastOver = running.minusMonths(1);
		Set<Long> ids = units.subtreeIds(unit.id());
		Map<YearMonth, long[]> over = lastOver.isBefore(first) ? Map.of()
				: flows.months(ids, first, lastOver.isBefore(last) ? lastOver : last);
		List<MonthFigures> trend = new ArrayList<>();
		for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
			long[] figures = month.equals(running) ? flows.monthToDate(ids, month, now) : over.get(month);
			if (figures != null) {
				trend.add(new MonthFigures(month, figures[0], figures[1]));
			}
			else {
				Counts c = report(unit, Period.of(month.atDay(1), month.atEndOfMonth(), now, MotCuaTime.ZONE),
						GroupBy.NONE).counts();
				trend.add(new MonthFigures(month, c.newInPeriod(), c.resolvedTotal()));
			}
		}
		return trend;
	}


	private List<Group> groups(UnitView unit, GroupBy groupBy, Map<String, Counts> byKey) {
		List<Group> groups = new ArrayList<>();
		if (groupBy == GroupBy.FIELD) {
			// in the catalogue's order (by name); a field no longer in it comes last under its code
			for (FieldView field : procedures.fields()) {
				Counts counts = byKey.remove(field.code());
				if (counts != null && !counts.isEmpty()) {
					groups.add(new Group(field.code(), field.name(), counts));
				}
			}
			new java.util.TreeMap<>(byKey).forEach((code, counts) -> {
				if (!counts.isEmpty()) {
					groups.add(new Group(code, code, counts));
				}
			});
		}
		else if (groupBy == GroupBy.UNIT) {
			for (UnitView child : units.childrenOf(unit.code())) {
				Counts counts = byKey.remove(child.code());
				if (counts != null || child.active()) {
					groups.add(new Group(child.code(), child.name(), counts == null ? Counts.ZERO : counts));
				}
			}
			Counts own = byKey.remove(unit.code());
			if (own != null) {
				groups.add(new Group(unit.code(), unit.name(), own));
			}
		}
		else if (groupBy == GroupBy.PROCEDURE) {
			byKey.forEach((code, counts) -> {
				if (!counts.isEmpty()) {
					groups.add(new Group(code, procedureName(code), counts));
				}
			});
			groups.sort(java.util.Comparator.comparing(Group::name).thenComparing(Group::code));
		}
		return groups;
	}

	/** Every unit id of the subtree in one group (the unit's own code). */
	private Map<Long, String> wholeSubtree(UnitView unit) {
		Map<Long, String> groupOf = new LinkedHashMap<>();
		for (Long id : units.subtreeIds(unit.id())) {
			groupOf.put(id, unit.code());
		}
		return groupOf;
	}

	/** Each unit id of the subtree in the group of its direct child, or of the unit itself (OrganisationUnits). */
	private Map<Long, String> unitGroups(UnitView unit) {
		Map<Long, String> groupOf = new LinkedHashMap<>();
		units.childGroups(unit).forEach((id, group) -> groupOf.put(id, group.code()));
		return groupOf;
	}

	/** Where each dossier of the unit ids falls, by code: the SQL twin of {@link ReportClassification#place}. */
	Map<String, Placement> placements(Collection<Long> unitIds, Period period) {
		Map<Long, String> groupOf = new LinkedHashMap<>();
		new LinkedHashSet<>(unitIds).forEach(id -> groupOf.put(id, ""));
		Map<String, Placement> placements = new HashMap<>();
		jdbc.query(PLACEMENT, parameters(groupOf, period),
				rs -> {
					placements.put(rs.getString("code"), new Placement(Received.valueOf(rs.getString("received")),
							Outcome.valueOf(rs.getString("outcome")), rs.getBoolean("withdrawn_in_period")));
				});
		return placements;
	}

	private static MapSqlParameterSource parameters(Map<Long, String> groupOf, Period period) {
		return new MapSqlParameterSource().addValue("ids", groupOf.keySet().toArray(new Long[0]))
			.addValue("groups", groupOf.values().toArray(new String[0]))
			.addValue("start", timestamp(period.start()))
			.addValue("cutoff", timestamp(period.cutoff()));
	}

	/** PostgreSQL keeps microseconds: the cut-off (end of day minus a nanosecond) is truncated, never rounded up. */
	private static OffsetDateTime timestamp(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
	}

	private static Counts counts(ResultSet rs) throws SQLException {
		return new Counts(rs.getLong("carried_over"), rs.getLong("online"), rs.getLong("direct"), rs.getLong("postal"),
				rs.getLong("early"), rs.getLong("on_time"), rs.getLong("late"), rs.getLong("within_deadline"),
				rs.getLong("overdue"), rs.getLong("withdrawn"), rs.getLong("ratings"), rs.getLong("satisfied"));
	}

}
