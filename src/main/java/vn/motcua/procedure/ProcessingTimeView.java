package vn.motcua.procedure;

import java.math.BigDecimal;
import java.time.LocalDate;

import vn.motcua.calendar.ProcessingTime;

/**
 * A version of a processing time: the time in law and the time applied (possibly reduced by the province), in force
 * from {@code effectiveFrom}.
 */
public record ProcessingTimeView(LocalDate effectiveFrom, BigDecimal legalValue, BigDecimal appliedValue,
		ProcessingTime.Unit unit, String note) {

	/** Whether the applied time is shorter than the legal one. */
	public boolean reduced() {
		return legalValue != null && appliedValue.compareTo(legalValue) < 0;
	}

}
