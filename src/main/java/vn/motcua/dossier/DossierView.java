package vn.motcua.dossier;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import vn.motcua.calendar.ProcessingTime;
import vn.motcua.calendar.SupplementPolicy;

/** A dossier as pages, forms and other modules see it. */
public record DossierView(Long id, String code, DossierStatus status, String procedureCode, String procedureName,
		String fieldCode, Long receivingUnitId, String receivingUnitCode, Long resolvingUnitId, Channel channel,
		Applicant.Kind applicantKind, String applicantName, String applicantIdNumber, String applicantTaxCode,
		String applicantPhone, String applicantEmail, String applicantAddress, String subject, String note,
		Instant receivedAt, Instant dueAt, Instant revisedDueAt, Instant resolvedAt, Instant returnedAt,
		Instant closedAt, BigDecimal processingValue, ProcessingTime.Unit processingUnit, LocalTime sameDayCutoff,
		SupplementPolicy supplementPolicy, String assignee, String formSet, long version,
		FeePayment.Status feeStatus, Long feeAmountVnd, String feeReceiptNumber, FeePayment.Method feeMethod,
		String dueExplanation,
		List<DocumentCheckView> documents, List<TransitionView> history, List<SupplementView> supplements) {
}
