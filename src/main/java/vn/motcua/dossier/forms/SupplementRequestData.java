package vn.motcua.dossier.forms;

import java.util.List;
import java.util.Objects;

/**
 * Mẫu 02 "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ" (TT 01/2018/TT-VPCP; TT 03/2025/TT-VPCP), A5: the guidance given
 * once, complete and in writing (NĐ 61/2018/NĐ-CP; DOMAIN.md §4 rows 3 and 7).
 *
 * @param dossierCode the dossier's code when it was received (a supplement during processing), or {@code null} for
 * guidance at the desk, where no dossier was received
 * @param items "Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau", one numbered item each
 * @param reason lý do
 * @param contact who to ask while completing the dossier, as printed: {@code Bộ phận Một cửa, số điện thoại …}
 * @param officerName người hướng dẫn
 */
public record SupplementRequestData(FormHeader header, String dossierCode, Applicant applicant, String procedureName,
		List<String> items, String reason, String contact, String officerName, FormSet formSet) {

	public SupplementRequestData {
		Objects.requireNonNull(header, "header");
		Objects.requireNonNull(applicant, "applicant");
		Objects.requireNonNull(procedureName, "procedureName");
		items = List.copyOf(items);
		Objects.requireNonNull(formSet, "formSet");
	}

}
