package vn.motcua.dossier.forms;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Mẫu 01 "Giấy tiếp nhận hồ sơ và hẹn trả kết quả" (TT 01/2018/TT-VPCP; TT 03/2025/TT-VPCP), A5, given to the
 * applicant when a dossier is received; the QR code (a provincial addition, DOMAIN.md §2.1) opens {@code lookupUrl}.
 *
 * @param receiptNumber the number after "Số:", suffix included: {@code 125/BPTNTKQ}; may be {@code null}
 * @param dossierCode mã hồ sơ: {@code 000.00.31.H99-260217-0001} (DOMAIN.md §7)
 * @param procedureName nội dung yêu cầu giải quyết: the procedure's name
 * @param documents (1) thành phần hồ sơ
 * @param setCount (2) số lượng hồ sơ, in sets (bộ)
 * @param processingTimeText (3) thời gian giải quyết theo quy định: {@code 05 ngày làm việc}
 * @param receivedAt (4) thời gian nhận hồ sơ
 * @param dueAt (5) thời gian trả kết quả (ngày hẹn trả)
 * @param returnPlace (6) đăng ký nhận kết quả tại
 * @param feeText phí, lệ phí as printed, or {@code null} for none (a provincial addition)
 * @param lookupUrl the citizen lookup page of this dossier, encoded in the QR code; may be {@code null}
 * @param clerkName người tiếp nhận hồ sơ
 * @param interlinked for a dossier on an interlinked route (một cửa liên thông): the receiving unit's own part and
 * the units the dossier goes through, printed under the appointment; {@code null} otherwise
 */
public record ReceiptData(FormHeader header, String dossierCode, String receiptNumber, Applicant applicant,
		String procedureName, List<SubmittedDocument> documents, int setCount, String processingTimeText,
		LocalDateTime receivedAt, LocalDateTime dueAt, String returnPlace, String feeText, String lookupUrl,
		String clerkName, FormSet formSet, Interlinked interlinked) {

	/** A dossier one unit handles. */
	public ReceiptData(FormHeader header, String dossierCode, String receiptNumber, Applicant applicant,
			String procedureName, List<SubmittedDocument> documents, int setCount, String processingTimeText,
			LocalDateTime receivedAt, LocalDateTime dueAt, String returnPlace, String feeText, String lookupUrl,
			String clerkName, FormSet formSet) {
		this(header, dossierCode, receiptNumber, applicant, procedureName, documents, setCount, processingTimeText,
				receivedAt, dueAt, returnPlace, feeText, lookupUrl, clerkName, formSet, null);
	}

	/**
	 * The receiving unit's part of an interlinked dossier: its share ("01 ngày làm việc") and own deadline, and the
	 * units in order ("Xã Bình Minh → Huyện Bình An → Xã Bình Minh"), the deciding one named.
	 */
	public record Interlinked(String receivingUnit, String share, LocalDateTime receivingUnitDueAt, String route,
			String decidingUnit) {
	}

	public ReceiptData {
		Objects.requireNonNull(header, "header");
		Objects.requireNonNull(dossierCode, "dossierCode");
		Objects.requireNonNull(applicant, "applicant");
		Objects.requireNonNull(procedureName, "procedureName");
		documents = List.copyOf(documents);
		Objects.requireNonNull(receivedAt, "receivedAt");
		Objects.requireNonNull(dueAt, "dueAt");
		Objects.requireNonNull(formSet, "formSet");
	}

	/**
	 * One row of the components table of Mẫu 01: tên giấy tờ | hình thức | số lượng.
	 *
	 * @param form hình thức as printed: {@code Bản chính}, {@code Bản sao}, {@code Bản chụp}
	 */
	public record SubmittedDocument(String name, String form, int copies) {

		public SubmittedDocument {
			Objects.requireNonNull(name, "name");
		}

	}

}
