/**
 * Lịch làm việc và thời hạn giải quyết: the working-day calendar (ngày làm việc, ngày nghỉ lễ, nghỉ bù, hoán đổi, làm
 * bù) and the deadline rules of DOMAIN.md §5 that turn a reception instant into the appointment printed on Mẫu 01
 * (ngày hẹn trả).
 *
 * <p>The rules are plain Java, without Spring, so that each counting rule is unit-tested on its own:
 * <ul>
 * <li>{@link vn.motcua.calendar.VietnameseLunarCalendar}: Tết and Giỗ Tổ computed for Vietnam (UTC+7), only to seed
 * the calendar (DOMAIN.md §8.1);</li>
 * <li>{@link vn.motcua.calendar.CalendarDay}: one row of table {@code calendar_day};
 * {@link vn.motcua.calendar.AnnouncedSchedules} holds the government decisions 2019–2026 (DOMAIN.md §5.3) and
 * {@link vn.motcua.calendar.DefaultHolidayRules} the statutory holidays for years without a decision;</li>
 * <li>{@link vn.motcua.calendar.WorkingCalendar}: which days are working days, and why not;</li>
 * <li>{@link vn.motcua.calendar.DeadlineCalculator}: the appointment for a {@link vn.motcua.calendar.ProcessingTime},
 * the unit's {@link vn.motcua.calendar.OfficeHours} and the channel, with a Vietnamese explanation, and the new
 * appointment after a supplement (DOMAIN.md §4.1).</li>
 * </ul>
 *
 * <p>Glossary: ngày làm việc = working day; ngày nghỉ lễ, tết = {@code HOLIDAY}; nghỉ bù = {@code COMPENSATORY_OFF};
 * nghỉ hoán đổi = {@code SWAPPED_OFF}; làm bù = {@code MAKEUP_WORKDAY}; giờ hành chính = {@link
 * vn.motcua.calendar.OfficeHours}; ngày hẹn trả = {@link vn.motcua.calendar.Appointment}; bổ sung hồ sơ = supplement
 * ({@link vn.motcua.calendar.SupplementPolicy}).
 *
 * <p>The Spring side lives beside them and is the module's API for other modules:
 * {@link vn.motcua.calendar.CalendarDays} reads table {@code calendar_day} into a cached {@code WorkingCalendar}, fills
 * the years without a decision from the default rules, and gives each unit's office hours and appointments. The
 * administrator pages ({@code /admin/calendar/{year}}, {@code /admin/units/{code}/office-hours}) are package-private.
 * {@code PlainCalendarTests} keeps the classes above free of Spring.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Working-day calendar",
		allowedDependencies = { "organisation", "audit", "web" })
package vn.motcua.calendar;
