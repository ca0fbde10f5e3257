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
	STATISTICS;

	/** Whether this role reaches the units below the user's own (DOMAIN.md; issue 3). */
	public boolean reachesSubordinateUnits() {
		return this == ADMIN || this == LEADER || this == STATISTICS;
	}

}
