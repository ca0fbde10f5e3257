package vn.motcua.organisation;

import java.time.LocalDate;

/** A unit as other modules and pages see it. */
public record UnitView(Long id, String code, String name, UnitKind kind, Long parentId, String parentCode,
		String adminCode, String agencyId, boolean active, LocalDate validFrom, LocalDate validTo,
		String successorCode) {
}
