package vn.motcua.bench;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.motcua.calendar.DeadlineCalculator;
import vn.motcua.calendar.DefaultHolidayRules;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.ProcessingTime;
import vn.motcua.calendar.SupplementPolicy;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierBulkLoad.Generated;
import vn.motcua.web.MotCuaTime;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated dossiers have the realistic shapes issue 8 lists, against the real deadline rules. */
class DossierStoriesTests {

	static final LocalDate UNTIL = LocalDate.of(2026, 11, 22);

	static final LocalDate FROM = UNTIL.minusYears(5).plusDays(1);

	static final int N = 40_000;

	static final WorkingCalendar CALENDAR = new WorkingCalendar(
			DefaultHolidayRules.statutory().forYears(2015, 2035), 2015, 2035);

	static final DeadlineCalculator CALCULATOR = new DeadlineCalculator(CALENDAR, OfficeHours.DEFAULT);

	static final ProvinceShape SHAPE = new ProvinceShape(8, "T80", "Tỉnh Bảo Lâm", 40, 300);

	static DossierStories stories(long seed) {
		List<DossierStories.Unit> units = new ArrayList<>();
		for (ProvinceShape.Unit u : SHAPE.units()) {
			units.add(new DossierStories.Unit(units.size() + 1, u.code(), u.name(), u.agencyId(), u.kind(), u.weight()));
		}
		List<DossierStories.Procedure> procedures = new ArrayList<>();
		for (ProvinceShape.Procedure p : SHAPE.procedures()) {
			ProcessingTime.Unit unit = switch (p.unit()) {
				case "WORKING_DAYS" -> ProcessingTime.Unit.WORKING_DAY;
				case "CALENDAR_DAYS" -> ProcessingTime.Unit.CALENDAR_DAY;
				default -> ProcessingTime.Unit.WORKING_HOUR;
			};
			ProcessingTime time = new ProcessingTime(new BigDecimal(p.value()), unit,
					p.sameDayCutoff().isEmpty() ? null : LocalTime.parse(p.sameDayCutoff()));
			procedures.add(new DossierStories.Procedure(p.code(), p.name(), p.fieldCode(), p.level(), time,
					p.onlineLevel(), SupplementPolicy.valueOf(p.supplementPolicy()), p.weight()));
		}
		return new DossierStories(seed, N, FROM, UNTIL, units, procedures, id -> CALCULATOR);
	}

	static final List<Generated> ALL = new ArrayList<>();

	static {
		stories(8).forEachRemaining(ALL::add);
	}

	static double share(long part, long whole) {
		return (double) part / whole;
	}

	@Test
	void exactlyTheAskedNumberWithUniqueCodesNumberedPerAgencyAndDayInOrderOfReception() {
		assertThat(ALL).hasSize(N);
		assertThat(ALL.stream().map(Generated::code).distinct()).hasSize(N);
		Map<String, List<Generated>> byAgencyDay = new HashMap<>();
		for (Generated d : ALL) {
			byAgencyDay.computeIfAbsent(d.code().substring(0, d.code().lastIndexOf('-')), k -> new ArrayList<>()).add(d);
		}
		byAgencyDay.forEach((key, list) -> {
			for (int i = 0; i < list.size(); i++) {
				assertThat(list.get(i).code()).endsWith("-%04d".formatted(i + 1));
				if (i > 0) {
					assertThat(list.get(i).receivedAt()).isAfterOrEqualTo(list.get(i - 1).receivedAt());
				}
			}
			LocalDate day = LocalDate.parse("20" + key.substring(key.length() - 6, key.length() - 4) + "-"
					+ key.substring(key.length() - 4, key.length() - 2) + "-" + key.substring(key.length() - 2));
			assertThat(LocalDate.ofInstant(list.get(0).receivedAt(), MotCuaTime.ZONE)).isEqualTo(day);
		});
	}

	@Test
	void storiesAreConsistentAndNothingHappensAfterTheLastDay() {
		Instant horizon = UNTIL.plusDays(1).atStartOfDay(MotCuaTime.ZONE).toInstant();
		assertThat(ALL).allSatisfy(d -> {
			LocalDate received = LocalDate.ofInstant(d.receivedAt(), MotCuaTime.ZONE);
			assertThat(received).isBetween(FROM, UNTIL);
			assertThat(d.dueAt()).isAfter(d.receivedAt());
			if (d.resolvedAt() != null) {
				assertThat(d.resolvedAt()).isAfterOrEqualTo(d.receivedAt()).isBefore(horizon);
				assertThat(d.withdrawnAt()).isNull();
			}
			if (d.returnedAt() != null) {
				assertThat(d.returnedAt()).isAfterOrEqualTo(d.resolvedAt()).isBefore(horizon);
			}
			if (d.withdrawnAt() != null) {
				assertThat(d.withdrawnAt()).isAfterOrEqualTo(d.receivedAt()).isBefore(horizon);
			}
			if (d.supplement() != null) {
				assertThat(d.supplement().requestedAt()).isAfterOrEqualTo(d.receivedAt()).isBefore(horizon);
				if (d.supplement().resubmittedAt() != null) {
					assertThat(d.dueAt()).isEqualTo(d.supplement().dueAfter());
					assertThat(d.supplement().dueAfter()).isAfterOrEqualTo(d.supplement().dueBefore());
				}
				else {
					assertThat(d.resolvedAt()).isNull();
				}
			}
			assertThat(d.phone() != null || d.idNumber() != null || d.taxCode() != null).isTrue();
		});
	}

	@Test
	void realisticShares() {
		long resolved = ALL.stream().filter(d -> d.resolvedAt() != null).count();
		long late = ALL.stream().filter(d -> d.resolvedAt() != null && d.resolvedAt().isAfter(d.dueAt())).count();
		long rejected = ALL.stream().filter(Generated::rejected).count();
		long withdrawn = ALL.stream().filter(d -> d.withdrawnAt() != null).count();
		List<Generated> open = ALL.stream().filter(d -> d.resolvedAt() == null && d.withdrawnAt() == null).toList();
		long supplements = ALL.stream().filter(d -> d.supplement() != null).count();
		long returned = ALL.stream().filter(d -> d.returnedAt() != null).count();
		assertThat(share(late, resolved)).as("late").isBetween(0.01, 0.035);
		assertThat(share(rejected, resolved)).as("rejected after review").isBetween(0.008, 0.025);
		assertThat(share(withdrawn, N)).as("withdrawn").isBetween(0.005, 0.015);
		assertThat(share(open.size(), N)).as("still open").isBetween(0.002, 0.012);
		assertThat(share(supplements, N)).as("supplement rounds").isBetween(0.04, 0.08);
		assertThat(share(returned, resolved)).as("results collected").isBetween(0.9, 1.0);
		// what is still open was mostly received in the last weeks
		long recent = open.stream()
			.filter(d -> LocalDate.ofInstant(d.receivedAt(), MotCuaTime.ZONE).isAfter(UNTIL.minusDays(60)))
			.count();
		assertThat(share(recent, open.size())).isGreaterThan(0.8);
	}

	@Test
	void deskReceptionsInOfficeHoursOfWorkingDaysAndMostOfAFullyOnlineProcedureOnline() {
		Set<String> fullyOnline = new HashSet<>();
		SHAPE.procedures().stream().filter(p -> p.onlineLevel().equals("FULL")).forEach(p -> fullyOnline.add(p.code()));
		long onlineOfFull = 0;
		long full = 0;
		int[] byMonth = new int[13];
		for (Generated d : ALL) {
			ZonedDateTime at = d.receivedAt().atZone(MotCuaTime.ZONE);
			if (d.channel() != Channel.ONLINE) {
				assertThat(CALENDAR.isWorkingDay(at.toLocalDate())).isTrue();
				assertThat(at.toLocalTime()).isBetween(LocalTime.of(7, 30), LocalTime.of(17, 0));
			}
			if (fullyOnline.contains(d.procedureCode())) {
				full++;
				onlineOfFull += d.channel() == Channel.ONLINE ? 1 : 0;
			}
			if (at.getYear() == 2025) {
				byMonth[at.getMonthValue()]++;
			}
		}
		assertThat(share(onlineOfFull, full)).isBetween(0.8, 0.92);
		// seasons: the year-end rush is busier than the month of Tết
		assertThat(byMonth[12]).isGreaterThan(byMonth[2] * 4 / 3);
	}

	@Test
	void theSameSeedTellsTheSameStories() {
		DossierStories again = stories(8);
		for (int i = 0; i < 500; i++) {
			assertThat(again.next()).isEqualTo(ALL.get(i));
		}
		List<Generated> others = new ArrayList<>();
		stories(9).forEachRemaining(others::add);
		assertThat(others).hasSize(N).isNotEqualTo(ALL);
	}

}
