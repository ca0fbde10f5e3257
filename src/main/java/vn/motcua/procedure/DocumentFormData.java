package vn.motcua.procedure;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A document to add to a procedure's list. */
public record DocumentFormData(
		@NotBlank(message = "{document.name.required}") @Size(max = 1000, message = "{document.name.size}") String name,
		@NotNull(message = "{document.form.required}") DocumentForm form,
		@Min(value = 1, message = "{document.copies.range}") @Max(value = 99, message = "{document.copies.range}") int copies,
		boolean mandatory) {
}
