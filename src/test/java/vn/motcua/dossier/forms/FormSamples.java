package vn.motcua.dossier.forms;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One dossier seen through every form. The dossier code encodes the reception date 17/02/2026 (DOMAIN.md §7), which
 * happens to be Mùng 1 Tết; the forms do not care, and the appointment (5 working days after Tết, 27/02/2026) is what
 * a correct calendar gives.
 */
final class FormSamples {

	static final String CODE = "000.00.31.H99-260217-0001";

	static final String NAME = "Nguyễn Thị Hương";

	static final String LOOKUP_URL = "https://motcua.binhan.gov.vn/tra-cuu?ma=000.00.31.H99-260217-0001&k=7QF4";

	static final LocalDateTime RECEIVED = LocalDateTime.of(2026, 2, 17, 8, 15);

	static final LocalDateTime DUE = LocalDateTime.of(2026, 2, 27, 17, 0);

	static final LocalDateTime NEW_DUE = LocalDateTime.of(2026, 3, 6, 16, 30);

	private FormSamples() {
	}

	static FormHeader header(FormSet set) {
		return (set == FormSet.TT01_2018)
				? new FormHeader("UBND HUYỆN BÌNH AN", "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ", "Bình An",
						LocalDate.of(2026, 2, 17))
				: new FormHeader("UBND XÃ BÌNH AN", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", "Bình An",
						LocalDate.of(2026, 2, 17));
	}

	static Applicant applicant() {
		return new Applicant(NAME, "079188012345", "Số 12, đường Lê Lợi, thôn Đông Hưng, xã Bình An", "0912 345 678",
				"huong.nt@example.vn");
	}

	static ReceiptData receipt(FormSet set) {
		return new ReceiptData(header(set), CODE, (set == FormSet.TT01_2018) ? "125/BPTNTKQ" : "125/TTPVHCC", applicant(), "Đăng ký khai sinh",
				List.of(new ReceiptData.SubmittedDocument("Tờ khai đăng ký khai sinh", "Bản chính", 1),
						new ReceiptData.SubmittedDocument("Giấy chứng sinh", "Bản chính", 1),
						new ReceiptData.SubmittedDocument("Giấy chứng nhận kết hôn của cha, mẹ", "Bản sao", 1)),
				1, "05 ngày làm việc", RECEIVED, DUE, "Bộ phận Một cửa UBND xã Bình An", "8.000 đồng",
				LOOKUP_URL, "Trần Văn Bình", set);
	}

	static SupplementRequestData supplement(FormSet set) {
		return new SupplementRequestData(header(set), CODE, applicant(), "Đăng ký khai sinh",
				List.of("Bản sao Giấy chứng nhận kết hôn của cha, mẹ có chứng thực",
						"Văn bản ủy quyền của người đi đăng ký (nếu người nộp không phải cha, mẹ)"),
				"Hồ sơ thiếu giấy tờ chứng minh quan hệ cha, mẹ, con", "Bộ phận Một cửa, số điện thoại 0236 3821 456",
				"Trần Văn Bình", set);
	}

	static RefusalData refusal(FormSet set) {
		return new RefusalData(header(set), applicant(), "Cấp giấy phép xây dựng nhà ở riêng lẻ",
				List.of("Thủ tục không thuộc thẩm quyền giải quyết của Ủy ban nhân dân cấp xã",
						"Đề nghị Ông/Bà nộp hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh"),
				"Trần Văn Bình", set);
	}

	static ApologyData apology(FormSet set) {
		return new ApologyData(
				new FormHeader("UBND HUYỆN BÌNH AN", "PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG", "Bình An",
						LocalDate.of(2026, 2, 25)),
				CODE, applicant(), "Đăng ký khai sinh", RECEIVED, DUE,
				"Cần xác minh thông tin nơi cư trú của người mẹ tại địa phương khác", NEW_DUE, "Phạm Quốc Dũng",
				"TRƯỞNG PHÒNG", set);
	}

	static StopNoticeData stopNotice(FormSet set) {
		return new StopNoticeData(header(set), CODE, applicant(), "Đăng ký khai sinh", RECEIVED,
				"Người yêu cầu có văn bản đề nghị rút hồ sơ ngày 20/02/2026", "Đỗ Thị Lụa", "GIÁM ĐỐC", set);
	}

	static ControlSheetData controlSheet(FormSet set) {
		return new ControlSheetData(header(set), CODE, NAME, RECEIVED, DUE, "Công chức Tư pháp - Hộ tịch",
				List.of("Công an xã Bình An"),
				List.of(new ControlSheetData.Handover("Bộ phận Tiếp nhận và Trả kết quả", "Trần Văn Bình",
						"Công chức Tư pháp - Hộ tịch", "Lê Thị Mai", LocalDateTime.of(2026, 2, 17, 9, 0), "Đúng hạn",
						null),
						new ControlSheetData.Handover("Công chức Tư pháp - Hộ tịch", "Lê Thị Mai",
								"Lãnh đạo UBND xã", "Hoàng Văn Tuấn", LocalDateTime.of(2026, 2, 24, 15, 20),
								"Trước hạn", "Trình ký"),
						new ControlSheetData.Handover("Lãnh đạo UBND xã", "Hoàng Văn Tuấn",
								"Bộ phận Tiếp nhận và Trả kết quả", "Trần Văn Bình",
								LocalDateTime.of(2026, 2, 26, 10, 5), "Trước hạn", "Đã ký, trả kết quả")),
				set);
	}

}
