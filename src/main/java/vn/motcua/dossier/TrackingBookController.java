package vn.motcua.dossier;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.motcua.organisation.CurrentUser;
import vn.motcua.organisation.OrganisationUnits;
import vn.motcua.procedure.Procedures;
import vn.motcua.web.VnFormat;

/**
 * Sổ theo dõi hồ sơ: the page (filters in the URL, 100 rows a page) and the same book as .xlsx. Bad filters are
 * explained in the page (status 400), or answered 400 with the message for the export.
 */
@Controller
class TrackingBookController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final TrackingBook book;

	private final TrackingBookWorkbook workbook;

	private final OrganisationUnits units;

	private final Procedures procedures;

	private final MessageSource messages;

	private final VnFormat fmt;

	TrackingBookController(TrackingBook book, TrackingBookWorkbook workbook, OrganisationUnits units,
			Procedures procedures, MessageSource messages, VnFormat fmt) {
		this.book = book;
		this.workbook = workbook;
		this.units = units;
		this.procedures = procedures;
		this.messages = messages;
		this.fmt = fmt;
	}

	@GetMapping("/dossiers/book")
	String page(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String field, @RequestParam(required = false) String status,
			@RequestParam(required = false) String page, Model model, Locale locale, HttpServletResponse response) {
		model.addAttribute("units", units.activeUnitsIn(user));
		model.addAttribute("fields", procedures.fields());
		model.addAttribute("statuses", TrackingBook.statuses());
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("unit", unit);
		model.addAttribute("field", field);
		model.addAttribute("status", status);
		try {
			TrackingBook.Filter filter = book.filter(user, from, to, unit, field, status);
			model.addAttribute("from", fmt.date(filter.from()));
			model.addAttribute("to", fmt.date(filter.to()));
			model.addAttribute("unit", filter.unit() == null ? "" : filter.unit().code());
			model.addAttribute("field", filter.fieldCode() == null ? "" : filter.fieldCode());
			model.addAttribute("status", filter.status() == null ? "" : filter.status().name());
			model.addAttribute("filter", filter);
			model.addAttribute("formSets", TrackingBook.formSets(filter));
			model.addAttribute("result", book.page(user, filter, pageNumber(page)));
		}
		catch (DossierException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("bookError", message(ex, locale));
		}
		return "dossier/book";
	}

	@GetMapping("/dossiers/book.xlsx")
	void xlsx(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String field, @RequestParam(required = false) String status,
			Locale locale, HttpServletResponse response) throws IOException {
		TrackingBook.Filter filter;
		try {
			filter = book.filter(user, from, to, unit, field, status);
		}
		catch (DossierException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			response.setContentType("text/plain;charset=UTF-8");
			response.getWriter().write(message(ex, locale));
			return;
		}
		String name = "so-theo-doi-ho-so-" + filter.from() + "-" + filter.to() + ".xlsx";
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name).build().toString());
		response.setHeader("X-Content-Type-Options", "nosniff");
		workbook.write(user, filter, response.getOutputStream());
	}

	private String message(DossierException ex, Locale locale) {
		return messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale);
	}

	private static int pageNumber(String page) {
		try {
			return page == null ? 0 : Math.max(0, Integer.parseInt(page.trim()));
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
