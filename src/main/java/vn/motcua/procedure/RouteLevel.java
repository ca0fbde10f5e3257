package vn.motcua.procedure;

/**
 * Where a step of an interlinked route (một cửa liên thông) is handled, relative to the unit that received the dossier:
 * a route is defined once for the whole catalogue, and each commune's dossiers go to that commune's own district.
 */
public enum RouteLevel {

	/** The unit that received the dossier (the commune's one-stop desk and its staff). */
	RECEIVING_UNIT,
	/** The district (cấp huyện) the receiving unit belongs to: its nearest ancestor of kind DISTRICT. */
	DISTRICT,
	/** The province the receiving unit belongs to: its nearest ancestor of kind PROVINCE. */
	PROVINCE,
	/** One named unit, e.g. a provincial department (Sở), whatever unit received the dossier. */
	UNIT

}
