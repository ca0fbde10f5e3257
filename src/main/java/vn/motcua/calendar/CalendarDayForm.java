package vn.motcua.calendar;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.motcua.calendar.CalendarDay.Type;

/**
 * Add or change a day of the calendar. The rules that need the year or the table (date within the year, make-up day
 * on a weekend, no second row on a date) are checked by {@link CalendarAdministration}.
 */
public record CalendarDayForm(
		@NotNull(message = "{calendar.day.date.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
		@NotNull(message = "{calendar.day.type.required}") Type type,
		@NotBlank(message = "{calendar.day.name.required}")
		@Size(max = CalendarDay.NAME_LENGTH, message = "{calendar.day.name.size}") String name,
		@Size(max = CalendarDay.LEGAL_REF_LENGTH, message = "{calendar.day.legalRef.size}") String legalRef) {

	static CalendarDayForm empty() {
		return new CalendarDayForm(null, null, "", "");
	}

	/** The day as it is, without the default rules' "to be confirmed" note: saving it confirms the day. */
	static CalendarDayForm of(CalendarDay day) {
		String ref = day.legalRef() == null ? "" : day.legalRef().replace(DefaultHolidayRules.PENDING, "");
		return new CalendarDayForm(day.date(), day.type(), day.name(), ref);
	}

	/** The row the form describes, as an administrator's entry: from a decision and checked. */
	CalendarDay toDay(LocalDate on) {
		String ref = legalRef == null || legalRef.isBlank() ? null : legalRef.trim();
		return new CalendarDay(on, type, name.trim(), ref, CalendarDay.Source.DECISION, true);
	}

}
