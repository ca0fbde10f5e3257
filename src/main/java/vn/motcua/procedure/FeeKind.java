package vn.motcua.procedure;

/** Phí (a charge for a service) or lệ phí (a state levy), Luật Phí và lệ phí 2015. */
public enum FeeKind {
	/** Phí. */
	FEE,
	/** Lệ phí. */
	CHARGE
}
