package vn.motcua.procedure;

/** A required document as pages and the reception form see it. */
public record DocumentView(Long id, int position, String name, DocumentForm form, int copies, boolean mandatory) {
}
