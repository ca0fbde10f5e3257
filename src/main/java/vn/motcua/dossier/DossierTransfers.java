package vn.motcua.dossier;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

import vn.motcua.organisation.CurrentUser;
import vn.motcua.organisation.OrganisationUnits;
import vn.motcua.organisation.Role;
import vn.motcua.organisation.UserAccounts;

/**
 * Một cửa liên thông between units: the transfer to the next unit of the route (chuyển liên thông) and its
 * acknowledgement by that unit (tiếp nhận hồ sơ liên thông). Like every dossier step: who may take it is checked
 * (role, and the unit holding the dossier), it runs in one transaction with an audit record, and the rules are the
 * {@link Dossier} aggregate's.
 */
@Service
@Transactional
public class DossierTransfers {

	private final Dossiers dossiers;

	private final RoutePlanner planner;

	private final OrganisationUnits units;

	private final UserAccounts users;

	private final Clock clock;

	DossierTransfers(Dossiers dossiers, RoutePlanner planner, OrganisationUnits units, UserAccounts users,
			Clock clock) {
		this.dossiers = dossiers;
		this.planner = planner;
		this.units = units;
		this.users = users;
		this.clock = clock;
	}

	/**
	 * Chuyển liên thông: by the one-stop clerk or a leader of the unit holding the dossier, or by the specialist it is
	 * assigned to. The next segment's deadline is its share counted from now with its unit's office hours.
	 */
	public DossierView transfer(CurrentUser user, String code, long version, String note) {
		Dossier dossier = dossiers.loadAtHolder(user, code, version);
		if (!(user.has(Role.RECEPTION_CLERK) || user.has(Role.LEADER) || Dossiers.isAssignee(user, dossier))) {
			throw new DossierException("dossier.error.role");
		}
		DossierSegment next = dossier.nextSegment()
			.orElseThrow(() -> new DossierException(dossier.isInterlinked() ? "dossier.error.lastSegment"
					: "dossier.error.notInterlinked"));
		Instant now = clock.instant();
		dossier.transfer(now, Dossiers.actor(user), Dossiers.trim(note),
				planner.segmentDue(next.getUnitId(), next.share(), now, false));
		return dossiers.save(dossier, "dossier.transferred", "chuyển liên thông đến " + next.getUnitName());
	}

	/**
	 * Tiếp nhận hồ sơ liên thông: by the one-stop clerk or a leader of the unit the dossier was transferred to,
	 * optionally assigning one of its specialists at once.
	 */
	public DossierView accept(CurrentUser user, String code, long version, String specialist, String note) {
		Dossier dossier = dossiers.loadAtHolder(user, code, version);
		if (!(user.has(Role.RECEPTION_CLERK) || user.has(Role.LEADER))) {
			throw new DossierException("dossier.error.role");
		}
		String chosen = StringUtils.hasText(specialist) ? specialist.trim().toLowerCase(Locale.ROOT) : null;
		if (chosen != null && !users.isActiveMember(chosen, dossier.holderUnitId(), Role.SPECIALIST)) {
			throw new DossierException("dossier.error.notASpecialist", specialist);
		}
		dossier.acceptTransfer(clock.instant(), Dossiers.actor(user), chosen, Dossiers.trim(note));
		return dossiers.save(dossier, "dossier.transferAccepted",
				"tại " + dossiers.unitName(dossier.holderUnitId()) + (chosen == null ? "" : ", chuyển cho " + chosen));
	}

	/** The dossier's route and where the user stands on it (an empty route for a dossier one unit handles). */
	@Transactional(readOnly = true)
	public RouteView route(CurrentUser user, String code) {
		Dossier dossier = dossiers.visible(user, code);
		java.util.Set<Long> scope = units.scopeOf(user);
		return new RouteView(dossier.segmentViews(), dossier.holderUnitId(),
				dossiers.unitName(dossier.holderUnitId()), scope.contains(dossier.holderUnitId()),
				scope.contains(dossier.getReceivingUnitId()), clock.instant());
	}

}
