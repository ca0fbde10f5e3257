package vn.motcua.statistics;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.springframework.util.StringUtils;

import vn.motcua.statistics.StatisticsReport.GroupBy;

/**
 * The parameters of a report as the exports take them ({@code unit}, {@code from}, {@code to} as YYYY-MM-DD,
 * {@code groupBy=field|unit}), with the same rules and Vietnamese messages as the JSON API.
 */
record StatisticsQuery(String unit, LocalDate from, LocalDate to, GroupBy groupBy) {

	/** @throws IllegalArgumentException with a Vietnamese message for a missing or malformed parameter */
	static StatisticsQuery parse(String unit, String from, String to, String groupBy) {
		if (!StringUtils.hasText(unit)) {
			throw new IllegalArgumentException("Thiếu mã đơn vị (unit).");
		}
		LocalDate start = date(from, "from", "từ ngày");
		LocalDate end = date(to, "to", "đến ngày");
		GroupBy grouping;
		if (!StringUtils.hasText(groupBy)) {
			grouping = GroupBy.NONE;
		}
		else {
			grouping = switch (groupBy.trim().toLowerCase(Locale.ROOT)) {
				case "field" -> GroupBy.FIELD;
				case "unit" -> GroupBy.UNIT;
				default -> throw new IllegalArgumentException(
						"Tham số groupBy chỉ nhận field (theo lĩnh vực) hoặc unit (theo đơn vị).");
			};
		}
		if (end.isBefore(start)) {
			throw new IllegalArgumentException("Ngày kết thúc (to) phải từ ngày bắt đầu (from) trở đi.");
		}
		return new StatisticsQuery(unit.trim(), start, end, grouping);
	}

	private static LocalDate date(String value, String name, String label) {
		if (!StringUtils.hasText(value)) {
			throw new IllegalArgumentException("Thiếu %s (%s), dạng YYYY-MM-DD.".formatted(label, name));
		}
		LocalDate date;
		try {
			date = LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(
					"Ngày không hợp lệ ở %s (%s): %s; cần dạng YYYY-MM-DD.".formatted(label, name, shorten(value)));
		}
		if (date.getYear() < 1900 || date.getYear() > 9999) {
			throw new IllegalArgumentException(
					"Năm của %s (%s) không hợp lệ: %s.".formatted(label, name, shorten(value)));
		}
		return date;
	}

	/** The value as typed, cut short: it goes back into a plain-text answer. */
	private static String shorten(String value) {
		String trimmed = value.trim();
		return trimmed.length() > 40 ? trimmed.substring(0, 40) + "…" : trimmed;
	}

}
