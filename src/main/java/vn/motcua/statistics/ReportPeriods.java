package vn.motcua.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/**
 * The period presets of the statistics page (DOMAIN.md §6.4), plain Java: calendar periods (a month, a quarter, six or
 * nine months, a year, the first N months of a year) and the reporting windows of NĐ 09/2019/NĐ-CP art. 12 (a month
 * runs from the 15th of the previous month to the 14th; a quarter from the 15th of the month before it to the 14th of
 * its last month; six months, nine months and the year from 15/12 of the previous year to 14/06, 14/09, 14/12).
 */
public final class ReportPeriods {

	/** A preset; {@code n} is the month (1–12), the quarter (1–4) or the number of months, as the preset needs. */
	public enum Preset {

		MONTH(1, 12), QUARTER(1, 4), SIX_MONTHS(0, 0), NINE_MONTHS(0, 0), YEAR(0, 0), FIRST_MONTHS(1, 12),
		OFFICIAL_MONTH(1, 12), OFFICIAL_QUARTER(1, 4), OFFICIAL_SIX_MONTHS(0, 0), OFFICIAL_NINE_MONTHS(0, 0),
		OFFICIAL_YEAR(0, 0), CUSTOM(0, 0);

		private final int min;

		private final int max;

		Preset(int min, int max) {
			this.min = min;
			this.max = max;
		}

		/** Whether the preset needs {@code n}. */
		public boolean takesNumber() {
			return max > 0;
		}

		/** The URL spelling, e.g. {@code official-month}. */
		public String urlName() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

		/** {@code official-month} (or {@code OFFICIAL_MONTH}) → the preset. */
		public static Preset parse(String value) {
			String name = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
			for (Preset preset : values()) {
				if (preset.name().equals(name)) {
					return preset;
				}
			}
			throw new IllegalArgumentException("Không có kỳ báo cáo \"" + value.trim() + "\".");
		}

	}

	/** From {@code from} to {@code to}, both included. */
	public record Range(LocalDate from, LocalDate to) {
	}

	private ReportPeriods() {
	}

	/**
	 * The dates of a preset in a year.
	 * @throws IllegalArgumentException (Vietnamese message) for {@link Preset#CUSTOM}, a year out of range or an
	 * {@code n} the preset does not accept
	 */
	public static Range of(Preset preset, int year, int n) {
		if (preset == Preset.CUSTOM) {
			throw new IllegalArgumentException("Kỳ tùy chọn cần ngày bắt đầu và ngày kết thúc.");
		}
		if (year < 1901 || year > 9999) {
			throw new IllegalArgumentException("Năm không hợp lệ: " + year + ".");
		}
		if (preset.takesNumber() && (n < preset.min || n > preset.max)) {
			throw new IllegalArgumentException(
					"Số tháng / quý phải từ %d đến %d, không phải %d.".formatted(preset.min, preset.max, n));
		}
		return switch (preset) {
			case MONTH -> months(year, n, n);
			case QUARTER -> months(year, 3 * n - 2, 3 * n);
			case SIX_MONTHS -> months(year, 1, 6);
			case NINE_MONTHS -> months(year, 1, 9);
			case YEAR -> months(year, 1, 12);
			case FIRST_MONTHS -> months(year, 1, n);
			case OFFICIAL_MONTH -> official(year, n, n);
			case OFFICIAL_QUARTER -> official(year, 3 * n - 2, 3 * n);
			case OFFICIAL_SIX_MONTHS -> official(year, 1, 6);
			case OFFICIAL_NINE_MONTHS -> official(year, 1, 9);
			case OFFICIAL_YEAR -> official(year, 1, 12);
			case CUSTOM -> throw new IllegalStateException();
		};
	}

	/** Calendar months {@code first}…{@code last} of the year. */
	private static Range months(int year, int first, int last) {
		return new Range(LocalDate.of(year, first, 1), YearMonth.of(year, last).atEndOfMonth());
	}

	/** NĐ 09/2019: the 15th of the month before {@code first} (December of the year before for January) → the 14th of {@code last}. */
	private static Range official(int year, int first, int last) {
		return new Range(YearMonth.of(year, first).minusMonths(1).atDay(15), LocalDate.of(year, last, 14));
	}

	/** The preset that holds {@code day} by default: the calendar month. */
	public static Range monthOf(LocalDate day) {
		return months(day.getYear(), day.getMonthValue(), day.getMonthValue());
	}

}
