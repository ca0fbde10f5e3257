package vn.motcua.organisation;

/** The roles of DOMAIN.md §4; a user may hold several. */
public enum Role {

	/** Quản trị hệ thống: units, users, calendar, catalogue. */
	ADMIN,
	/** Cán bộ một cửa: receives dossiers and returns results. */
	RECEPTION_CLERK,
	/** Chuyên viên xử lý. */
	SPECIALIST,
	/** Lãnh đạo phê duyệt. */
	LEADER,
	/** Theo dõi, thống kê. */
	STATISTICS,
	/**
	 * Cổng dịch vụ công: the technical account through which a public-service portal submits online dossiers for its
	 * unit and the units below it and reads their status changes back (API only, never the staff pages; issue 10).
	 */
	PORTAL;

	/** Whether this role reaches the units below the user's own (DOMAIN.md; issue 3). */
	public boolean reachesSubordinateUnits() {
		return this == ADMIN || this == LEADER || this == STATISTICS || this == PORTAL;
	}

	/** A technical account: held alone, never together with a staff role (a portal cannot also be a clerk). */
	public boolean isTechnical() {
		return this == PORTAL;
	}

}
