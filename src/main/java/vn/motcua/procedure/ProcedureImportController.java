package vn.motcua.procedure;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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

import vn.motcua.organisation.CurrentUser;
import vn.motcua.organisation.OrganisationUnits;
import vn.motcua.web.ImportReport;
import vn.motcua.web.ImportResponses;

/** The catalogue from another system: {@code POST /api/v1/procedures/import} (text/csv) and an upload page. */
@Controller
class ProcedureImportController {

	private final ProcedureImport imports;

	private final OrganisationUnits units;

	private final MessageSource messages;

	ProcedureImportController(ProcedureImport imports, OrganisationUnits units, MessageSource messages) {
		this.imports = imports;
		this.units = units;
		this.messages = messages;
	}

	@PostMapping(value = "/api/v1/procedures/import", consumes = { "text/csv", "application/octet-stream", "text/plain" })
	@PreAuthorize("hasRole('ADMIN')")
	@ResponseBody
	ResponseEntity<Map<String, Object>> api(@AuthenticationPrincipal CurrentUser admin,
			@RequestBody(required = false) byte[] body) {
		// the body is optional to Spring so that a caller who may not import is refused (403) before it is read
		requireEditor(admin);
		byte[] csv = body == null ? new byte[0] : body;
		if (csv.length > ImportResponses.MAX_BYTES) {
			return ImportResponses.tooLarge();
		}
		return ImportResponses.of(imports.importCsv(csv), messages);
	}

	@GetMapping("/admin/procedures/import")
	String form(@AuthenticationPrincipal CurrentUser admin) {
		requireEditor(admin);
		return "procedure/import";
	}

	@PostMapping("/admin/procedures/import")
	String upload(@AuthenticationPrincipal CurrentUser admin,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model, Locale locale)
			throws IOException {
		requireEditor(admin);
		if (file == null || file.isEmpty()) {
			model.addAttribute("importErrors",
					List.of(new ImportReport.LineError(1, messages.getMessage("import.error.noFile", null, locale))));
			return "procedure/import";
		}
		ImportReport report = imports.importCsv(file.getBytes());
		if (report.hasProblems()) {
			model.addAttribute("importErrors", report.errors(messages, locale));
		}
		else {
			model.addAttribute("report", report);
		}
		model.addAttribute("fileName", file.getOriginalFilename());
		return "procedure/import";
	}

	private void requireEditor(CurrentUser user) {
		if (!units.find(user.unitCode()).map(unit -> unit.parentCode() == null).orElse(false)) {
			throw new AccessDeniedException("catalogue is edited at the top-level unit");
		}
	}

}
