package vn.motcua.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

import vn.motcua.organisation.CurrentUser;
import vn.motcua.web.ImportReport;
import vn.motcua.web.ImportResponses;

/**
 * Dossiers from an earlier system: {@code POST /api/v1/dossiers/import} (text/csv, streamed, never read whole into
 * memory) and the same as an upload page at {@code /admin/dossiers/import}.
 */
@Controller
class DossierImportController {

	private final DossierImport imports;

	private final MessageSource messages;

	DossierImportController(DossierImport imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	@PostMapping(value = "/api/v1/dossiers/import", consumes = { "text/csv", "application/octet-stream", "text/plain" })
	@PreAuthorize("hasRole('ADMIN')")
	@ResponseBody
	ResponseEntity<Map<String, Object>> api(@AuthenticationPrincipal CurrentUser admin, HttpServletRequest request)
			throws IOException {
		if (request.getContentLengthLong() > DossierImport.MAX_BYTES) {
			return ImportResponses.tooLarge();
		}
		try (InputStream body = request.getInputStream()) {
			return ImportResponses.of(imports.importCsv(admin, body), messages);
		}
	}

	@GetMapping("/admin/dossiers/import")
	String form() {
		return "dossier/import";
	}

	@PostMapping("/admin/dossiers/import")
	String upload(@AuthenticationPrincipal CurrentUser admin,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model, Locale locale)
			throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("importErrors", List.of(new ImportReport.LineError(1,
					messages.getMessage("import.error.noFile", null, locale))));
			return "dossier/import";
		}
		ImportReport report;
		try (InputStream body = file.getInputStream()) {
			report = imports.importCsv(admin, body);
		}
		if (report.hasProblems()) {
			model.addAttribute("importErrors", report.errors(messages, locale));
		}
		else {
			model.addAttribute("report", report);
		}
		model.addAttribute("fileName", file.getOriginalFilename());
		return "dossier/import";
	}

}
