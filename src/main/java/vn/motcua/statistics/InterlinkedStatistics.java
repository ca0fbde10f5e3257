package vn.motcua.statistics;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.organisation.CurrentUser;
import vn.motcua.organisation.OrganisationUnits;
import vn.motcua.organisation.UnitView;
import vn.motcua.statistics.ReportClassification.Facts;
import vn.motcua.statistics.ReportClassification.Outcome;
import vn.motcua.statistics.ReportClassification.Period;
import vn.motcua.statistics.ReportClassification.Placement;
import vn.motcua.statistics.ReportClassification.Received;
import vn.motcua.web.MotCuaTime;
import vn.motcua.web.VnFormat;

/**
 * The two views of một cửa liên thông beside the official report (issue 10), each counting a dossier or a segment
 * once, with the very rules of the report ({@link ReportClassification}, applied here in Java to the rows read):
 * <ul>
 * <li><b>Reception view</b>: the dossiers received by the units of a subtree, wherever they were resolved (what a
 * commune quotes as "xã tiếp nhận … hồ sơ"), by child unit; an interlinked dossier is counted at its receiving unit,
 * while Biểu 06 counts it at its resolving unit ({@code statistics_dossier.unit_id}).</li>
 * <li><b>Segment view</b>: per processing unit of the subtree, its segments of interlinked dossiers judged against
 * their own deadlines (a segment's start plays the reception, its end the resolution), and the late ones listed, so a
 * district sees where the delays happen. It counts segments, not dossiers: one dossier commune → district → commune
 * is three segments, two of them at the commune.</li>
 * </ul>
 */
@Service
@Transactional(readOnly = true)
public class InterlinkedStatistics {

	/** Most late segments listed under the segment view. */
	static final int LATE_LIST = 100;

	private final NamedParameterJdbcTemplate jdbc;

	private final OrganisationUnits units;

	private final Clock clock;

	private final ReportClassification rules = new ReportClassification(MotCuaTime.ZONE);

	InterlinkedStatistics(NamedParameterJdbcTemplate jdbc, OrganisationUnits units, Clock clock) {
		this.jdbc = jdbc;
		this.units = units;
		this.clock = clock;
	}

	/** Counts of the reception view, in the columns of Biểu 06. */
	public record Counts(long carriedOver, long online, long direct, long postal, long early, long onTime, long late,
			long withinDeadline, long overdue, long withdrawn, long resolvedElsewhere) {

		static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

		public long newInPeriod() {
			return online + direct + postal;
		}

		public long received() {
			return carriedOver + newInPeriod();
		}

		public long resolved() {
			return early + onTime + late;
		}

		public long inProgress() {
			return withinDeadline + overdue;
		}

		/** (early + on time) / resolved. */
		public BigDecimal onTimeRate() {
			return VnFormat.rate(early + onTime, resolved());
		}

		Counts plus(Placement p, String channel, boolean elsewhere) {
			boolean counted = p.received() != Received.NONE;
			return new Counts(carriedOver + (p.received() == Received.CARRIED_OVER ? 1 : 0),
					online + (p.received() == Received.NEW_IN_PERIOD && "ONLINE".equals(channel) ? 1 : 0),
					direct + (p.received() == Received.NEW_IN_PERIOD && "DIRECT".equals(channel) ? 1 : 0),
					postal + (p.received() == Received.NEW_IN_PERIOD && "POSTAL".equals(channel) ? 1 : 0),
					early + (p.outcome() == Outcome.EARLY ? 1 : 0), onTime + (p.outcome() == Outcome.ON_TIME ? 1 : 0),
					late + (p.outcome() == Outcome.LATE ? 1 : 0),
					withinDeadline + (p.outcome() == Outcome.IN_PROGRESS_WITHIN ? 1 : 0),
					overdue + (p.outcome() == Outcome.IN_PROGRESS_OVERDUE ? 1 : 0), withdrawn + (p.withdrawnInPeriod() ? 1 : 0),
					resolvedElsewhere + (counted && elsewhere ? 1 : 0));
		}

	}

	/** One line of a view: a unit and its counts. */
	public record Line<C>(Long unitId, String unitName, C counts) {
	}

	public record Reception(UnitView unit, Period period, Counts total, List<Line<Counts>> lines) {
	}

	/** Segments of one processing unit: finished in the period (early, on time, late) and open at the cut-off. */
	public record SegmentCounts(long early, long onTime, long late, long withinDeadline, long overdue) {

		static final SegmentCounts ZERO = new SegmentCounts(0, 0, 0, 0, 0);

		public long finished() {
			return early + onTime + late;
		}

		public long open() {
			return withinDeadline + overdue;
		}

		public long total() {
			return finished() + open();
		}

		/** (early + on time) / finished. */
		public BigDecimal onTimeRate() {
			return VnFormat.rate(early + onTime, finished());
		}

		SegmentCounts plus(Outcome outcome) {
			return new SegmentCounts(early + (outcome == Outcome.EARLY ? 1 : 0),
					onTime + (outcome == Outcome.ON_TIME ? 1 : 0), late + (outcome == Outcome.LATE ? 1 : 0),
					withinDeadline + (outcome == Outcome.IN_PROGRESS_WITHIN ? 1 : 0),
					overdue + (outcome == Outcome.IN_PROGRESS_OVERDUE ? 1 : 0));
		}

	}

	/** A segment finished late in the period, or open and overdue at the cut-off ({@code completedAt} null). */
	public record LateSegment(String dossierCode, int position, Long unitId, String unitName, Instant startedAt,
			Instant dueAt, Instant completedAt) {
	}

	public record Segments(UnitView unit, Period period, SegmentCounts total, List<Line<SegmentCounts>> lines,
			List<LateSegment> late) {
	}

	/**
	 * The reception view of the unit's subtree for the period, by child unit (the unit's own desk last).
	 * @throws AccessDeniedException when the user does not read reports, or not this unit's
	 */
	public Reception reception(CurrentUser user, String unitCode, LocalDate from, LocalDate to) {
		UnitView unit = readable(user, unitCode);
		Period period = Period.of(from, to, clock.instant(), MotCuaTime.ZONE);
		Map<Long, UnitView> groupOf = units.childGroups(unit);
		Map<Long, Counts> byGroup = new LinkedHashMap<>();
		Counts[] total = { Counts.ZERO };
		jdbc.query("""
				select coalesce(d.receiving_unit_id, d.unit_id), d.unit_id, d.channel, d.received_at, d.due_at,
				    d.resolved_at, d.withdrawn_at, d.paused_since
				from statistics_dossier d
				where coalesce(d.receiving_unit_id, d.unit_id) = any(:ids) and d.received_at <= :cutoff
				    and (d.resolved_at is null or d.resolved_at >= :start)
				    and (d.withdrawn_at is null or d.withdrawn_at >= :start)""", parameters(groupOf, period), rs -> {
			Facts facts = new Facts(instant(rs.getObject(4, OffsetDateTime.class)),
					instant(rs.getObject(5, OffsetDateTime.class)), instant(rs.getObject(6, OffsetDateTime.class)),
					instant(rs.getObject(7, OffsetDateTime.class)), instant(rs.getObject(8, OffsetDateTime.class)));
			Placement placement = rules.place(facts, period);
			long receiving = rs.getLong(1);
			boolean elsewhere = receiving != rs.getLong(2);
			Long group = groupOf.get(receiving).id();
			byGroup.merge(group, Counts.ZERO.plus(placement, rs.getString(3), elsewhere), InterlinkedStatistics::sum);
			total[0] = total[0].plus(placement, rs.getString(3), elsewhere);
		});
		List<Line<Counts>> lines = new ArrayList<>();
		for (UnitView group : new java.util.LinkedHashSet<>(groupOf.values())) {
			Counts counts = byGroup.getOrDefault(group.id(), Counts.ZERO);
			if (group.active() || !counts.equals(Counts.ZERO)) {
				lines.add(new Line<>(group.id(), group.name(), counts));
			}
		}
		return new Reception(unit, period, total[0], lines);
	}

	/**
	 * The segment view of the unit's subtree for the period: one line per unit that had segments, busiest first, and
	 * the late segments (at most {@value #LATE_LIST}, latest deadline first).
	 */
	public Segments segments(CurrentUser user, String unitCode, LocalDate from, LocalDate to) {
		UnitView unit = readable(user, unitCode);
		Period period = Period.of(from, to, clock.instant(), MotCuaTime.ZONE);
		Map<Long, UnitView> subtree = new LinkedHashMap<>();
		for (Long id : units.subtreeIds(unit.id())) {
			subtree.put(id, unit);
		}
		Map<Long, SegmentCounts> byUnit = new HashMap<>();
		List<LateSegment> late = new ArrayList<>();
		jdbc.query("""
				select s.dossier_code, s.position, s.unit_id, s.started_at, s.due_at, s.completed_at, s.withdrawn_at,
				    s.paused_since
				from statistics_segment s
				where s.unit_id = any(:ids) and s.started_at <= :cutoff
				    and (s.completed_at is null or s.completed_at >= :start)
				    and (s.withdrawn_at is null or s.withdrawn_at >= :start)""", parameters(subtree, period), rs -> {
			Instant started = instant(rs.getObject(4, OffsetDateTime.class));
			Instant due = instant(rs.getObject(5, OffsetDateTime.class));
			Instant completed = instant(rs.getObject(6, OffsetDateTime.class));
			Placement placement = rules.place(new Facts(started, due, completed,
					instant(rs.getObject(7, OffsetDateTime.class)), instant(rs.getObject(8, OffsetDateTime.class))),
					period);
			if (placement.outcome() == Outcome.NONE) {
				return;
			}
			long unitId = rs.getLong(3);
			byUnit.merge(unitId, SegmentCounts.ZERO.plus(placement.outcome()), InterlinkedStatistics::sum);
			if (placement.outcome() == Outcome.LATE || placement.outcome() == Outcome.IN_PROGRESS_OVERDUE) {
				late.add(new LateSegment(rs.getString(1), rs.getInt(2), unitId, null, started, due,
						placement.outcome() == Outcome.LATE ? completed : null));
			}
		});
		Map<Long, String> names = units.namesOf(byUnit.keySet());
		List<Line<SegmentCounts>> lines = new ArrayList<>();
		SegmentCounts total = SegmentCounts.ZERO;
		for (Map.Entry<Long, SegmentCounts> entry : byUnit.entrySet()) {
			lines.add(new Line<>(entry.getKey(), names.getOrDefault(entry.getKey(), "#" + entry.getKey()),
					entry.getValue()));
			total = sum(total, entry.getValue());
		}
		lines.sort(Comparator.comparing((Line<SegmentCounts> l) -> -l.counts().total()).thenComparing(Line::unitName));
		List<LateSegment> named = late.stream()
			.sorted(Comparator.comparing(LateSegment::dueAt).reversed().thenComparing(LateSegment::dossierCode))
			.limit(LATE_LIST)
			.map(l -> new LateSegment(l.dossierCode(), l.position(), l.unitId(), names.get(l.unitId()), l.startedAt(),
					l.dueAt(), l.completedAt()))
			.toList();
		return new Segments(unit, period, total, lines, named);
	}

	private UnitView readable(CurrentUser user, String unitCode) {
		if (!StatisticsReport.mayRead(user)) {
			throw new AccessDeniedException("statistics");
		}
		UnitView unit = units.find(unitCode).orElseThrow(() -> new AccessDeniedException("unit " + unitCode));
		if (!units.canAccess(user, unit.id())) {
			throw new AccessDeniedException("unit " + unit.code());
		}
		return unit;
	}

	private static MapSqlParameterSource parameters(Map<Long, ?> ids, Period period) {
		return new MapSqlParameterSource().addValue("ids", ids.keySet().toArray(new Long[0]))
			.addValue("start", period.start().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC))
			.addValue("cutoff", period.cutoff().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC));
	}

	private static Instant instant(OffsetDateTime value) {
		return value == null ? null : value.toInstant();
	}

	private static Counts sum(Counts a, Counts b) {
		return new Counts(a.carriedOver() + b.carriedOver(), a.online() + b.online(), a.direct() + b.direct(),
				a.postal() + b.postal(), a.early() + b.early(), a.onTime() + b.onTime(), a.late() + b.late(),
				a.withinDeadline() + b.withinDeadline(), a.overdue() + b.overdue(), a.withdrawn() + b.withdrawn(),
				a.resolvedElsewhere() + b.resolvedElsewhere());
	}

	private static SegmentCounts sum(SegmentCounts a, SegmentCounts b) {
		return new SegmentCounts(a.early() + b.early(), a.onTime() + b.onTime(), a.late() + b.late(),
				a.withinDeadline() + b.withinDeadline(), a.overdue() + b.overdue());
	}

}
