package vn.motcua.dossier;

import java.util.EnumSet;
import java.util.Set;

/**
 * The states of a dossier (DOMAIN.md §4) and, in one place, which state may follow which: adding a state (the
 * interlinked transfers of a later issue) is a change to this table only.
 */
public enum DossierStatus {

	/** Tiếp nhận: received with a receipt; the clock runs. */
	RECEIVED,
	/** Đang xử lý: handed over to a specialist of the resolving unit. */
	IN_PROCESSING,
	/** Chờ bổ sung: supplement requested (Mẫu 02); the clock is paused. */
	AWAITING_SUPPLEMENT,
	/** Chờ phê duyệt: submitted to the leader. */
	PENDING_APPROVAL,
	/** Đã phê duyệt: the leader signed; the result is on its way to the desk. */
	APPROVED,
	/** Có kết quả: the result is at the desk ({@code resolvedAt}). */
	RESULT_READY,
	/** Không đủ điều kiện giải quyết: returned with reasons after review; counts as resolved. */
	REJECTED_AFTER_REVIEW,
	/** Đã trả kết quả. */
	RETURNED,
	/** Từ chối tiếp nhận (Mẫu 03): never received, never counted. */
	REFUSED_AT_DESK,
	/** Công dân rút hồ sơ. */
	WITHDRAWN,
	/** Dừng giải quyết (NĐ 118/2025 regime). */
	SUSPENDED,
	/**
	 * Nộp trực tuyến – chờ kiểm tra: submitted on a public-service portal, waiting for the clerk's reception check; no
	 * code, no clock, not counted (DOMAIN.md §4 row 1).
	 */
	SUBMITTED_ONLINE,
	/**
	 * Đã hướng dẫn bổ sung, hoàn thiện (Mẫu 02) before reception: never received, no clock, not counted (DOMAIN.md §4
	 * row 3); the applicant submits the completed dossier anew.
	 */
	GUIDED,
	/**
	 * Đã chuyển liên thông: handed over to the next unit of an interlinked route, waiting for it to acknowledge the
	 * receipt. Still open; the next unit's clock already runs.
	 */
	TRANSFERRED;

	private static final Set<DossierStatus> OPEN = EnumSet.of(RECEIVED, IN_PROCESSING, AWAITING_SUPPLEMENT,
			PENDING_APPROVAL, APPROVED, TRANSFERRED);

	/** Whether the dossier is still being resolved (the statistics' "đang giải quyết"). */
	public boolean isOpen() {
		return OPEN.contains(this);
	}

	/** Whether a dossier in this state was received (it has a code and an appointment and counts in the reports). */
	public boolean wasReceived() {
		return this != REFUSED_AT_DESK && this != SUBMITTED_ONLINE && this != GUIDED;
	}

	/** The transition table. */
	public boolean canMoveTo(DossierStatus next) {
		return switch (this) {
			case RECEIVED -> next == IN_PROCESSING || next == WITHDRAWN || next == SUSPENDED
					|| next == TRANSFERRED;
			case IN_PROCESSING -> next == IN_PROCESSING // reassignment
					|| next == AWAITING_SUPPLEMENT || next == PENDING_APPROVAL || next == REJECTED_AFTER_REVIEW
					|| next == WITHDRAWN || next == SUSPENDED || next == TRANSFERRED;
			case AWAITING_SUPPLEMENT -> next == IN_PROCESSING || next == WITHDRAWN || next == SUSPENDED;
			case PENDING_APPROVAL -> next == APPROVED || next == IN_PROCESSING || next == REJECTED_AFTER_REVIEW
					|| next == WITHDRAWN || next == SUSPENDED;
			case APPROVED -> next == RESULT_READY || next == TRANSFERRED;
			// accepted by the next unit: waiting for its specialist, with one, or (already decided) approved
			case TRANSFERRED -> next == RECEIVED || next == IN_PROCESSING || next == APPROVED || next == WITHDRAWN
					|| next == SUSPENDED;
			case RESULT_READY, REJECTED_AFTER_REVIEW -> next == RETURNED;
			case SUBMITTED_ONLINE -> next == RECEIVED || next == GUIDED || next == REFUSED_AT_DESK;
			case RETURNED, REFUSED_AT_DESK, WITHDRAWN, SUSPENDED, GUIDED -> false;
		};
	}

}
