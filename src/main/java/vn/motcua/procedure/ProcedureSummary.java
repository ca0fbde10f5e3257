package vn.motcua.procedure;

import java.math.BigDecimal;

import vn.motcua.calendar.ProcessingTime;

/** One line of the catalogue: enough for lists, search results and posters. */
public record ProcedureSummary(String code, String name, String fieldCode, String fieldName, ProcedureLevel mainLevel,
		OnlineLevel onlineLevel, BigDecimal appliedValue, BigDecimal legalValue, ProcessingTime.Unit unit,
		boolean active) {
}
