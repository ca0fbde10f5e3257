package vn.motcua.citizen;

/** Levels of satisfaction used by provincial systems under QĐ 766/QĐ-TTg (DOMAIN.md §7; levels unverified as law). */
public enum RatingLevel {
	/** Rất hài lòng. */
	VERY_SATISFIED,
	/** Hài lòng. */
	SATISFIED,
	/** Không hài lòng. */
	DISSATISFIED
}
