package vn.motcua.calendar;

/**
 * What a supplement request (bổ sung, hoàn thiện hồ sơ, Mẫu 02) does to the clock, per procedure (DOMAIN.md §4.1).
 */
public enum SupplementPolicy {

	/**
	 * The clock stops at the request and resumes at the resubmission with the time that remained (default; practice of
	 * the national and provincial systems; NĐ 61/2018 art. 17, unverified: time already spent counts).
	 */
	PAUSE,

	/** The full processing time starts again at the resubmission (sector laws counting from a complete, valid dossier). */
	RESTART

}
