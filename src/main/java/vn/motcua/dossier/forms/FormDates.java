package vn.motcua.dossier.forms;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Dates as the official forms write them, available in the form templates as {@code dates}: "08 giờ 15 phút, ngày 17
 * tháng 02 năm 2026" (TT 01/2018/TT-VPCP Mẫu 01 items 4–5) and the dateline "Bình An, ngày 05 tháng 3 năm 2026".
 * Days below 10 and the months 1 and 2 take a leading zero, the other months do not (NĐ 30/2020/NĐ-CP, Phụ lục I).
 * Hours and minutes always have two digits.
 */
public final class FormDates {

	/** {@code ngày 17 tháng 02 năm 2026}; empty for {@code null}. */
	public String date(LocalDate date) {
		if (date == null) {
			return "";
		}
		return "ngày " + twoDigits(date.getDayOfMonth()) + " tháng " + month(date.getMonthValue()) + " năm "
				+ date.getYear();
	}

	/** {@code 08 giờ 15 phút, ngày 17 tháng 02 năm 2026}; empty for {@code null}. */
	public String timeAndDate(LocalDateTime at) {
		if (at == null) {
			return "";
		}
		return twoDigits(at.getHour()) + " giờ " + twoDigits(at.getMinute()) + " phút, " + date(at.toLocalDate());
	}

	/** {@code Bình An, ngày 17 tháng 02 năm 2026}. */
	public String dateline(String place, LocalDate date) {
		return place + ", " + date(date);
	}

	private static String month(int month) {
		return month <= 2 ? twoDigits(month) : Integer.toString(month);
	}

	private static String twoDigits(int value) {
		return value < 10 ? "0" + value : Integer.toString(value);
	}

}
