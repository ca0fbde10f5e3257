package vn.motcua.statistics;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.organisation.CurrentUser;
import vn.motcua.statistics.StatisticsReport.Counts;
import vn.motcua.statistics.StatisticsReport.GroupBy;
import vn.motcua.statistics.StatisticsReport.Group;
import vn.motcua.statistics.StatisticsReport.Report;

/**
 * {@code GET /api/v1/statistics?unit=CODE&from=YYYY-MM-DD&to=YYYY-MM-DD[&groupBy=field|unit]} (HTTP Basic; roles
 * STATISTICS, LEADER, ADMIN; the unit within the caller's scope). Counts are integers, rates percentages with two
 * decimals or null when there is nothing to divide by. Bad parameters answer 400 with {@code {"error": "…"}}.
 */
@RestController
class StatisticsApiController {

	private final StatisticsReport reports;

	StatisticsApiController(StatisticsReport reports) {
		this.reports = reports;
	}

	@GetMapping("/api/v1/statistics")
	ResponseEntity<Map<String, Object>> statistics(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) String unit, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String groupBy) {
		if (!StatisticsReport.mayRead(user)) {
			return error(HttpStatus.FORBIDDEN, "Bạn không có quyền xem thống kê.");
		}
		if (!StringUtils.hasText(unit)) {
			return error(HttpStatus.BAD_REQUEST, "Thiếu mã đơn vị (unit).");
		}
		LocalDate start;
		LocalDate end;
		try {
			start = date(from, "from", "từ ngày");
			end = date(to, "to", "đến ngày");
		}
		catch (IllegalArgumentException ex) {
			return error(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
		GroupBy grouping;
		if (!StringUtils.hasText(groupBy)) {
			grouping = GroupBy.NONE;
		}
		else if (groupBy.trim().equalsIgnoreCase("field")) {
			grouping = GroupBy.FIELD;
		}
		else if (groupBy.trim().equalsIgnoreCase("unit")) {
			grouping = GroupBy.UNIT;
		}
		else {
			return error(HttpStatus.BAD_REQUEST, "Tham số groupBy chỉ nhận field (theo lĩnh vực) hoặc unit (theo đơn vị).");
		}
		if (end.isBefore(start)) {
			return error(HttpStatus.BAD_REQUEST, "Ngày kết thúc (to) phải từ ngày bắt đầu (from) trở đi.");
		}
		try {
			return ResponseEntity.ok(json(reports.report(user, unit.trim(), start, end, grouping)));
		}
		catch (AccessDeniedException ex) {
			return error(HttpStatus.FORBIDDEN, "Bạn không có quyền xem thống kê của đơn vị này.");
		}
		catch (IllegalArgumentException ex) {
			return error(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
	}

	private static LocalDate date(String value, String name, String label) {
		if (!StringUtils.hasText(value)) {
			throw new IllegalArgumentException("Thiếu %s (%s), dạng YYYY-MM-DD.".formatted(label, name));
		}
		try {
			LocalDate date = LocalDate.parse(value.trim());
			if (date.getYear() < 1900 || date.getYear() > 9999) {
				throw new IllegalArgumentException("Năm của %s (%s) không hợp lệ: %s.".formatted(label, name, value));
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(
					"Ngày không hợp lệ ở %s (%s): %s; cần dạng YYYY-MM-DD.".formatted(label, name, value.trim()));
		}
	}

	private static Map<String, Object> json(Report report) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("unit", report.unit().code());
		json.put("from", report.period().from().toString());
		json.put("to", report.period().to().toString());
		figures(json, report.counts());
		json.put("groups", report.groups().stream().map(StatisticsApiController::group).toList());
		return json;
	}

	private static Map<String, Object> group(Group group) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("code", group.code());
		json.put("name", group.name());
		figures(json, group.counts());
		return json;
	}

	private static void figures(Map<String, Object> json, Counts c) {
		Map<String, Object> received = new LinkedHashMap<>();
		received.put("carriedOver", c.carriedOver());
		received.put("online", c.online());
		received.put("direct", c.direct());
		received.put("postal", c.postal());
		received.put("newInPeriod", c.newInPeriod());
		received.put("total", c.receivedTotal());
		Map<String, Object> resolved = new LinkedHashMap<>();
		resolved.put("total", c.resolvedTotal());
		resolved.put("early", c.early());
		resolved.put("onTime", c.onTime());
		resolved.put("late", c.late());
		Map<String, Object> inProgress = new LinkedHashMap<>();
		inProgress.put("total", c.inProgressTotal());
		inProgress.put("withinDeadline", c.withinDeadline());
		inProgress.put("overdue", c.overdue());
		json.put("received", received);
		json.put("resolved", resolved);
		json.put("inProgress", inProgress);
		json.put("withdrawn", c.withdrawn());
		json.put("onTimeRate", c.onTimeRate());
		json.put("onTimeShareOfReceived", c.onTimeShareOfReceived());
		json.put("onlineShare", c.onlineShare());
		json.put("satisfaction", c.satisfaction());
	}

	private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", message);
		return ResponseEntity.status(status).body(body);
	}

}
