package vn.motcua.dossier.forms;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Mẫu 05 "Thông báo dừng giải quyết hồ sơ" of TT 03/2025/TT-VPCP (NĐ 118/2025/NĐ-CP; form list and wording unverified,
 * DOMAIN.md §1.1, §2.2), A5. TT 01/2018/TT-VPCP has no such form.
 *
 * @param receivedAt when the dossier was received
 * @param reason why processing stops (the applicant withdrew, a legal ground …)
 * @param signerTitle upper case: {@code GIÁM ĐỐC}, {@code CHỦ TỊCH}
 */
public record StopNoticeData(FormHeader header, String dossierCode, Applicant applicant, String procedureName,
		LocalDateTime receivedAt, String reason, String signerName, String signerTitle, FormSet formSet) {

	public StopNoticeData {
		Objects.requireNonNull(header, "header");
		Objects.requireNonNull(dossierCode, "dossierCode");
		Objects.requireNonNull(applicant, "applicant");
		Objects.requireNonNull(procedureName, "procedureName");
		Objects.requireNonNull(receivedAt, "receivedAt");
		Objects.requireNonNull(formSet, "formSet");
	}

}
