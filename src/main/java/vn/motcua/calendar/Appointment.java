package vn.motcua.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Ngày hẹn trả: the appointment printed on the receipt (Mẫu 01), with the reasons for that date in Vietnamese.
 *
 * @param dueAt the appointment, in Asia/Ho_Chi_Minh
 * @param countedFrom when the clock started (after a supplement: when it restarted): the reception, or the next
 * opening for an online dossier filed outside office hours
 * @param trace "why this date": one sentence per step (reception, days skipped and why, the result)
 */
public record Appointment(ZonedDateTime dueAt, ZonedDateTime countedFrom, List<String> trace) {

	public Appointment {
		Objects.requireNonNull(dueAt, "dueAt");
		Objects.requireNonNull(countedFrom, "countedFrom");
		trace = List.copyOf(trace);
	}

	/** The appointment as an instant ({@code dueAt} of the dossier). */
	public Instant instant() {
		return dueAt.toInstant();
	}

	/** The day of the appointment. */
	public LocalDate date() {
		return dueAt.toLocalDate();
	}

	/** The trace as one text, one sentence a line. */
	public String explanation() {
		return String.join("\n", trace);
	}

}
