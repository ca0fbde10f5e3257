package vn.motcua.procedure;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Deadline reduction for one level and field (or a level's total when {@code fieldName} is null): legal vs applied
 * days summed over the procedures in force today. Rate = (legal − applied) / legal, HALF_UP to two decimals
 * (DOMAIN.md §6.6); seed 002's "101 → 67 days" is 34/101 = 33,66%.
 */
public record ReductionRow(ProcedureLevel level, String fieldCode, String fieldName, long procedures, long reduced,
		BigDecimal legalDays, BigDecimal appliedDays) {

	public BigDecimal savedDays() {
		return legalDays.subtract(appliedDays);
	}

	/** The reduction in percent, or {@code null} when no legal time is known. */
	public BigDecimal rate() {
		if (legalDays.signum() == 0) {
			return null;
		}
		return savedDays().multiply(BigDecimal.valueOf(100)).divide(legalDays, 2, RoundingMode.HALF_UP);
	}

}
