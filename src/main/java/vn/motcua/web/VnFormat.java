package vn.motcua.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

import org.springframework.stereotype.Component;

/**
 * Numbers, rates and dates the Vietnamese way, for every page and export: {@code 1.273}, {@code 99,97%},
 * {@code 05/01/2022}, {@code 05/01/2022 14:30} in Asia/Ho_Chi_Minh. Available in templates as {@code @fmt}.
 *
 * <p>Rates follow DOMAIN.md §6.6: computed from the integer counts with {@link BigDecimal}, two decimals,
 * {@link RoundingMode#HALF_UP}; "—" when the denominator is zero.
 */
@Component("fmt")
public class VnFormat {

	public static final String NOT_APPLICABLE = "—";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private static DecimalFormat format(String pattern) {
		DecimalFormatSymbols symbols = new DecimalFormatSymbols();
		symbols.setGroupingSeparator('.');
		symbols.setDecimalSeparator(',');
		symbols.setMinusSign('-');
		DecimalFormat format = new DecimalFormat(pattern, symbols);
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format;
	}

	/** {@code 69938} → {@code 69.938}. */
	public String number(Number value) {
		if (value == null) {
			return "";
		}
		return format("#,##0").format(value);
	}

	/** A quantity that may have decimals: {@code 0.5} → {@code 0,5}; {@code 1000} → {@code 1.000}. */
	public String decimal(BigDecimal value) {
		if (value == null) {
			return "";
		}
		return format("#,##0.##").format(value);
	}

	/** A percentage already computed: {@code 99.96} → {@code 99,96%} (always two decimals). */
	public String percent(BigDecimal value) {
		if (value == null) {
			return NOT_APPLICABLE;
		}
		return format("#,##0.00").format(value.setScale(2, RoundingMode.HALF_UP)) + "%";
	}

	/** {@code numerator / denominator} as a percentage, HALF_UP to two decimals; {@code null} if the denominator is 0. */
	public static BigDecimal rate(long numerator, long denominator) {
		if (denominator == 0) {
			return null;
		}
		return BigDecimal.valueOf(numerator)
			.multiply(BigDecimal.valueOf(100))
			.divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
	}

	/** {@code 69917, 69938} → {@code 99,97%}; {@code x, 0} → {@code —}. */
	public String percent(long numerator, long denominator) {
		return percent(rate(numerator, denominator));
	}

	public String date(LocalDate date) {
		return date == null ? "" : DATE.format(date);
	}

	/** Date and time of an instant or date-time, shown in Asia/Ho_Chi_Minh. */
	public String dateTime(TemporalAccessor value) {
		if (value == null) {
			return "";
		}
		ZonedDateTime local;
		if (value instanceof Instant instant) {
			local = instant.atZone(MotCuaTime.ZONE);
		}
		else if (value instanceof OffsetDateTime offset) {
			local = offset.atZoneSameInstant(MotCuaTime.ZONE);
		}
		else if (value instanceof ZonedDateTime zoned) {
			local = zoned.withZoneSameInstant(MotCuaTime.ZONE);
		}
		else if (value instanceof LocalDateTime dateTime) {
			local = dateTime.atZone(MotCuaTime.ZONE);
		}
		else {
			throw new IllegalArgumentException("Not a date-time: " + value);
		}
		return DATE_TIME.format(local);
	}

}
