package vn.motcua.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.motcua.calendar.CalendarDay.Source;
import vn.motcua.calendar.CalendarDay.Type;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.motcua.calendar.ShippedCalendar.date;

class DefaultHolidayRulesTests {

	DefaultHolidayRules rules = DefaultHolidayRules.statutory();

	@ParameterizedTest(name = "{0}")
	@ValueSource(ints = { 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026 })
	void reproduceEveryAnnouncedHolidayAndCompensatoryDay(int year) {
		// only the swaps and 24/11 need a decision: holidays and nghỉ bù follow the rules (DOMAIN.md §5.3)
		assertThat(summary(rules.forYear(year))).isEqualTo(summary(AnnouncedSchedules.forYear(year).stream()
			.filter(day -> day.type() == Type.HOLIDAY || day.type() == Type.COMPENSATORY_OFF)
			.collect(Collectors.toList())));
	}

	@Test
	void elevenHolidaysFrom2021TenBefore() { // BLLĐ 2019 art. 112: QK 2 days from 2021; BLLĐ 2012: 10 days
		for (int year = DefaultHolidayRules.FIRST_YEAR; year <= DefaultHolidayRules.LAST_YEAR; year++) {
			long holidays = rules.forYear(year).stream().filter(day -> day.type() == Type.HOLIDAY).count();
			assertThat(holidays).as("holidays of %d", year).isEqualTo(year >= 2021 ? 11 : 10);
		}
	}

	@Test
	void tetIsFiveConsecutiveWeekdaysFromTheDayBeforeTheEve() {
		for (int year = DefaultHolidayRules.FIRST_YEAR; year <= DefaultHolidayRules.LAST_YEAR; year++) {
			List<LocalDate> tet = DefaultHolidayRules.tetDays(year);
			LocalDate eve = VietnameseLunarCalendar.lunarNewYearsEve(year);
			assertThat(tet).as("Tết %d", year).hasSize(5).noneMatch(CalendarDay::isWeekend);
			// starts on the day before the eve, or the Monday after it when that is a weekend day
			assertThat(tet.get(0)).as("first Tết day %d", year)
				.isEqualTo(CalendarDay.isWeekend(eve.minusDays(1)) ? eve.minusDays(1).with(
						TemporalAdjusters.next(DayOfWeek.MONDAY)) : eve.minusDays(1));
			// no weekday left between the five days, and at most one weekend inside
			assertThat(tet.get(4).toEpochDay() - tet.get(0).toEpochDay()).as("span %d", year).isIn(4L, 6L);
		}
	}

	@Test
	void tet2027IsThursdayToWednesday() { // Tết Sat 06/02/2027, eve Fri 05/02: Thu 04, Fri 05, Mon 08–Wed 10
		assertThat(DefaultHolidayRules.tetDays(2027)).containsExactly(date(2027, 2, 4), date(2027, 2, 5),
				date(2027, 2, 8), date(2027, 2, 9), date(2027, 2, 10));
	}

	@Test
	void tet2030FollowsVietnamNotChina() { // Tết Sat 02/02/2030 (China 03/02), eve Fri 01/02: Thu 31/01 … Wed 06/02
		assertThat(DefaultHolidayRules.tetDays(2030)).containsExactly(date(2030, 1, 31), date(2030, 2, 1),
				date(2030, 2, 4), date(2030, 2, 5), date(2030, 2, 6));
	}

	@Test
	void nationalDayAdjacentTouchesTheWeekendWhenItCan() {
		assertThat(DefaultHolidayRules.nationalDayAdjacent(2021)).isEqualTo(date(2021, 9, 3)); // Thu → Fri
		assertThat(DefaultHolidayRules.nationalDayAdjacent(2022)).isEqualTo(date(2022, 9, 1)); // Fri → Thu
		assertThat(DefaultHolidayRules.nationalDayAdjacent(2023)).isEqualTo(date(2023, 9, 1)); // Sat → Fri
		assertThat(DefaultHolidayRules.nationalDayAdjacent(2024)).isEqualTo(date(2024, 9, 3)); // Mon → Tue
		assertThat(DefaultHolidayRules.nationalDayAdjacent(2025)).isEqualTo(date(2025, 9, 1)); // Tue → Mon
		assertThat(DefaultHolidayRules.nationalDayAdjacent(2026)).isEqualTo(date(2026, 9, 1)); // Wed → Tue
		assertThat(DefaultHolidayRules.nationalDayAdjacent(2029)).isEqualTo(date(2029, 9, 3)); // Sun → Mon
	}

	@Test
	void nationalDayOnSundayIsCompensatedAfterTheAdjacentDay() { // 02/09/2029 Sun; 03/09 Mon adjacent → Tue 04/09 nghỉ bù
		assertThat(rules.forYear(2029)).filteredOn(day -> day.date().getMonthValue() == 9)
			.extracting(CalendarDay::date, CalendarDay::type)
			.containsExactly(tuple(date(2029, 9, 2), Type.HOLIDAY),
					tuple(date(2029, 9, 3), Type.HOLIDAY),
					tuple(date(2029, 9, 4), Type.COMPENSATORY_OFF));
	}

	@Test
	void weekendHolidayGivesTheNextWeekday() { // 01/05/2027 Sat → Mon 03/05; 01/01/2028 Sat → Mon 03/01
		assertThat(rules.forYear(2027)).contains(new CalendarDay(date(2027, 5, 3), Type.COMPENSATORY_OFF,
				"Nghỉ bù Ngày Quốc tế Lao động (Thứ Bảy 01/05/2027)", "BLLĐ 2019 Điều 111, nghỉ bù (quy tắc mặc định, chờ xác nhận)",
				Source.DEFAULT_RULE, false));
		assertThat(rules.forYear(2028)).extracting(CalendarDay::date).contains(date(2028, 1, 3));
	}

	@Test
	void nationalDayWasOneDayBefore2021() { // BLLĐ 2012: 2020 only 02/09 (Wed)
		assertThat(rules.forYear(2020)).filteredOn(day -> day.date().getMonthValue() == 9)
			.extracting(CalendarDay::date)
			.containsExactly(date(2020, 9, 2));
		assertThat(rules.forYear(2020).get(0).legalRef()).startsWith("BLLĐ 2012");
	}

	@Test
	void everyRowIsAnUnconfirmedDefault() {
		assertThat(rules.forYears(DefaultHolidayRules.FIRST_YEAR, DefaultHolidayRules.LAST_YEAR))
			.allMatch(day -> day.source() == Source.DEFAULT_RULE && !day.confirmed())
			.allMatch(day -> day.legalRef().contains("chờ xác nhận"));
	}

	@Test
	void cultureDayOnlyWhenEnabled() { // unverified (DOMAIN.md §5.1): 24/11/2029 is a Saturday → Mon 26/11 nghỉ bù
		assertThat(rules.forYear(2027)).noneMatch(day -> day.type() == Type.EXTRA_OFF);
		List<CalendarDay> with = rules.withVietnameseCultureDay().forYear(2029);
		assertThat(with).extracting(CalendarDay::date, CalendarDay::type)
			.contains(tuple(date(2029, 11, 24), Type.EXTRA_OFF),
					tuple(date(2029, 11, 26), Type.COMPENSATORY_OFF));
		assertThat(rules.withVietnameseCultureDay().forYear(2025)).noneMatch(day -> day.type() == Type.EXTRA_OFF);
	}

	@Test
	void refusesYearsOutsideTheCheckedRange() {
		assertThatIllegalArgumentException().isThrownBy(() -> rules.forYear(2014));
		assertThatIllegalArgumentException().isThrownBy(() -> rules.forYear(2036));
	}

	private static List<String> summary(List<CalendarDay> days) {
		return days.stream().map(day -> day.date() + " " + day.type() + " " + day.name()).collect(Collectors.toList());
	}

}
