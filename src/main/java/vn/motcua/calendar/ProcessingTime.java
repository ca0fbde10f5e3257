package vn.motcua.calendar;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * Thời hạn giải quyết of a procedure (DOMAIN.md §5.1): a value in working days, calendar days or working hours, and
 * for same-day procedures the cut-off after which the result is due the next working day (§5.4).
 *
 * <ul>
 * <li>{@code WORKING_DAY} with a whole value N ≥ 1: the end of the N-th working day after the reception day.</li>
 * <li>{@code WORKING_DAY} 0: same day ("ngay trong ngày"), with an optional {@code sameDayCutoff} such as 15:00 (chứng
 * thực, NĐ 23/2015/NĐ-CP; many hộ tịch procedures). The cut-off is refused on any other processing time: there is no
 * general "after 15:00 the clock starts tomorrow" rule (§5.4, §8.2).</li>
 * <li>{@code WORKING_DAY} with a fraction: the fraction is office time at {@value #HOURS_PER_DAY} working hours a day,
 * so 0,5 day = 4 working hours (§5.5, a convention, unverified), counted from the reception; 1,5 days = the end of the
 * first working day after the reception day, then 4 more working hours. Converting 1,5 days wholly to 12 hours would
 * give an earlier appointment than 1 day for a morning reception; this way more time is never earlier.</li>
 * <li>{@code CALENDAR_DAY} N ≥ 0: N days later, moved to the end of the next working day if that is a day off.</li>
 * <li>{@code WORKING_HOUR} &gt; 0: office time only, across lunch breaks, nights and days off.</li>
 * </ul>
 *
 * @param value the number (kept without trailing zeros: 1,0 and 1 are equal)
 * @param unit the unit
 * @param sameDayCutoff cut-off of a same-day procedure, or {@code null}
 */
public record ProcessingTime(BigDecimal value, Unit unit, LocalTime sameDayCutoff) {

	/** Working hours of a day when a fraction of a day is converted (0,5 day = 4 hours). */
	public static final int HOURS_PER_DAY = 8;

	/** The 15:00 cut-off of same-day procedures (DOMAIN.md §5.4). */
	public static final LocalTime FIFTEEN_HUNDRED = LocalTime.of(15, 0);

	/** Unit of a processing time (column {@code duration_unit} of a procedure). */
	public enum Unit {

		/** Ngày làm việc. */
		WORKING_DAY,

		/** Ngày (calendar day, days off included). */
		CALENDAR_DAY,

		/** Giờ làm việc. */
		WORKING_HOUR

	}

	public ProcessingTime {
		Objects.requireNonNull(value, "value");
		Objects.requireNonNull(unit, "unit");
		value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
		if (value.signum() < 0) {
			throw new IllegalArgumentException("negative processing time " + value);
		}
		if (unit == Unit.CALENDAR_DAY && !isWhole(value)) {
			throw new IllegalArgumentException("calendar days must be whole: " + value);
		}
		if (unit == Unit.WORKING_HOUR && value.signum() == 0) {
			throw new IllegalArgumentException("a processing time in hours must be positive");
		}
		if (unit != Unit.CALENDAR_DAY && !isWhole(hours(value, unit).multiply(BigDecimal.valueOf(60)))) {
			throw new IllegalArgumentException(value + " " + unit + " is not a whole number of minutes");
		}
		if (sameDayCutoff != null && (unit != Unit.WORKING_DAY || value.signum() != 0)) {
			throw new IllegalArgumentException(
					"a same-day cut-off applies to same-day procedures (0 working days) only, not " + value + " " + unit);
		}
	}

	/** N working days. */
	public static ProcessingTime workingDays(int days) {
		return new ProcessingTime(BigDecimal.valueOf(days), Unit.WORKING_DAY, null);
	}

	/** A fraction of working days, such as 0,5 or 1,5. */
	public static ProcessingTime workingDays(BigDecimal days) {
		return new ProcessingTime(days, Unit.WORKING_DAY, null);
	}

	/** Half a working day: 4 working hours. */
	public static ProcessingTime halfDay() {
		return workingDays(new BigDecimal("0.5"));
	}

	/** N calendar days. */
	public static ProcessingTime calendarDays(int days) {
		return new ProcessingTime(BigDecimal.valueOf(days), Unit.CALENDAR_DAY, null);
	}

	/** N working hours. */
	public static ProcessingTime workingHours(int hours) {
		return new ProcessingTime(BigDecimal.valueOf(hours), Unit.WORKING_HOUR, null);
	}

	/** Same day if received at or before {@code cutoff}, else the next working day. */
	public static ProcessingTime sameDay(LocalTime cutoff) {
		return new ProcessingTime(BigDecimal.ZERO, Unit.WORKING_DAY, Objects.requireNonNull(cutoff, "cutoff"));
	}

	/** Same day if received by closing time, else the next working day. */
	public static ProcessingTime sameDay() {
		return new ProcessingTime(BigDecimal.ZERO, Unit.WORKING_DAY, null);
	}

	/** Whether this is a same-day procedure (0 working days). */
	public boolean isSameDay() {
		return unit == Unit.WORKING_DAY && value.signum() == 0;
	}

	/**
	 * Whether the deadline is counted in office time only: working hours, or less than one working day (0,5 day).
	 */
	public boolean countsOfficeTime() {
		return unit == Unit.WORKING_HOUR || (unit == Unit.WORKING_DAY && value.compareTo(BigDecimal.ONE) < 0
				&& value.signum() > 0);
	}

	/**
	 * Office time counted after the whole days: all of a {@code WORKING_HOUR} value, the fraction of a
	 * {@code WORKING_DAY} value at {@value #HOURS_PER_DAY} hours a day (0,5 → 4 hours); zero otherwise.
	 */
	public Duration officeTime() {
		BigDecimal hours = unit == Unit.WORKING_HOUR ? value
				: unit == Unit.WORKING_DAY ? fraction(value).multiply(BigDecimal.valueOf(HOURS_PER_DAY)) : BigDecimal.ZERO;
		return Duration.ofMinutes(hours.multiply(BigDecimal.valueOf(60)).longValueExact());
	}

	/** The whole days counted by the day rules (1 for 1,5 days); zero for working hours. */
	public int days() {
		return unit == Unit.WORKING_HOUR ? 0 : value.setScale(0, RoundingMode.DOWN).intValueExact();
	}

	/** "5 ngày làm việc", "0,5 ngày làm việc (4 giờ làm việc)", "15 ngày (tính cả ngày nghỉ)", "8 giờ làm việc"… */
	public String describe() {
		String number = value.toPlainString().replace('.', ',');
		if (isSameDay()) {
			return sameDayCutoff == null ? "trong ngày làm việc"
					: "trong ngày (tiếp nhận sau " + VietnameseText.time(sameDayCutoff)
							+ " thì trả trong ngày làm việc tiếp theo)";
		}
		switch (unit) {
			case WORKING_DAY:
				return isWhole(value) ? number + " ngày làm việc"
						: number + " ngày làm việc (" + (days() > 0 ? days() + " ngày và " : "")
								+ Durations.vietnamese(officeTime()) + " làm việc)";
			case CALENDAR_DAY:
				return number + " ngày (tính cả ngày nghỉ)";
			default:
				return number + " giờ làm việc";
		}
	}

	private static BigDecimal fraction(BigDecimal number) {
		return number.subtract(number.setScale(0, RoundingMode.DOWN));
	}

	private static boolean isWhole(BigDecimal number) {
		return number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
	}

	private static BigDecimal hours(BigDecimal value, Unit unit) {
		return unit == Unit.WORKING_DAY ? value.multiply(BigDecimal.valueOf(HOURS_PER_DAY)) : value;
	}

}
