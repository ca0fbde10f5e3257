package vn.motcua.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** How the import APIs answer: the counts, or {@code {"errors":[{"line":N,"message":"…"}]}} in Vietnamese. */
public final class ImportResponses {

	/** Larger files are refused before parsing (a province's units or catalogue is far smaller). */
	public static final int MAX_BYTES = 20 * 1024 * 1024;

	private ImportResponses() {
	}

	public static ResponseEntity<Map<String, Object>> of(ImportReport report, MessageSource messages) {
		if (report.hasProblems()) {
			return ResponseEntity.badRequest()
				.body(Map.of("errors", report.errors(messages, WebConfiguration.VIETNAMESE)));
		}
		Map<String, Object> counts = new LinkedHashMap<>();
		counts.put("created", report.createdCount());
		counts.put("updated", report.updatedCount());
		counts.put("unchanged", report.unchangedCount());
		return ResponseEntity.ok(counts);
	}

	/**
	 * The request body, or {@code null} if it is larger than {@link #MAX_BYTES}: read with a bound, so an oversized
	 * upload never fills the heap.
	 */
	public static byte[] readBounded(jakarta.servlet.http.HttpServletRequest request) throws java.io.IOException {
		if (request.getContentLengthLong() > MAX_BYTES) {
			return null;
		}
		byte[] body = request.getInputStream().readNBytes(MAX_BYTES + 1);
		return body.length > MAX_BYTES ? null : body;
	}

	public static ResponseEntity<Map<String, Object>> tooLarge() {
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.body(Map.of("errors", List.of(new ImportReport.LineError(1, "Tệp quá lớn (tối đa 20 MB).") )));
	}

}
