package vn.motcua.procedure;

import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import vn.motcua.calendar.ProcessingTime;
import vn.motcua.calendar.SupplementPolicy;

/**
 * A procedure as pages and other modules see it, with the processing time in force today ({@code current}) and its
 * history.
 */
public record ProcedureView(String code, String name, FieldView field, ProcedureLevel mainLevel,
		Set<ProcedureLevel> levels, OnlineLevel onlineLevel, LocalTime sameDayCutoff, SupplementPolicy supplementPolicy,
		String resultDocuments, String legalBasis, String whereToSubmit, String applicants, String source,
		String unverified, boolean active, ProcessingTimeView current, List<ProcessingTimeView> processingTimes,
		List<DocumentView> documents, List<FeeView> fees) {

	/** The processing time in force today, for the deadline rules; {@code null} if none is set yet. */
	public ProcessingTime currentProcessingTime() {
		return current == null ? null
				: new ProcessingTime(current.appliedValue(), current.unit(),
						current.appliedValue().signum() == 0 ? sameDayCutoff : null);
	}

}
