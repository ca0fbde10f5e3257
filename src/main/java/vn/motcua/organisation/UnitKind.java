package vn.motcua.organisation;

/**
 * Kind of unit. The tree is not tied to a number of levels: before 1 July 2025 province → district → commune,
 * after it mostly province → commune, and departments hang wherever they belong.
 */
public enum UnitKind {

	/** Tỉnh, thành phố trực thuộc trung ương. */
	PROVINCE,
	/** Huyện, quận, thị xã, thành phố thuộc tỉnh (historic after 01/07/2025). */
	DISTRICT,
	/** Xã, phường, thị trấn, đặc khu. */
	COMMUNE,
	/** Sở, ban, ngành, phòng chuyên môn. */
	DEPARTMENT

}
