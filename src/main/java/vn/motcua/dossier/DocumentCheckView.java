package vn.motcua.dossier;

/** A checklist line as pages and forms see it; {@code form} is the procedure's document form (e.g. ORIGINAL). */
public record DocumentCheckView(int position, String name, String form, int copies, boolean mandatory,
		boolean received) {
}
