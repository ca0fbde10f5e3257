package vn.motcua.statistics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.motcua.organisation.CurrentUser;
import vn.motcua.statistics.StatisticsReport.Report;

/**
 * The report as a file, for the same parameters as the page and {@code GET /api/v1/statistics} ({@code unit},
 * {@code from}, {@code to}, {@code groupBy=field|unit}): {@code /statistics/export.xlsx}, {@code .pdf} and
 * {@code .csv}. Roles STATISTICS, LEADER, ADMIN with the unit in scope; otherwise 403, and bad parameters 400, both
 * with a Vietnamese message in plain text.
 */
@Controller
class StatisticsExportController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final StatisticsReport reports;

	private final StatisticsExport export;

	StatisticsExportController(StatisticsReport reports, StatisticsExport export) {
		this.reports = reports;
		this.export = export;
	}

	@GetMapping("/statistics/export.xlsx")
	void xlsx(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String groupBy, HttpServletResponse response) throws IOException {
		Prepared p = prepare(user, unit, from, to, groupBy, response);
		if (p != null) {
			attachment(response, XLSX, p, "xlsx");
			export.xlsx(p.report(), p.query().groupBy(), response.getOutputStream());
		}
	}

	@GetMapping("/statistics/export.pdf")
	void pdf(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String groupBy, HttpServletResponse response) throws IOException {
		Prepared p = prepare(user, unit, from, to, groupBy, response);
		if (p != null) {
			byte[] pdf = export.pdf(p.report(), p.query().groupBy());
			attachment(response, "application/pdf", p, "pdf");
			response.setContentLength(pdf.length);
			response.getOutputStream().write(pdf);
		}
	}

	@GetMapping("/statistics/export.csv")
	void csv(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String groupBy, HttpServletResponse response) throws IOException {
		Prepared p = prepare(user, unit, from, to, groupBy, response);
		if (p != null) {
			byte[] csv = export.csv(p.report());
			attachment(response, "text/csv;charset=UTF-8", p, "csv");
			response.setContentLength(csv.length);
			response.getOutputStream().write(csv);
		}
	}

	private record Prepared(StatisticsQuery query, Report report) {
	}

	/** The report, or null once the refusal (403) or the problem with the parameters (400) has been answered. */
	private Prepared prepare(CurrentUser user, String unit, String from, String to, String groupBy,
			HttpServletResponse response) throws IOException {
		if (!StatisticsReport.mayRead(user)) {
			refuse(response, HttpServletResponse.SC_FORBIDDEN, "Bạn không có quyền xem thống kê.");
			return null;
		}
		StatisticsQuery query;
		Report report;
		try {
			query = StatisticsQuery.parse(unit, from, to, groupBy);
			report = reports.report(user, query.unit(), query.from(), query.to(), query.groupBy());
		}
		catch (AccessDeniedException ex) {
			refuse(response, HttpServletResponse.SC_FORBIDDEN, "Bạn không có quyền xem thống kê của đơn vị này.");
			return null;
		}
		catch (IllegalArgumentException ex) {
			refuse(response, HttpServletResponse.SC_BAD_REQUEST, ex.getMessage());
			return null;
		}
		return new Prepared(query, report);
	}

	private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
		response.setStatus(status);
		response.setContentType("text/plain;charset=UTF-8");
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.getWriter().write(message);
	}

	/** {@code bieu-06-<unit>-<from>-<to>.<ext>}, the unit's code kept to safe characters. */
	private static void attachment(HttpServletResponse response, String type, Prepared p, String extension) {
		String unit = p.report().unit().code().replaceAll("[^A-Za-z0-9_.-]", "-");
		String name = "bieu-06-" + unit + "-" + p.query().from() + "-" + p.query().to() + "." + extension;
		response.setContentType(type);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
		response.setHeader("X-Content-Type-Options", "nosniff");
	}

}
