package vn.motcua.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.motcua.calendar.CalendarDay.Source;
import vn.motcua.calendar.CalendarDay.Type;

import static org.assertj.core.api.Assertions.assertThat;

/** Migration {@code V4__calendar.sql} and {@link AnnouncedSchedules} can never disagree. */
class CalendarMigrationTests {

	static String migration() throws IOException {
		try (InputStream in = CalendarMigrationTests.class.getResourceAsStream("/db/migration/V4__calendar.sql")) {
			assertThat(in).as("V4__calendar.sql on the classpath").isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void insertsExactlyTheAnnouncedSchedules() throws IOException {
		List<CalendarDay> expected = AnnouncedSchedules.all();
		assertThat(CalendarDaySql.parse(migration()))
			.withFailMessage(() -> "V4__calendar.sql differs from AnnouncedSchedules; regenerate its INSERT:\n"
					+ CalendarDaySql.insert(expected))
			.isEqualTo(expected);
	}

	@Test
	void checkConstraintsNameEveryTypeAndSource() throws IOException {
		String sql = migration();
		Arrays.stream(Type.values()).forEach(type -> assertThat(sql).contains("'" + type.name() + "'"));
		Arrays.stream(Source.values()).forEach(source -> assertThat(sql).contains("'" + source.name() + "'"));
		assertThat(sql).contains("create table calendar_day", "create table office_hours",
				"references organisation_unit (id)");
	}

	@Test
	void sqlRoundTripsQuotesAndNulls() {
		List<CalendarDay> days = List.of(
				new CalendarDay(LocalDate.of(2030, 1, 1), Type.HOLIDAY, "Tết Dương lịch 'mới'", null,
						Source.DEFAULT_RULE, false),
				new CalendarDay(LocalDate.of(2030, 1, 5), Type.MAKEUP_WORKDAY, "Làm bù, (thử)", "CV 1/VPCP; TB 2",
						Source.DECISION, true));
		assertThat(CalendarDaySql.parse(CalendarDaySql.insert(days))).isEqualTo(days);
	}

}
