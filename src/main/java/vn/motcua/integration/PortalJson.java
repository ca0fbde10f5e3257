package vn.motcua.integration;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The JSON of the portal API, read and written with these records, which are also its OpenAPI schemas: what the
 * description says is what the code reads. Times are ISO-8601 with an offset (Asia/Ho_Chi_Minh, +07:00).
 */
final class PortalJson {

	private PortalJson() {
	}

	@Schema(name = "OnlineSubmission", description = "Một hồ sơ nộp trực tuyến trên cổng dịch vụ công.")
	record Submission(
			@Schema(description = "Số hồ sơ của cổng (khóa chống trùng: gửi lại cùng số và cùng nội dung không tạo hồ sơ mới). "
					+ "Chữ, số và . - _ /, tối đa 60 ký tự.", example = "G22.99-260302-000123",
					requiredMode = Schema.RequiredMode.REQUIRED) String portalNumber,
			@Schema(description = "Mã đơn vị tiếp nhận: đơn vị của tài khoản cổng hoặc một đơn vị trực thuộc.",
					example = "X99101", requiredMode = Schema.RequiredMode.REQUIRED) String unitCode,
			@Schema(description = "Mã thủ tục hành chính đang áp dụng.", example = "1.001193",
					requiredMode = Schema.RequiredMode.REQUIRED) String procedureCode,
			@Schema(description = "Thời điểm người dân nộp trên cổng (ISO-8601; không có múi giờ thì hiểu là giờ Việt Nam).",
					example = "2026-03-02T20:15:00+07:00", requiredMode = Schema.RequiredMode.REQUIRED) String submittedAt,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Applicant applicant,
			@Schema(description = "Nội dung yêu cầu giải quyết.", example = "Đăng ký khai sinh cho con",
					maxLength = 2000) String subject,
			@ArraySchema(minItems = 1, maxItems = 30, schema = @Schema(implementation = Document.class),
					arraySchema = @Schema(description = "Thành phần hồ sơ người dân đã nộp.",
							requiredMode = Schema.RequiredMode.REQUIRED)) List<Document> documents) {
	}

	@Schema(name = "OnlineApplicant", description = "Chủ hồ sơ.")
	record Applicant(
			@Schema(description = "PERSON (cá nhân) hoặc ORGANISATION (tổ chức).", allowableValues = { "PERSON",
					"ORGANISATION" }, requiredMode = Schema.RequiredMode.REQUIRED) String kind,
			@Schema(example = "Nguyễn Thị Hương", maxLength = 200, requiredMode = Schema.RequiredMode.REQUIRED) String name,
			@Schema(description = "Số định danh cá nhân (CCCD), 12 chữ số; bắt buộc với cá nhân.",
					example = "001195012345") String idNumber,
			@Schema(description = "Mã số thuế; bắt buộc với tổ chức.", example = "0101234567") String taxCode,
			@Schema(example = "0912345678") String phone,
			@Schema(example = "huong@example.vn") String email,
			@Schema(example = "Thôn Đông, xã Bình Minh", maxLength = 500) String address) {
	}

	@Schema(name = "OnlineDocument", description = "Một thành phần hồ sơ: tên, và tệp nếu cổng gửi kèm.")
	record Document(
			@Schema(example = "Tờ khai đăng ký khai sinh", maxLength = 500,
					requiredMode = Schema.RequiredMode.REQUIRED) String name,
			@Schema(description = "Tệp quét (PDF, JPEG, PNG; tối đa 5 MB mỗi tệp, 10 MB cả hồ sơ). Không gửi thì chỉ ghi "
					+ "nhận tên thành phần; tệp lớn hơn để lại trên cổng.") File file) {
	}

	@Schema(name = "OnlineFile")
	record File(@Schema(example = "to-khai.pdf", maxLength = 255) String fileName,
			@Schema(description = "Nội dung tệp, Base64 (RFC 4648).", requiredMode = Schema.RequiredMode.REQUIRED,
					example = "JVBERi0xLjQKJSVFT0YK") String contentBase64) {
	}

	@Schema(name = "OnlineReceipt", description = "Xác nhận đã nhận hồ sơ nộp trực tuyến; giống hệt nhau mỗi lần gửi lại.")
	record Receipt(@Schema(example = "G22.99-260302-000123") String portalNumber,
			@Schema(description = "Trạng thái khi nhận: SUBMITTED_ONLINE.", example = "SUBMITTED_ONLINE") String status,
			@Schema(example = "Nộp trực tuyến – chờ kiểm tra") String statusText,
			@Schema(example = "X99101") String unitCode, @Schema(example = "1.001193") String procedureCode,
			@Schema(example = "2026-03-02T20:15:00+07:00") String submittedAt,
			@Schema(description = "Thời điểm MotCua ghi nhận hồ sơ.", example = "2026-03-02T20:15:03+07:00") String acknowledgedAt,
			List<StoredFile> files,
			@Schema(description = "Nơi đọc các thay đổi trạng thái.", example = "/api/v1/dossiers/changes") String changes) {
	}

	@Schema(name = "OnlineStoredFile", description = "Tệp đã lưu, với SHA-256 để cổng đối chiếu.")
	record StoredFile(String fileName, String contentType, int size, String sha256) {
	}

	@Schema(name = "DossierChange", description = "Một bước chuyển trạng thái của hồ sơ.")
	record Change(@Schema(description = "Vị trí trong dòng thay đổi (tăng dần theo thứ tự ghi nhận).", example = "1042") long position,
			@Schema(description = "Số hồ sơ của cổng; null với hồ sơ nộp trực tiếp.") String portalNumber,
			@Schema(description = "Mã hồ sơ (có từ khi tiếp nhận).", example = "000.01.31.H99-260303-0001") String code,
			@Schema(description = "Đơn vị tiếp nhận.", example = "X99101") String unitCode,
			@Schema(example = "1.001193") String procedureCode,
			@Schema(description = "Bước: submitOnline, receive, guide, refuseAtDesk, assign, requestSupplement, "
					+ "supplementReceived, submitForApproval, approve, sendBack, rejectAfterReview, resultReady, "
					+ "returnResult, apologise, withdraw, suspend…", example = "receive") String action,
			@Schema(example = "SUBMITTED_ONLINE") String fromStatus, @Schema(example = "RECEIVED") String toStatus,
			@Schema(example = "Đã tiếp nhận") String statusText,
			@Schema(example = "2026-03-03T08:05:00+07:00") String at,
			@Schema(description = "Ngày hẹn trả sau bước này.", example = "2026-03-10T17:00:00+07:00") String dueAt,
			@Schema(description = "Nội dung gửi người dân (nội dung cần bổ sung, lý do từ chối…); null với các bước khác.")
			String note) {
	}

	@Schema(name = "DossierChanges")
	record Changes(List<Change> changes,
			@Schema(description = "Con trỏ để hỏi lần sau (since=next).", example = "1042") long next,
			@Schema(description = "Còn thay đổi sau trang này: hỏi tiếp ngay.") boolean hasMore) {
	}

	@Schema(name = "ApiError", description = "Lỗi, bằng tiếng Việt.")
	record Error(@Schema(example = "400") int status,
			@Schema(example = "Số định danh cá nhân (CCCD) phải gồm đúng 12 chữ số, bắt đầu bằng mã tỉnh hợp lệ.") String error,
			List<FieldError> errors) {
	}

	@Schema(name = "ApiFieldError")
	record FieldError(@Schema(example = "applicant.idNumber") String field, String message) {
	}

}
