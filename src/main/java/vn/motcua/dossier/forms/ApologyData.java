package vn.motcua.dossier.forms;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Mẫu 04, A5: "Phiếu xin lỗi và hẹn lại ngày trả kết quả" (TT 01/2018/TT-VPCP) or "Văn bản xin lỗi và đề nghị gia hạn
 * thời gian giải quyết" (TT 03/2025/TT-VPCP), signed by the head of the late agency before the appointment
 * (DOMAIN.md §4 row 9). The header names the late agency.
 *
 * @param receivedAt when the dossier was received
 * @param dueAt the appointment of the receipt (statistics keep judging against it)
 * @param reason why the result is late
 * @param newDueAt the new appointment (hẹn lại) or the extension asked for (gia hạn)
 * @param signerTitle upper case: {@code CHỦ TỊCH}, {@code TRƯỞNG PHÒNG}
 */
public record ApologyData(FormHeader header, String dossierCode, Applicant applicant, String procedureName,
		LocalDateTime receivedAt, LocalDateTime dueAt, String reason, LocalDateTime newDueAt, String signerName,
		String signerTitle, FormSet formSet) {

	public ApologyData {
		Objects.requireNonNull(header, "header");
		Objects.requireNonNull(dossierCode, "dossierCode");
		Objects.requireNonNull(applicant, "applicant");
		Objects.requireNonNull(procedureName, "procedureName");
		Objects.requireNonNull(receivedAt, "receivedAt");
		Objects.requireNonNull(dueAt, "dueAt");
		Objects.requireNonNull(newDueAt, "newDueAt");
		Objects.requireNonNull(formSet, "formSet");
	}

}
