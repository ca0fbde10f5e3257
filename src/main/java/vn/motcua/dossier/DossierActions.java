package vn.motcua.dossier;

import java.util.EnumSet;
import java.util.Set;

import vn.motcua.organisation.CurrentUser;
import vn.motcua.organisation.Role;

/** Which actions the dossier page offers to this user now: the transition table and the roles, nothing else. */
public final class DossierActions {

	public enum Action {
		ASSIGN, REASSIGN, REQUEST_SUPPLEMENT, SUPPLEMENT_RECEIVED, SUBMIT, APPROVE, SEND_BACK, REJECT, RESULT_READY,
		RETURN, APOLOGISE, WITHDRAW, SUSPEND
	}

	private DossierActions() {
	}

	static Set<Action> allowed(CurrentUser user, DossierView dossier) {
		Set<Action> actions = EnumSet.noneOf(Action.class);
		DossierStatus status = dossier.status();
		boolean clerk = user.has(Role.RECEPTION_CLERK);
		boolean leader = user.has(Role.LEADER);
		boolean assignee = user.has(Role.SPECIALIST) && user.username().equals(dossier.assignee());
		if (status == DossierStatus.RECEIVED && (clerk || leader)) {
			actions.add(Action.ASSIGN);
		}
		if (status == DossierStatus.IN_PROCESSING && leader) {
			actions.add(Action.REASSIGN);
		}
		if (status == DossierStatus.IN_PROCESSING && (assignee || leader)) {
			actions.add(Action.REQUEST_SUPPLEMENT);
		}
		if (status == DossierStatus.AWAITING_SUPPLEMENT && clerk) {
			actions.add(Action.SUPPLEMENT_RECEIVED);
		}
		if (status == DossierStatus.IN_PROCESSING && assignee) {
			actions.add(Action.SUBMIT);
		}
		if (status == DossierStatus.PENDING_APPROVAL && leader) {
			actions.addAll(EnumSet.of(Action.APPROVE, Action.SEND_BACK, Action.REJECT));
		}
		if (status == DossierStatus.APPROVED && (clerk || assignee)) {
			actions.add(Action.RESULT_READY);
		}
		if ((status == DossierStatus.RESULT_READY || status == DossierStatus.REJECTED_AFTER_REVIEW) && clerk) {
			actions.add(Action.RETURN);
		}
		if (status.isOpen() && leader) {
			actions.add(Action.APOLOGISE);
		}
		if (status.canMoveTo(DossierStatus.WITHDRAWN) && clerk) {
			actions.add(Action.WITHDRAW);
		}
		if (status.canMoveTo(DossierStatus.SUSPENDED) && leader && "TT03_2025".equals(dossier.formSet())) {
			actions.add(Action.SUSPEND);
		}
		return actions;
	}

}
