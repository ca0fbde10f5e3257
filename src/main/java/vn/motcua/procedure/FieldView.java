package vn.motcua.procedure;

/** A field (lĩnh vực) as pages and other modules see it. */
public record FieldView(String code, String name) {
}
