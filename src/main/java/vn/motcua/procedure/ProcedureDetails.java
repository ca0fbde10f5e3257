package vn.motcua.procedure;

import java.time.LocalTime;
import java.util.Set;

import vn.motcua.calendar.SupplementPolicy;

/** The descriptive data of a procedure, as a form edits it and the import reads it. */
record ProcedureDetails(String name, String fieldCode, ProcedureLevel mainLevel, Set<ProcedureLevel> levels,
		OnlineLevel onlineLevel, LocalTime sameDayCutoff, SupplementPolicy supplementPolicy, String resultDocuments,
		String legalBasis, String whereToSubmit, String applicants, String source, String unverified) {
}
