package vn.motcua.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.motcua.organisation.CurrentUser;
import vn.motcua.organisation.OrganisationUnits;
import vn.motcua.web.MotCuaTime;

/**
 * {@code GET /statistics/interlinked}: the reception view and the segment view of một cửa liên thông for a unit
 * subtree and a period (from/to in the URL, this calendar month when none is given), beside Biểu 06. Roles STATISTICS,
 * LEADER, ADMIN; the unit in scope (403 otherwise, a missing unit like a foreign one); bad dates 400 with a Vietnamese
 * message on the page.
 */
@Controller
class InterlinkedStatisticsController {

	private final InterlinkedStatistics statistics;

	private final OrganisationUnits units;

	private final Clock clock;

	InterlinkedStatisticsController(InterlinkedStatistics statistics, OrganisationUnits units, Clock clock) {
		this.statistics = statistics;
		this.units = units;
		this.clock = clock;
	}

	@GetMapping("/statistics/interlinked")
	String page(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model,
			HttpServletResponse response) {
		if (!StatisticsReport.mayRead(user)) {
			throw new AccessDeniedException("statistics");
		}
		String unitCode = StringUtils.hasText(unit) ? unit.trim().toUpperCase(Locale.ROOT) : user.unitCode();
		model.addAttribute("units", units.activeUnitsIn(user));
		model.addAttribute("unitCode", unitCode);
		LocalDate today = LocalDate.now(clock.withZone(MotCuaTime.ZONE));
		LocalDate start;
		LocalDate end;
		try {
			if (!StringUtils.hasText(from) && !StringUtils.hasText(to)) {
				ReportPeriods.Range month = ReportPeriods.monthOf(today);
				start = month.from();
				end = month.to();
			}
			else {
				start = date(from, "from", "từ ngày");
				end = date(to, "to", "đến ngày");
				if (end.isBefore(start)) {
					throw new IllegalArgumentException("Ngày kết thúc (to) phải từ ngày bắt đầu (from) trở đi.");
				}
			}
		}
		catch (IllegalArgumentException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("error", ex.getMessage());
			return "statistics/interlinked";
		}
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		model.addAttribute("reception", statistics.reception(user, unitCode, start, end));
		model.addAttribute("segments", statistics.segments(user, unitCode, start, end));
		return "statistics/interlinked";
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

}
