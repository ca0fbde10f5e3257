package vn.motcua.dossier.forms;

/**
 * The kinds of one-stop forms, independent of their number in a given circular ({@link FormSet#template}).
 * Mẫu numbers: TT 01/2018/TT-VPCP Phụ lục, TT 03/2025/TT-VPCP Phụ lục (DOMAIN.md §2).
 */
public enum FormKind {

	/** Giấy tiếp nhận hồ sơ và hẹn trả kết quả. */
	RECEIPT,

	/** Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ. */
	SUPPLEMENT_REQUEST,

	/** Phiếu từ chối tiếp nhận giải quyết hồ sơ. */
	REFUSAL,

	/**
	 * Phiếu xin lỗi và hẹn lại ngày trả kết quả (TT 01/2018); Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết
	 * (TT 03/2025).
	 */
	APOLOGY,

	/** Thông báo dừng giải quyết hồ sơ (TT 03/2025 only). */
	STOP_NOTICE,

	/** Phiếu kiểm soát quá trình giải quyết hồ sơ (A4, travels with the paper dossier). */
	CONTROL_SHEET,

	/** Sổ theo dõi hồ sơ (A4; no template yet). */
	TRACKING_BOOK

}
