package vn.motcua.statistics;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import vn.motcua.organisation.CurrentUser;
import vn.motcua.organisation.OrganisationUnits;
import vn.motcua.statistics.ReportPeriods.Preset;
import vn.motcua.statistics.ReportPeriods.Range;
import vn.motcua.statistics.StatisticsReport.CellPage;
import vn.motcua.statistics.StatisticsReport.Column;
import vn.motcua.statistics.StatisticsReport.Counts;
import vn.motcua.statistics.StatisticsReport.Group;
import vn.motcua.statistics.StatisticsReport.GroupBy;
import vn.motcua.statistics.StatisticsReport.MonthFigures;
import vn.motcua.statistics.StatisticsReport.Report;
import vn.motcua.web.MotCuaTime;

/**
 * {@code GET /statistics}: Biểu 06 for a unit subtree and a period (presets or from/to, all in the URL), grouped by
 * field, child unit or procedure, with charts, a data-quality panel and, behind every number,
 * {@code GET /statistics/dossiers}: the dossiers of that cell. Roles STATISTICS, LEADER, ADMIN; the unit in scope.
 * Bad parameters answer 400 with a Vietnamese message on the page; a unit outside the scope 403.
 */
@Controller
class StatisticsController {

	static final int PAGE_SIZE = 50;

	private final StatisticsReport reports;

	private final OrganisationUnits units;

	private final Clock clock;

	private final AsyncTaskExecutor executor;

	StatisticsController(StatisticsReport reports, OrganisationUnits units, Clock clock,
			@Qualifier("applicationTaskExecutor") AsyncTaskExecutor executor) {
		this.reports = reports;
		this.units = units;
		this.clock = clock;
		this.executor = executor;
	}

	/** The period and grouping asked for, once the parameters are read. */
	record Query(String unit, LocalDate from, LocalDate to, GroupBy groupBy, Preset preset, int year, int n) {
	}

	@GetMapping("/statistics")
	String page(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String preset, @RequestParam(required = false) String year,
			@RequestParam(required = false) String n, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String groupBy, Model model,
			HttpServletResponse response) {
		requireReader(user);
		LocalDate today = LocalDate.now(clock.withZone(MotCuaTime.ZONE));
		common(user, model, today);
		Query query;
		try {
			query = query(user, unit, preset, year, n, from, to, groupBy, today);
		}
		catch (IllegalArgumentException ex) {
			return error(model, response, ex.getMessage(), "statistics/report");
		}
		if (query.preset() != Preset.CUSTOM && StringUtils.hasText(preset)
				&& (!query.from().toString().equals(trim(from)) || !query.to().toString().equals(trim(to)))) {
			// a preset chosen: the bookmarkable address names the dates it stands for
			return "redirect:" + UriComponentsBuilder.fromPath("/statistics")
				.queryParam("unit", query.unit())
				.queryParam("preset", query.preset().urlName())
				.queryParam("year", query.year())
				.queryParam("n", query.n())
				.queryParam("from", query.from())
				.queryParam("to", query.to())
				.queryParam("groupBy", query.groupBy().name().toLowerCase(Locale.ROOT))
				.build()
				.encode()
				.toUriString();
		}
		model.addAttribute("query", query);
		model.addAttribute("groupParam", query.groupBy().name().toLowerCase(Locale.ROOT));
		// the chart of the last 12 months up to the period's end, read beside the report (two independent reads on a
		// two-core server: the page takes the longer of the two, not their sum)
		YearMonth last = YearMonth.from(query.to().isAfter(today) ? today : query.to());
		CompletableFuture<List<MonthFigures>> trendRead = CompletableFuture
			.supplyAsync(() -> reports.trend(user, query.unit(), last, 12), executor);
		Report report;
		Report byUnit;
		try {
			// the chart of on-time rates per unit needs the by-unit report beside the one asked for
			var both = reports.reportWithByUnit(user, query.unit(), query.from(), query.to(), query.groupBy());
			report = both.report();
			byUnit = both.byUnit();
		}
		catch (IllegalArgumentException ex) {
			trendRead.cancel(false);
			return error(model, response, ex.getMessage(), "statistics/report");
		}
		model.addAttribute("report", report);
		model.addAttribute("columns", COLUMNS);
		// charts: the trend; on-time per child unit; the channel mix
		List<MonthFigures> trend;
		try {
			trend = trendRead.join();
		}
		catch (CompletionException ex) {
			throw ex.getCause() instanceof RuntimeException cause ? cause : ex;
		}
		model.addAttribute("trendLabels", json(trend.stream().map(m -> "%02d/%d".formatted(m.month().getMonthValue(),
				m.month().getYear())).toList()));
		model.addAttribute("trendReceived", json(trend.stream().map(MonthFigures::received).toList()));
		model.addAttribute("trendResolved", json(trend.stream().map(MonthFigures::resolved).toList()));
		List<Group> children = byUnit.groups().stream().filter(g -> g.counts().resolvedTotal() > 0).toList();
		model.addAttribute("unitLabels", json(children.stream().map(Group::name).toList()));
		model.addAttribute("unitRates", json(children.stream().map(g -> g.counts().onTimeRate()).toList()));
		model.addAttribute("unitFractions", json(children.stream()
			.map(g -> (g.counts().early() + g.counts().onTime()) + " / " + g.counts().resolvedTotal())
			.toList()));
		Counts c = report.counts();
		model.addAttribute("channelValues", json(List.of(c.online(), c.direct(), c.postal())));
		return "statistics/report";
	}

	@GetMapping("/statistics/dossiers")
	String dossiers(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String groupBy, @RequestParam(required = false) String group,
			@RequestParam(required = false) String col, @RequestParam(required = false) String page, Model model,
			HttpServletResponse response) {
		requireReader(user);
		LocalDate today = LocalDate.now(clock.withZone(MotCuaTime.ZONE));
		common(user, model, today);
		try {
			Query query = query(user, unit, null, null, null, from, to, groupBy, today);
			if (!StringUtils.hasText(col)) {
				throw new IllegalArgumentException("Thiếu cột của biểu (col).");
			}
			Column column = Column.parse(col);
			int pageNumber = number(page, 0, "trang (page)");
			CellPage cell = reports.cell(user, query.unit(), query.from(), query.to(), query.groupBy(),
					StringUtils.hasText(group) ? group.trim() : null, column, pageNumber, PAGE_SIZE);
			model.addAttribute("query", query);
			model.addAttribute("groupParam", query.groupBy().name().toLowerCase(Locale.ROOT));
			model.addAttribute("cell", cell);
			model.addAttribute("group", StringUtils.hasText(group) ? group.trim() : null);
			return "statistics/dossiers";
		}
		catch (IllegalArgumentException ex) {
			return error(model, response, ex.getMessage(), "statistics/dossiers");
		}
	}

	/** The table's columns in the form's order, with the column numbers of Biểu 06. */
	static final List<Column> COLUMNS = List.of(Column.RECEIVED, Column.ONLINE, Column.DIRECT_OR_POSTAL,
			Column.CARRIED_OVER, Column.RESOLVED, Column.EARLY, Column.ON_TIME, Column.LATE, Column.IN_PROGRESS,
			Column.WITHIN_DEADLINE, Column.OVERDUE);

	private static void requireReader(CurrentUser user) {
		if (!StatisticsReport.mayRead(user)) {
			throw new AccessDeniedException("statistics");
		}
	}

	private void common(CurrentUser user, Model model, LocalDate today) {
		model.addAttribute("units", units.activeUnitsIn(user));
		model.addAttribute("presets", Preset.values());
		List<Integer> years = new ArrayList<>();
		for (int y = today.getYear() + 1; y >= today.getYear() - 6; y--) {
			years.add(y);
		}
		model.addAttribute("years", years);
		model.addAttribute("groupings", List.of(GroupBy.FIELD, GroupBy.UNIT, GroupBy.PROCEDURE));
	}

	private static String error(Model model, HttpServletResponse response, String message, String view) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("error", message);
		return view;
	}

	/** Reads the parameters; the preset (if any) wins over from/to; nothing given: this calendar month. */
	Query query(CurrentUser user, String unit, String preset, String year, String n, String from, String to,
			String groupBy, LocalDate today) {
		String unitCode = StringUtils.hasText(unit) ? unit.trim().toUpperCase(Locale.ROOT) : user.unitCode();
		if (units.find(unitCode).isEmpty()) {
			// like a unit outside the scope: nothing reveals which codes exist
			throw new AccessDeniedException("unit " + unitCode);
		}
		GroupBy grouping = grouping(groupBy);
		if (StringUtils.hasText(preset)) {
			Preset chosen = Preset.parse(preset);
			int y = number(year, today.getYear(), "năm (year)");
			int number = number(n, chosen.takesNumber() ? defaultNumber(chosen, today) : 0, "tháng / quý (n)");
			if (chosen != Preset.CUSTOM) {
				Range range = ReportPeriods.of(chosen, y, number);
				return new Query(unitCode, range.from(), range.to(), grouping, chosen, y, number);
			}
		}
		if (!StringUtils.hasText(from) && !StringUtils.hasText(to)) {
			Range month = ReportPeriods.monthOf(today);
			return new Query(unitCode, month.from(), month.to(), grouping, Preset.MONTH, today.getYear(),
					today.getMonthValue());
		}
		LocalDate start = date(from, "from", "từ ngày");
		LocalDate end = date(to, "to", "đến ngày");
		if (end.isBefore(start)) {
			throw new IllegalArgumentException("Ngày kết thúc (to) phải từ ngày bắt đầu (from) trở đi.");
		}
		return new Query(unitCode, start, end, grouping, Preset.CUSTOM, start.getYear(), 0);
	}

	private static int defaultNumber(Preset preset, LocalDate today) {
		return switch (preset) {
			case QUARTER, OFFICIAL_QUARTER -> (today.getMonthValue() + 2) / 3;
			default -> today.getMonthValue();
		};
	}

	private static GroupBy grouping(String value) {
		if (!StringUtils.hasText(value)) {
			return GroupBy.FIELD;
		}
		return switch (value.trim().toLowerCase(Locale.ROOT)) {
			case "field" -> GroupBy.FIELD;
			case "unit" -> GroupBy.UNIT;
			case "procedure" -> GroupBy.PROCEDURE;
			case "none" -> GroupBy.NONE;
			default -> throw new IllegalArgumentException(
					"Tham số groupBy chỉ nhận field (theo lĩnh vực), unit (theo đơn vị) hoặc procedure (theo thủ tục).");
		};
	}

	private static int number(String value, int otherwise, String label) {
		if (!StringUtils.hasText(value)) {
			return otherwise;
		}
		try {
			return Integer.parseInt(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("Giá trị không hợp lệ ở " + label + ": cần một số.");
		}
	}

	private static LocalDate date(String value, String name, String label) {
		if (!StringUtils.hasText(value)) {
			throw new IllegalArgumentException("Thiếu %s (%s), dạng YYYY-MM-DD.".formatted(label, name));
		}
		try {
			LocalDate date = LocalDate.parse(value.trim());
			if (date.getYear() < 1901 || date.getYear() > 9999) {
				throw new IllegalArgumentException("Năm của %s (%s) không hợp lệ.".formatted(label, name));
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("Ngày không hợp lệ ở %s (%s); cần dạng YYYY-MM-DD.".formatted(label, name));
		}
	}

	private static String trim(String value) {
		return value == null ? "" : value.trim();
	}

	/** A list as JSON for a data-* attribute (strings, numbers, null). */
	static String json(Collection<?> values) {
		return values.stream().map(StatisticsController::json).collect(Collectors.joining(",", "[", "]"));
	}

	private static String json(Object value) {
		if (value == null) {
			return "null";
		}
		if (value instanceof Number number) {
			return number instanceof BigDecimal decimal ? decimal.toPlainString() : number.toString();
		}
		StringBuilder s = new StringBuilder("\"");
		for (char ch : value.toString().toCharArray()) {
			switch (ch) {
				case '"' -> s.append("\\\"");
				case '\\' -> s.append("\\\\");
				default -> {
					if (ch < 0x20) {
						s.append("\\u%04x".formatted((int) ch));
					}
					else {
						s.append(ch);
					}
				}
			}
		}
		return s.append('"').toString();
	}

}
