package vn.motcua.procedure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import vn.motcua.calendar.ProcessingTime;

/**
 * Quy trình liên thông of a procedure: its steps in order, and the rules a route must keep (plain Java, unit-tested
 * without Spring).
 *
 * <p>What the law fixes and what it leaves open (DOMAIN.md; NĐ 61/2018/NĐ-CP and NĐ 118/2025/NĐ-CP set up the
 * one-stop and interlinked mechanism, TT 01/2018/TT-VPCP Mẫu 05 gives every hand-over its own verdict "against its
 * allotted time"): the shares of the processing time per unit are published in each procedure's record (e.g. 1.010803:
 * xã 03 + Phòng 05 + Sở 10 = 18 ngày làm việc), not by a general rule. So they are data, entered per procedure, and
 * checked only for what must hold whatever the sector law: at least two steps, the receiving unit first, exactly one
 * deciding unit, shares that are valid processing times in the procedure's unit and add up to its total time.
 *
 * @param steps in order, positions 1…n
 */
public record ProcedureRoute(List<RouteStepView> steps) {

	/** Most steps a route may have (the form shows this many rows). */
	public static final int MAX_STEPS = 6;

	public ProcedureRoute {
		steps = List.copyOf(steps);
	}

	/** The step whose unit decides (cơ quan chủ trì giải quyết). */
	public RouteStepView decidingStep() {
		return steps.stream().filter(RouteStepView::decides).findFirst().orElseThrow();
	}

	/** The sum of the shares. */
	public BigDecimal totalShare() {
		return steps.stream().map(RouteStepView::share).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** Whether the shares still add up to {@code total} (a later processing-time version may have changed it). */
	public boolean addsUpTo(BigDecimal total) {
		return total != null && totalShare().compareTo(total) == 0;
	}

	/** A step as typed in the admin form, before it is checked. */
	public record Draft(RouteLevel level, String unitCode, String task, BigDecimal share, boolean decides) {
	}

	/**
	 * The route made of the typed steps (blank rows already left out), or a rule break naming the first problem.
	 * @param total the procedure's processing time in force, which the shares must add up to
	 * @throws ProcedureException with a message key of {@code procedure.route.*}
	 */
	static ProcedureRoute of(List<Draft> drafts, ProcessingTime total) {
		if (total == null) {
			throw new ProcedureException("route", "procedure.route.error.noTime");
		}
		if (drafts.size() < 2) {
			throw new ProcedureException("route", "procedure.route.error.tooFew");
		}
		if (drafts.size() > MAX_STEPS) {
			throw new ProcedureException("route", "procedure.route.error.tooMany", MAX_STEPS);
		}
		if (drafts.get(0).level() != RouteLevel.RECEIVING_UNIT) {
			throw new ProcedureException("route", "procedure.route.error.firstReceives");
		}
		if (drafts.stream().filter(Draft::decides).count() != 1) {
			throw new ProcedureException("route", "procedure.route.error.oneDecides");
		}
		List<RouteStepView> steps = new ArrayList<>();
		for (int i = 0; i < drafts.size(); i++) {
			Draft draft = drafts.get(i);
			int position = i + 1;
			if (draft.level() == null) {
				throw new ProcedureException("route", "procedure.route.error.level", position);
			}
			String unit = draft.unitCode() == null || draft.unitCode().isBlank() ? null
					: draft.unitCode().trim().toUpperCase(java.util.Locale.ROOT);
			if ((draft.level() == RouteLevel.UNIT) != (unit != null)) {
				throw new ProcedureException("route", "procedure.route.error.unitCode", position);
			}
			String task = draft.task() == null ? "" : draft.task().trim();
			if (task.isEmpty() || task.length() > 500) {
				throw new ProcedureException("route", "procedure.route.error.task", position);
			}
			if (draft.share() == null || !validShare(draft.share(), total.unit())) {
				throw new ProcedureException("route", "procedure.route.error.share", position);
			}
			steps.add(new RouteStepView(position, draft.level(), unit, task, draft.share().stripTrailingZeros(),
					draft.decides()));
		}
		ProcedureRoute route = new ProcedureRoute(steps);
		if (!route.addsUpTo(total.value())) {
			throw new ProcedureException("route", "procedure.route.error.sum",
					route.totalShare().stripTrailingZeros().toPlainString().replace('.', ','),
					total.value().toPlainString().replace('.', ','));
		}
		return route;
	}

	/**
	 * A share must itself be a processing time (≥ 0, whole calendar days, whole minutes, more than 0 hours) with at
	 * most two decimals, as the catalogue stores times.
	 */
	private static boolean validShare(BigDecimal share, ProcessingTime.Unit unit) {
		if (share.signum() < 0 || share.compareTo(BigDecimal.valueOf(9999)) > 0
				|| share.stripTrailingZeros().scale() > 2) {
			return false;
		}
		try {
			Objects.requireNonNull(new ProcessingTime(share, unit, null));
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
