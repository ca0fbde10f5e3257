package vn.motcua.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Dates and times written the Vietnamese way for names and explanations: "Thứ Sáu 13/02/2026", "16:45". */
final class VietnameseText {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private VietnameseText() {
	}

	static String weekday(DayOfWeek day) {
		switch (day) {
			case MONDAY:
				return "Thứ Hai";
			case TUESDAY:
				return "Thứ Ba";
			case WEDNESDAY:
				return "Thứ Tư";
			case THURSDAY:
				return "Thứ Năm";
			case FRIDAY:
				return "Thứ Sáu";
			case SATURDAY:
				return "Thứ Bảy";
			default:
				return "Chủ nhật";
		}
	}

	static String date(LocalDate date) {
		return DATE.format(date);
	}

	static String time(LocalTime time) {
		return TIME.format(time);
	}

	/** "Thứ Sáu 13/02/2026". */
	static String dayWithWeekday(LocalDate date) {
		return weekday(date.getDayOfWeek()) + " " + date(date);
	}

	/** "16:45 Thứ Sáu 13/02/2026". */
	static String instant(ZonedDateTime at) {
		return time(at.toLocalTime()) + " " + dayWithWeekday(at.toLocalDate());
	}

	/** "13/02/2026", "14/02–15/02/2026" or "31/12/2026–01/01/2027". */
	static String range(LocalDate first, LocalDate last) {
		if (first.equals(last)) {
			return date(first);
		}
		if (first.getYear() == last.getYear()) {
			return DAY_MONTH.format(first) + "–" + date(last);
		}
		return date(first) + "–" + date(last);
	}

}
