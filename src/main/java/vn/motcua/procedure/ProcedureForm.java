package vn.motcua.procedure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.motcua.calendar.ProcessingTime;
import vn.motcua.calendar.SupplementPolicy;

/** The admin form of a procedure, with the processing time to apply from {@code effectiveFrom}. */
public record ProcedureForm(
		@NotBlank(message = "{procedure.code.required}") @Size(max = 40, message = "{procedure.code.size}")
		@Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "{procedure.code.pattern}") String code,
		@NotBlank(message = "{procedure.name.required}") @Size(max = 500, message = "{procedure.name.size}") String name,
		@NotBlank(message = "{procedure.field.required}") String fieldCode,
		@NotNull(message = "{procedure.mainLevel.required}") ProcedureLevel mainLevel,
		Set<ProcedureLevel> levels,
		@NotNull(message = "{procedure.onlineLevel.required}") OnlineLevel onlineLevel,
		@DateTimeFormat(pattern = "HH:mm") LocalTime sameDayCutoff,
		@NotNull(message = "{procedure.supplementPolicy.required}") SupplementPolicy supplementPolicy,
		@NotNull(message = "{procedure.appliedValue.required}")
		@DecimalMin(value = "0", message = "{procedure.value.range}")
		@DecimalMax(value = "9999", message = "{procedure.value.range}")
		@Digits(integer = 4, fraction = 2, message = "{procedure.value.range}") BigDecimal appliedValue,
		@DecimalMin(value = "0", message = "{procedure.value.range}")
		@DecimalMax(value = "9999", message = "{procedure.value.range}")
		@Digits(integer = 4, fraction = 2, message = "{procedure.value.range}") BigDecimal legalValue,
		@NotNull(message = "{procedure.unit.required}") ProcessingTime.Unit unit,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
		@Size(max = 4000, message = "{procedure.text.size}") String resultDocuments,
		@Size(max = 4000, message = "{procedure.text.size}") String legalBasis,
		@Size(max = 4000, message = "{procedure.text.size}") String whereToSubmit,
		@Size(max = 4000, message = "{procedure.text.size}") String applicants,
		@Size(max = 4000, message = "{procedure.text.size}") String source,
		@Size(max = 4000, message = "{procedure.text.size}") String unverified) {

	ProcedureDetails details() {
		return new ProcedureDetails(name.trim(), fieldCode, mainLevel, levels == null ? Set.of() : Set.copyOf(levels),
				onlineLevel, sameDayCutoff, supplementPolicy, trim(resultDocuments), trim(legalBasis),
				trim(whereToSubmit), trim(applicants), trim(source), trim(unverified));
	}

	private static String trim(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	static ProcedureForm empty() {
		return new ProcedureForm("", "", "", ProcedureLevel.COMMUNE, Set.of(ProcedureLevel.COMMUNE), OnlineLevel.NONE,
				null, SupplementPolicy.PAUSE, null, null, ProcessingTime.Unit.WORKING_DAY, null, "", "", "", "", "", "");
	}

	static ProcedureForm of(ProcedureView p) {
		ProcessingTimeView time = p.current();
		return new ProcedureForm(p.code(), p.name(), p.field().code(), p.mainLevel(), p.levels(), p.onlineLevel(),
				p.sameDayCutoff(), p.supplementPolicy(), time == null ? null : time.appliedValue(),
				time == null ? null : time.legalValue(), time == null ? ProcessingTime.Unit.WORKING_DAY : time.unit(),
				null, p.resultDocuments(), p.legalBasis(), p.whereToSubmit(), p.applicants(), p.source(),
				p.unverified());
	}

}
