package vn.motcua.procedure;

/** A fee as pages see it. */
public record FeeView(Long id, FeeKind kind, String description, Long amountVnd) {
}
