package vn.motcua.dossier.forms;

import java.util.List;
import java.util.Objects;

/**
 * Mẫu 03 "Phiếu từ chối tiếp nhận giải quyết hồ sơ" (TT 01/2018/TT-VPCP; TT 03/2025/TT-VPCP), A5: refusal at the desk;
 * the dossier is not counted as received (DOMAIN.md §4 row 4).
 *
 * @param reasons the reasons for refusal, one numbered item each
 * @param officerName the officer refusing (người tiếp nhận hồ sơ)
 */
public record RefusalData(FormHeader header, Applicant applicant, String procedureName, List<String> reasons,
		String officerName, FormSet formSet) {

	public RefusalData {
		Objects.requireNonNull(header, "header");
		Objects.requireNonNull(applicant, "applicant");
		Objects.requireNonNull(procedureName, "procedureName");
		reasons = List.copyOf(reasons);
		Objects.requireNonNull(formSet, "formSet");
	}

}
