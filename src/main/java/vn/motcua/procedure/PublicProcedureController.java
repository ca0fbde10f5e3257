package vn.motcua.procedure;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Public pages, no login: the catalogue by field with a search that ignores diacritics, a procedure's page (what to
 * bring, how long, how much), and printable A4 posters with a QR code to that page.
 */
@Controller
class PublicProcedureController {

	private final Procedures procedures;

	private final ProcedureRoutes routes;

	private final String publicBaseUrl;

	PublicProcedureController(Procedures procedures, ProcedureRoutes routes,
			@Value("${motcua.public-base-url:}") String publicBaseUrl) {
		this.procedures = procedures;
		this.routes = routes;
		this.publicBaseUrl = publicBaseUrl;
	}

	@GetMapping("/thu-tuc")
	String list(@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "linhVuc", required = false) String field,
			@RequestParam(name = "cap", required = false) ProcedureLevel level,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		List<ProcedureSummary> found = procedures.search(query, field, level, false);
		Map<String, List<ProcedureSummary>> byField = new LinkedHashMap<>();
		for (ProcedureSummary procedure : found) {
			byField.computeIfAbsent(procedure.fieldName(), k -> new java.util.ArrayList<>()).add(procedure);
		}
		model.addAttribute("byField", byField);
		model.addAttribute("count", found.size());
		model.addAttribute("q", query);
		model.addAttribute("field", field);
		model.addAttribute("level", level);
		model.addAttribute("fields", procedures.fields());
		model.addAttribute("levels", ProcedureLevel.values());
		return htmx != null ? "procedure/public-list :: results" : "procedure/public-list";
	}

	@GetMapping("/thu-tuc/{code}")
	String detail(@PathVariable String code, Model model) {
		ProcedureView procedure = procedures.find(code).filter(ProcedureView::active)
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		model.addAttribute("procedure", procedure);
		model.addAttribute("route", routes.route(procedure.code()).orElse(null));
		return "procedure/public-detail";
	}

	@GetMapping("/thu-tuc/{code}/ap-phich")
	String poster(@PathVariable String code, HttpServletRequest request, Model model) {
		ProcedureView procedure = procedures.find(code).filter(ProcedureView::active)
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		model.addAttribute("procedure", procedure);
		model.addAttribute("target", absolute("/thu-tuc/" + procedure.code()));
		model.addAttribute("printedOn", LocalDate.now(vn.motcua.web.MotCuaTime.ZONE));
		return "procedure/poster";
	}

	@GetMapping("/thu-tuc/linh-vuc/{fieldCode}/ap-phich")
	String fieldPoster(@PathVariable String fieldCode, Model model) {
		FieldView field = procedures.fields().stream()
			.filter(f -> f.code().equalsIgnoreCase(fieldCode))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		model.addAttribute("field", field);
		model.addAttribute("procedures", procedures.search(null, field.code(), null, false));
		model.addAttribute("target", absolute("/thu-tuc?linhVuc=" + field.code()));
		model.addAttribute("printedOn", LocalDate.now(vn.motcua.web.MotCuaTime.ZONE));
		return "procedure/field-poster";
	}

	/** The QR code of any public catalogue address, as PNG; only our own paths are encoded. */
	@GetMapping(value = "/thu-tuc/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> qr(@RequestParam String path) {
		if (!path.startsWith("/thu-tuc") || path.contains("//") || path.length() > 200) {
			throw new ResponseStatusException(org.springframework.http.HttpStatus.BAD_REQUEST);
		}
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(1)))
			.contentType(MediaType.IMAGE_PNG)
			.body(QrCodes.png(absolute(path), 480));
	}

	/** An absolute address citizens can open: the configured public URL, or the one this request came in on. */
	private String absolute(String path) {
		String base = StringUtils.hasText(publicBaseUrl) ? publicBaseUrl.replaceAll("/+$", "")
				: ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		return base + path;
	}

}
