package vn.motcua.integration;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.dossier.DossierChanges;
import vn.motcua.dossier.DossierException;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.OnlineDossiers;
import vn.motcua.organisation.CurrentUser;
import vn.motcua.web.MotCuaTime;
import vn.motcua.web.WebConfiguration;

/**
 * The portal API (issue 10), for the technical account of a public-service portal (role PORTAL, HTTP Basic):
 * {@code POST /api/v1/dossiers} hands over a dossier submitted online, {@code GET /api/v1/dossiers/changes} gives the
 * status changes back. Every answer is JSON; every error is Vietnamese text with the field it is about.
 */
@RestController
@Tag(name = "Cổng dịch vụ công", description = "Nhận hồ sơ nộp trực tuyến và đồng bộ trạng thái về cổng.")
@SecurityScheme(name = "basic", type = io.swagger.v3.oas.annotations.enums.SecuritySchemeType.HTTP, scheme = "basic",
		description = "Tài khoản kỹ thuật vai trò PORTAL của đơn vị (HTTP Basic, chỉ qua HTTPS).")
@SecurityRequirement(name = "basic")
class PortalApiController {

	/** Largest body: 10 MB of files as Base64 (a third larger) and the rest of the submission. */
	static final int MAX_BODY_BYTES = 16 * 1024 * 1024;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	private final OnlineDossiers online;

	private final DossierChanges changes;

	private final SubmissionReader reader;

	private final MessageSource messages;

	PortalApiController(OnlineDossiers online, DossierChanges changes, JsonMapper mapper, MessageSource messages) {
		this.online = online;
		this.changes = changes;
		this.reader = new SubmissionReader(mapper);
		this.messages = messages;
	}

	@PostMapping("/api/v1/dossiers")
	@PreAuthorize("hasRole('PORTAL')")
	@Operation(summary = "Nộp một hồ sơ trực tuyến", description = """
			Tạo hồ sơ kênh trực tuyến ở trạng thái "Nộp trực tuyến – chờ kiểm tra" (SUBMITTED_ONLINE); cán bộ một cửa \
			kiểm tra rồi tiếp nhận (ngày hẹn trả tính từ lúc tiếp nhận), yêu cầu bổ sung (Mẫu 02) hoặc từ chối (Mẫu 03). \
			Gửi lại cùng portalNumber với cùng nội dung không tạo hồ sơ mới và nhận lại đúng câu trả lời lần đầu (200 \
			thay vì 201); cùng số mà khác nội dung: 409.""",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = PortalJson.Submission.class))))
	@ApiResponse(responseCode = "201", description = "Đã tạo hồ sơ.",
			content = @Content(schema = @Schema(implementation = PortalJson.Receipt.class)))
	@ApiResponse(responseCode = "200", description = "Hồ sơ này đã được gửi trước đó: câu trả lời như lần đầu.",
			content = @Content(schema = @Schema(implementation = PortalJson.Receipt.class)))
	@ApiResponse(responseCode = "400", description = "JSON sai cú pháp, thiếu trường, thủ tục hoặc đơn vị không có…",
			content = @Content(schema = @Schema(implementation = PortalJson.Error.class), examples = @ExampleObject("""
					{"status":400,"error":"Không tìm thấy thủ tục 9.999999.","errors":[{"field":"procedureCode",\
					"message":"Không tìm thấy thủ tục 9.999999."}]}""")))
	@ApiResponse(responseCode = "401", description = "Chưa đăng nhập.",
			content = @Content(schema = @Schema(implementation = PortalJson.Error.class)))
	@ApiResponse(responseCode = "403", description = "Không phải tài khoản cổng, hoặc đơn vị ngoài phạm vi của tài khoản.",
			content = @Content(schema = @Schema(implementation = PortalJson.Error.class)))
	@ApiResponse(responseCode = "409", description = "Số hồ sơ của cổng đã dùng cho một hồ sơ khác nội dung.",
			content = @Content(schema = @Schema(implementation = PortalJson.Error.class)))
	@ApiResponse(responseCode = "413", description = "Yêu cầu lớn hơn 16 MB.",
			content = @Content(schema = @Schema(implementation = PortalJson.Error.class)))
	@ApiResponse(responseCode = "415", description = "Không phải application/json.",
			content = @Content(schema = @Schema(implementation = PortalJson.Error.class)))
	ResponseEntity<?> submit(@AuthenticationPrincipal CurrentUser portal,
			@Parameter(hidden = true) HttpServletRequest request) throws IOException {
		if (!isJson(request.getContentType())) {
			return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "online.error.contentType");
		}
		byte[] body = readBounded(request);
		if (body == null) {
			return error(HttpStatus.CONTENT_TOO_LARGE, "online.error.bodyTooLarge", MAX_BODY_BYTES / (1024 * 1024));
		}
		String unitCode = "";
		try {
			PortalJson.Submission json = reader.parse(body);
			// the unit first: a portal account learns nothing about another unit's rules from its errors
			if (json.unitCode() != null && !json.unitCode().isBlank()) {
				unitCode = json.unitCode().trim();
				online.submittableUnit(portal, unitCode);
			}
			OnlineDossiers.Submitted submitted = online.submit(portal, reader.read(json));
			PortalJson.Receipt receipt = receipt(submitted.receipt());
			// no Location: the portal follows the dossier through the change feed, not at an address of its own
			return ResponseEntity.status(submitted.created() ? HttpStatus.CREATED : HttpStatus.OK).body(receipt);
		}
		catch (SubmissionReader.Unreadable ex) {
			List<PortalJson.FieldError> errors = new ArrayList<>();
			for (SubmissionReader.Problem problem : ex.problems()) {
				errors.add(new PortalJson.FieldError(problem.field().isEmpty() ? null : problem.field(),
						text(problem.key(), problem.args())));
			}
			return ResponseEntity.badRequest().body(new PortalJson.Error(400, errors.get(0).message(), errors));
		}
		catch (OnlineDossiers.ConflictException ex) {
			return error(HttpStatus.CONFLICT, ex.messageKey(), ex.arguments());
		}
		catch (DossierException ex) {
			String message = text(ex.messageKey(), ex.arguments());
			return ResponseEntity.badRequest()
				.body(new PortalJson.Error(400, message, List.of(new PortalJson.FieldError(ex.field(), message))));
		}
		catch (AccessDeniedException ex) {
			return error(HttpStatus.FORBIDDEN, "online.error.foreignUnit", portal.username(), unitCode);
		}
	}

	@GetMapping("/api/v1/dossiers/changes")
	@PreAuthorize("hasRole('PORTAL')")
	@Operation(summary = "Các thay đổi trạng thái hồ sơ", description = """
			Mọi bước chuyển trạng thái của hồ sơ thuộc đơn vị của tài khoản cổng và các đơn vị trực thuộc, mỗi bước một \
			lần, theo thứ tự ghi nhận. Bắt đầu với since=0, rồi hỏi lại với since=next; hasMore=true thì hỏi tiếp ngay. \
			Vị trí được cấp lúc giao dịch hoàn tất (commit), nên không bước nào bị bỏ sót khi đi tiếp sau next.""")
	@ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PortalJson.Changes.class)))
	@ApiResponse(responseCode = "400", description = "since hoặc limit không hợp lệ.",
			content = @Content(schema = @Schema(implementation = PortalJson.Error.class)))
	@ApiResponse(responseCode = "401", description = "Chưa đăng nhập.",
			content = @Content(schema = @Schema(implementation = PortalJson.Error.class)))
	@ApiResponse(responseCode = "403", description = "Không phải tài khoản cổng.",
			content = @Content(schema = @Schema(implementation = PortalJson.Error.class)))
	ResponseEntity<?> changes(@AuthenticationPrincipal CurrentUser portal,
			@Parameter(description = "Vị trí đã đọc đến (next của lần trước); 0 hoặc bỏ trống: từ đầu.", example = "0")
			@RequestParam(required = false) String since,
			@Parameter(description = "Số thay đổi tối đa một trang, 1–500 (mặc định 100).", example = "100")
			@RequestParam(required = false) String limit) {
		long after;
		int size;
		try {
			after = since == null || since.isBlank() ? 0 : Long.parseLong(since.trim());
		}
		catch (NumberFormatException ex) {
			after = -1;
		}
		if (after < 0) {
			return error(HttpStatus.BAD_REQUEST, "online.error.since");
		}
		try {
			size = limit == null || limit.isBlank() ? 100 : Integer.parseInt(limit.trim());
		}
		catch (NumberFormatException ex) {
			size = -1;
		}
		if (size < 1 || size > DossierChanges.MAX_LIMIT) {
			return error(HttpStatus.BAD_REQUEST, "online.error.limit", DossierChanges.MAX_LIMIT);
		}
		DossierChanges.Page page = changes.since(portal, after, size);
		List<PortalJson.Change> out = page.changes()
			.stream()
			.map(c -> new PortalJson.Change(c.position(), c.portalNumber(), c.code(), c.unitCode(), c.procedureCode(),
					c.action(), c.fromStatus() == null ? null : c.fromStatus().name(), c.toStatus().name(),
					statusText(c.toStatus()), time(c.at()), time(c.dueAt()), c.note()))
			.toList();
		return ResponseEntity.ok(new PortalJson.Changes(out, page.next(), page.hasMore()));
	}

	// --- helpers ---

	private PortalJson.Receipt receipt(OnlineDossiers.Receipt r) {
		return new PortalJson.Receipt(r.portalNumber(), r.status().name(), statusText(r.status()), r.unitCode(),
				r.procedureCode(), time(r.submittedAt()), time(r.acknowledgedAt()),
				r.files()
					.stream()
					.map(f -> new PortalJson.StoredFile(f.fileName(), f.contentType(), f.size(), f.sha256()))
					.toList(),
				"/api/v1/dossiers/changes");
	}

	private static boolean isJson(String contentType) {
		if (contentType == null) {
			return false;
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return MediaType.APPLICATION_JSON.isCompatibleWith(type)
					|| ("application".equals(type.getType()) && type.getSubtype().endsWith("+json"));
		}
		catch (org.springframework.util.InvalidMimeTypeException ex) {
			return false;
		}
	}

	/** The body, or {@code null} if it is larger than {@link #MAX_BODY_BYTES}: never read whole if it is. */
	private static byte[] readBounded(HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() > MAX_BODY_BYTES) {
			return null;
		}
		byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
		return body.length > MAX_BODY_BYTES ? null : body;
	}

	private String statusText(DossierStatus status) {
		return text("dossier.status." + status.name());
	}

	private static String time(Instant instant) {
		return instant == null ? null
				: OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), MotCuaTime.ZONE).format(TIME);
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, WebConfiguration.VIETNAMESE);
	}

	private ResponseEntity<PortalJson.Error> error(HttpStatus status, String key, Object... args) {
		return ResponseEntity.status(status).body(new PortalJson.Error(status.value(), text(key, args), List.of()));
	}

}
