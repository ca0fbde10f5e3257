package vn.motcua.dossier;

import java.util.EnumSet;
import java.util.Set;

import vn.motcua.organisation.CurrentUser;
import vn.motcua.organisation.Role;

/** Which actions the dossier page offers to this user now: the transition table and the roles, nothing else. */
public final class DossierActions {

	public enum Action {
		ASSIGN, REASSIGN, REQUEST_SUPPLEMENT, SUPPLEMENT_RECEIVED, SUBMIT, APPROVE, SEND_BACK, REJECT, RESULT_READY,
		RETURN, APOLOGISE, WITHDRAW, SUSPEND,
		/** Chuyển liên thông to the next unit of the route. */
		TRANSFER,
		/** Tiếp nhận hồ sơ liên thông at the unit it was transferred to. */
		ACCEPT_TRANSFER
	}

	/**
	 * Where the user stands towards the dossier: whether their units reach the unit holding it (processing steps) and
	 * the receiving unit's desk (supplement back, return, withdrawal); for an interlinked dossier whether a next unit
	 * follows and whether the current unit is the one that decides.
	 */
	record Reach(boolean atHolder, boolean atDesk, boolean interlinked, boolean hasNext, boolean currentDecides) {

		/** A dossier one unit handles, seen by a user of that unit. */
		static final Reach SINGLE_UNIT = new Reach(true, true, false, false, false);

	}

	private DossierActions() {
	}

	static Set<Action> allowed(CurrentUser user, DossierView dossier) {
		return allowed(user, dossier, Reach.SINGLE_UNIT);
	}

	static Set<Action> allowed(CurrentUser user, DossierView dossier, Reach reach) {
		Set<Action> actions = EnumSet.noneOf(Action.class);
		DossierStatus status = dossier.status();
		boolean clerk = user.has(Role.RECEPTION_CLERK);
		boolean leader = user.has(Role.LEADER) && reach.atHolder();
		boolean assignee = user.has(Role.SPECIALIST) && user.username().equals(dossier.assignee());
		boolean holderClerk = clerk && reach.atHolder();
		boolean deskClerk = clerk && (reach.atDesk() || reach.atHolder());
		if (status == DossierStatus.RECEIVED && (holderClerk || leader)) {
			actions.add(Action.ASSIGN);
		}
		if (status == DossierStatus.IN_PROCESSING && leader) {
			actions.add(Action.REASSIGN);
		}
		if (status == DossierStatus.IN_PROCESSING && (assignee || leader)) {
			actions.add(Action.REQUEST_SUPPLEMENT);
		}
		if (status == DossierStatus.AWAITING_SUPPLEMENT && deskClerk) {
			actions.add(Action.SUPPLEMENT_RECEIVED);
		}
		if (status == DossierStatus.IN_PROCESSING && assignee) {
			actions.add(Action.SUBMIT);
		}
		if (status == DossierStatus.PENDING_APPROVAL && leader) {
			actions.addAll(EnumSet.of(Action.APPROVE, Action.SEND_BACK, Action.REJECT));
		}
		if (status == DossierStatus.APPROVED && (holderClerk || assignee) && !reach.hasNext()) {
			actions.add(Action.RESULT_READY);
		}
		if ((status == DossierStatus.RESULT_READY || status == DossierStatus.REJECTED_AFTER_REVIEW) && deskClerk) {
			actions.add(Action.RETURN);
		}
		if (status.isOpen() && leader) {
			actions.add(Action.APOLOGISE);
		}
		if (status.canMoveTo(DossierStatus.WITHDRAWN) && deskClerk) {
			actions.add(Action.WITHDRAW);
		}
		if (status.canMoveTo(DossierStatus.SUSPENDED) && leader && "TT03_2025".equals(dossier.formSet())) {
			actions.add(Action.SUSPEND);
		}
		if (reach.interlinked() && reach.hasNext() && status.canMoveTo(DossierStatus.TRANSFERRED)
				&& (holderClerk || leader || assignee)
				&& (!reach.currentDecides() || status == DossierStatus.APPROVED)) {
			actions.add(Action.TRANSFER);
		}
		if (status == DossierStatus.TRANSFERRED && (holderClerk || leader)) {
			actions.add(Action.ACCEPT_TRANSFER);
		}
		return actions;
	}

}
