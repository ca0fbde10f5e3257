package vn.motcua.procedure;

import java.math.BigDecimal;

/**
 * One step of a procedure's interlinked route.
 *
 * @param position 1, 2, … in the order the dossier travels
 * @param level where the step is handled, relative to the receiving unit
 * @param unitCode the unit of a {@link RouteLevel#UNIT} step; {@code null} otherwise
 * @param task what the unit does (tiếp nhận, thẩm định, quyết định, trả kết quả…), as shown to staff and citizens
 * @param share the step's share of the processing time, in the unit of the procedure's processing time
 * @param decides whether this unit decides (cơ quan chủ trì giải quyết): exactly one step of a route does
 */
public record RouteStepView(int position, RouteLevel level, String unitCode, String task, BigDecimal share,
		boolean decides) {
}
