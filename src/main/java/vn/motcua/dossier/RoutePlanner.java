package vn.motcua.dossier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.motcua.calendar.CalendarDays;
import vn.motcua.calendar.Pause;
import vn.motcua.calendar.ProcessingTime;
import vn.motcua.organisation.OrganisationUnits;
import vn.motcua.organisation.UnitKind;
import vn.motcua.organisation.UnitView;
import vn.motcua.procedure.ProcedureRoute;
import vn.motcua.procedure.ProcedureRoutes;
import vn.motcua.procedure.RouteLevel;
import vn.motcua.procedure.RouteStepView;

/**
 * Một cửa liên thông at reception and on the way: copies a procedure's route into a dossier with the units resolved
 * from the receiving unit (its own district, its own province), and gives each segment its deadline from its share with
 * the calendar and the office hours of the segment's unit.
 */
@Component
class RoutePlanner {

	private final ProcedureRoutes routes;

	private final OrganisationUnits units;

	private final CalendarDays calendar;

	RoutePlanner(ProcedureRoutes routes, OrganisationUnits units, CalendarDays calendar) {
		this.routes = routes;
		this.units = units;
		this.calendar = calendar;
	}

	/**
	 * The segments of a dossier of this procedure received by {@code receiving}; empty when the procedure has no route.
	 * @param time the processing time the dossier gets (the shares are in its unit)
	 * @throws DossierException (on the procedure field) when a unit of the route cannot be found for this receiving unit
	 */
	List<Dossier.PlannedSegment> plan(String procedureCode, UnitView receiving, ProcessingTime time) {
		Optional<ProcedureRoute> route = routes.route(procedureCode);
		if (route.isEmpty()) {
			return List.of();
		}
		List<Dossier.PlannedSegment> plan = new ArrayList<>();
		for (RouteStepView step : route.get().steps()) {
			UnitView unit = resolve(step, receiving).orElseThrow(() -> DossierException.onField("procedureCode",
					"dossier.error.routeUnit", step.position(), receiving.name()));
			ProcessingTime share;
			try {
				share = new ProcessingTime(step.share(), time.unit(), null);
			}
			catch (IllegalArgumentException ex) {
				// the processing time changed unit since the route was saved (e.g. to calendar days)
				throw DossierException.onField("procedureCode", "dossier.error.routeShare", step.position());
			}
			plan.add(new Dossier.PlannedSegment(step.position(), unit.id(), unit.code(), unit.name(), step.task(),
					share, step.decides()));
		}
		return plan;
	}

	/** The unit a step names for dossiers received by {@code receiving}, if it exists and is active. */
	private Optional<UnitView> resolve(RouteStepView step, UnitView receiving) {
		Optional<UnitView> unit = switch (step.level()) {
			case RECEIVING_UNIT -> Optional.of(receiving);
			case DISTRICT -> ancestor(receiving, UnitKind.DISTRICT);
			case PROVINCE -> ancestor(receiving, UnitKind.PROVINCE);
			case UNIT -> units.find(step.unitCode());
		};
		return unit.filter(u -> step.level() == RouteLevel.RECEIVING_UNIT || u.active());
	}

	/** The nearest unit above {@code unit} of the given kind (a commune attached to the province has no district). */
	private Optional<UnitView> ancestor(UnitView unit, UnitKind kind) {
		UnitView at = unit;
		for (int depth = 0; depth < 20 && at.parentCode() != null; depth++) {
			Optional<UnitView> parent = units.find(at.parentCode());
			if (parent.isEmpty()) {
				return Optional.empty();
			}
			at = parent.get();
			if (at.kind() == kind) {
				return Optional.of(at);
			}
		}
		return Optional.empty();
	}

	/**
	 * A segment's deadline: its share counted by the calendar from the moment the dossier reaches the unit, with that
	 * unit's office hours (the reception day not counted, as for the appointment, DOMAIN.md §5.2).
	 * @param online an online dossier filed outside office hours counts from the next opening (first segment only)
	 */
	Instant segmentDue(Long unitId, ProcessingTime share, Instant startedAt, boolean online) {
		return calendar.appointment(startedAt, share, online, unitId).instant();
	}

	/**
	 * The open segment's deadline once the supplement is back (DOMAIN.md §4.1 applied to the segment: with PAUSE the
	 * time the unit had used before the request is kept and the rest counted from the resubmission; with RESTART the
	 * unit's whole share starts again).
	 */
	Instant segmentDueAfterSupplement(Dossier dossier, Instant resubmittedAt, boolean online) {
		DossierSegment segment = dossier.currentSegment().orElseThrow();
		List<Pause> pauses = dossier.pausesEndingAt(resubmittedAt, online)
			.stream()
			.filter(p -> !p.requestedAt().isBefore(segment.getStartedAt()))
			.toList();
		if (pauses.isEmpty()) {
			return segment.getDueAt();
		}
		boolean countedOnline = segment.getPosition() == 1 && dossier.getChannel() == Channel.ONLINE;
		return calendar.deadlineCalculator(segment.getUnitId())
			.afterPauses(segment.getStartedAt(), segment.share(), countedOnline, pauses, dossier.supplementPolicy())
			.instant();
	}

}
