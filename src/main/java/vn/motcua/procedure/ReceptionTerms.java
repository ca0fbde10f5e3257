package vn.motcua.procedure;

import java.util.Optional;

import vn.motcua.calendar.ProcessingTime;
import vn.motcua.calendar.SupplementPolicy;

/**
 * What a reception needs of a procedure, read in one go: the procedure, the processing time in force on the reception
 * day (empty when none is) and its supplement policy.
 */
public record ReceptionTerms(ProcedureView procedure, Optional<ProcessingTime> processingTime,
		SupplementPolicy supplementPolicy) {
}
