package vn.motcua.calendar;

import java.time.LocalTime;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/** A unit's office hours (giờ làm việc): morning and afternoon, each from–to, as HH:mm. */
public record OfficeHoursForm(
		@NotNull(message = "{officeHours.time.required}") @DateTimeFormat(pattern = "HH:mm") LocalTime morningStart,
		@NotNull(message = "{officeHours.time.required}") @DateTimeFormat(pattern = "HH:mm") LocalTime morningEnd,
		@NotNull(message = "{officeHours.time.required}") @DateTimeFormat(pattern = "HH:mm") LocalTime afternoonStart,
		@NotNull(message = "{officeHours.time.required}") @DateTimeFormat(pattern = "HH:mm") LocalTime afternoonEnd) {

	static OfficeHoursForm of(OfficeHours hours) {
		return new OfficeHoursForm(hours.morningStart(), hours.morningEnd(), hours.afternoonStart(),
				hours.afternoonEnd());
	}

}
