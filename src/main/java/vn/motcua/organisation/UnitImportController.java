package vn.motcua.organisation;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

import vn.motcua.web.ImportReport;
import vn.motcua.web.ImportResponses;

/** Units from another system: {@code POST /api/v1/units/import} (text/csv) and the same as an upload page. */
@Controller
class UnitImportController {

	private final UnitImport imports;

	private final MessageSource messages;

	UnitImportController(UnitImport imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	@PostMapping(value = "/api/v1/units/import", consumes = { "text/csv", "application/octet-stream", "text/plain" })
	@PreAuthorize("hasRole('ADMIN')")
	@ResponseBody
	ResponseEntity<Map<String, Object>> api(@AuthenticationPrincipal CurrentUser admin,
			@RequestBody(required = false) byte[] body) {
		// the body is optional to Spring so that a caller who may not import is refused (403) before it is read
		byte[] csv = body == null ? new byte[0] : body;
		if (csv.length > ImportResponses.MAX_BYTES) {
			return ImportResponses.tooLarge();
		}
		return ImportResponses.of(imports.importCsv(admin, csv), messages);
	}

	@GetMapping("/admin/units/import")
	String form() {
		return "organisation/unit-import";
	}

	@PostMapping("/admin/units/import")
	String upload(@AuthenticationPrincipal CurrentUser admin, @RequestParam(name = "file", required = false) MultipartFile file,
			Model model, Locale locale) throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("importErrors", java.util.List.of(new ImportReport.LineError(1,
					messages.getMessage("import.error.noFile", null, locale))));
			return "organisation/unit-import";
		}
		ImportReport report = imports.importCsv(admin, file.getBytes());
		if (report.hasProblems()) {
			model.addAttribute("importErrors", report.errors(messages, locale));
		}
		else {
			model.addAttribute("report", report);
		}
		model.addAttribute("fileName", file.getOriginalFilename());
		return "organisation/unit-import";
	}

}
