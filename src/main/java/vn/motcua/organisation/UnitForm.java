package vn.motcua.organisation;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** Create or edit a unit. The code is fixed once created: it is printed in dossier codes and used by imports. */
public record UnitForm(
		@NotBlank(message = "{unit.code.required}") @Size(max = 40, message = "{unit.code.size}")
		@Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "{unit.code.pattern}") String code,
		@NotBlank(message = "{unit.name.required}") @Size(max = 255, message = "{unit.name.size}") String name,
		@NotNull(message = "{unit.kind.required}") UnitKind kind,
		String parentCode,
		@Size(max = 20, message = "{unit.adminCode.size}")
		@Pattern(regexp = "\\d{0,20}", message = "{unit.adminCode.pattern}") String adminCode,
		@Size(max = 40, message = "{unit.agencyId.size}")
		@Pattern(regexp = "|[A-Za-z0-9]{1,5}(\\.[A-Za-z0-9]{1,5}){1,5}", message = "{unit.agencyId.pattern}") String agencyId,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom) {

	static UnitForm empty(String parentCode) {
		return new UnitForm("", "", null, parentCode, "", "", null);
	}

	static UnitForm of(UnitView unit) {
		return new UnitForm(unit.code(), unit.name(), unit.kind(), unit.parentCode(), unit.adminCode(),
				unit.agencyId(), unit.validFrom());
	}

}
