package vn.motcua.procedure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditLog;
import vn.motcua.calendar.ProcessingTime;
import vn.motcua.organisation.OrganisationUnits;

/**
 * The interlinked routes of the catalogue (table {@code procedure_route_step}): read by the reception (which copies the
 * route into the dossier), the catalogue pages and the admin page; replaced as a whole by a top-level administrator,
 * in one transaction with an audit record.
 */
@Service
@Transactional
public class ProcedureRoutes {

	private final Procedures procedures;

	private final OrganisationUnits units;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	ProcedureRoutes(Procedures procedures, OrganisationUnits units, JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.procedures = procedures;
		this.units = units;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** The route of a procedure; empty when one unit handles it from reception to result. */
	@Transactional(readOnly = true)
	public Optional<ProcedureRoute> route(String procedureCode) {
		List<RouteStepView> steps = jdbc.sql("""
				select s.position, s.level, s.unit_code, s.task, s.share_value, s.decides
				from procedure_route_step s join procedure p on p.id = s.procedure_id
				where p.code = ? order by s.position""")
			.param(Procedures.normaliseCode(procedureCode))
			.query((rs, n) -> new RouteStepView(rs.getInt(1), RouteLevel.valueOf(rs.getString(2)), rs.getString(3),
					rs.getString(4), rs.getBigDecimal(5).stripTrailingZeros(), rs.getBoolean(6)))
			.list();
		return steps.isEmpty() ? Optional.empty() : Optional.of(new ProcedureRoute(steps));
	}

	/**
	 * Replaces the route with the typed steps (rows without a task and a share are left out); no step at all removes
	 * the route.
	 * @throws ProcedureException for an unknown procedure, a broken route rule or an unknown unit code
	 */
	public Optional<ProcedureRoute> replace(String procedureCode, List<ProcedureRoute.Draft> drafts) {
		Procedure procedure = procedures.existing(procedureCode);
		Long id = jdbc.sql("select id from procedure where code = ?").param(procedure.getCode()).query(Long.class)
			.single();
		Optional<ProcedureRoute> before = route(procedure.getCode());
		ProcedureRoute route = null;
		if (!drafts.isEmpty()) {
			ProcessingTime total = procedures.processingTimeOn(procedure.getCode(), LocalDate.now(clock)).orElse(null);
			route = ProcedureRoute.of(drafts, total);
			for (RouteStepView step : route.steps()) {
				if (step.unitCode() != null && units.find(step.unitCode()).isEmpty()) {
					throw new ProcedureException("route", "procedure.route.error.unknownUnit", step.position(),
							step.unitCode());
				}
			}
		}
		jdbc.sql("delete from procedure_route_step where procedure_id = ?").param(id).update();
		if (route != null) {
			for (RouteStepView step : route.steps()) {
				jdbc.sql("""
						insert into procedure_route_step (procedure_id, position, level, unit_code, task, share_value,
						    decides) values (?, ?, ?, ?, ?, ?, ?)""")
					.params(id, step.position(), step.level().name(), step.unitCode(), step.task(), step.share(),
							step.decides())
					.update();
			}
		}
		Optional<ProcedureRoute> after = Optional.ofNullable(route);
		if (!before.equals(after)) {
			audit.record("procedure.routeChanged", "Procedure", procedure.getCode(),
					"trước: %s; sau: %s".formatted(describe(before), describe(after)));
		}
		return after;
	}

	private static String describe(Optional<ProcedureRoute> route) {
		return route.map(r -> r.steps()
			.stream()
			.map(s -> "%d. %s%s %s (%s)%s".formatted(s.position(), s.level(),
					s.unitCode() == null ? "" : " " + s.unitCode(), s.task(), s.share().toPlainString(),
					s.decides() ? " [quyết định]" : ""))
			.collect(Collectors.joining("; "))).orElse("không liên thông");
	}

}
