package vn.motcua.procedure;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A fee to add to a procedure. */
public record FeeFormData(@NotNull(message = "{fee.kind.required}") FeeKind kind,
		@NotBlank(message = "{fee.description.required}") @Size(max = 1000, message = "{fee.description.size}") String description,
		@Min(value = 0, message = "{fee.amount.range}") @Max(value = 1_000_000_000L, message = "{fee.amount.range}") Long amountVnd) {
}
