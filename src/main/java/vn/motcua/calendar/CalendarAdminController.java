package vn.motcua.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.calendar.CalendarDay.Source;
import vn.motcua.calendar.CalendarDay.Type;
import vn.motcua.organisation.CurrentUser;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * ADMIN page of the working-day calendar, one year a page: every day that differs from the Monday–Friday week and
 * why. Any administrator reads it; an administrator of a top-level unit changes it ({@link CalendarAdministration}).
 * Years outside {@value CalendarDays#FIRST_YEAR}–{@value CalendarDays#LAST_YEAR} and dates outside the page's year
 * are not found.
 */
@Controller
class CalendarAdminController {

	private final CalendarAdministration admin;

	private final CalendarDays calendar;

	private final MessageSource messages;

	private final Clock clock;

	CalendarAdminController(CalendarAdministration admin, CalendarDays calendar, MessageSource messages, Clock clock) {
		this.admin = admin;
		this.calendar = calendar;
		this.messages = messages;
		this.clock = clock;
	}

	@ModelAttribute("types")
	Type[] types() {
		return Type.values();
	}

	/** The current year's page, or the year chosen in the page's year list. */
	@GetMapping("/admin/calendar")
	String currentYear(@RequestParam(required = false) String year) {
		if (year != null) {
			return "redirect:/admin/calendar/" + year(year);
		}
		int current = LocalDate.now(clock).getYear();
		return "redirect:/admin/calendar/" + Math.max(CalendarDays.FIRST_YEAR, Math.min(CalendarDays.LAST_YEAR, current));
	}

	@GetMapping("/admin/calendar/{year}")
	String year(@AuthenticationPrincipal CurrentUser user, @PathVariable String year, Model model) {
		model.addAttribute("dayForm", CalendarDayForm.empty());
		return showYear(user, year(year), model);
	}

	@PostMapping("/admin/calendar/{year}/days")
	String add(@AuthenticationPrincipal CurrentUser user, @PathVariable String year,
			@Valid @ModelAttribute("dayForm") CalendarDayForm form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		int y = year(year);
		requireEditor(user);
		if (errors.hasErrors()) {
			return showYear(user, y, model);
		}
		try {
			admin.add(user, y, form);
			flash.addFlashAttribute("message", "calendar.day.added");
			return "redirect:/admin/calendar/" + y;
		}
		catch (CalendarException ex) {
			reject(errors, ex);
			return showYear(user, y, model);
		}
	}

	@GetMapping("/admin/calendar/{year}/days/{date}")
	String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable String year, @PathVariable String date,
			Model model) {
		LocalDate day = date(year(year), date);
		requireEditor(user);
		CalendarDay existing = admin.find(day).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		model.addAttribute("dayForm", CalendarDayForm.of(existing));
		return showDay(existing, model);
	}

	@PostMapping("/admin/calendar/{year}/days/{date}")
	String change(@AuthenticationPrincipal CurrentUser user, @PathVariable String year, @PathVariable String date,
			@Valid @ModelAttribute("dayForm") CalendarDayForm form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		int y = year(year);
		LocalDate day = date(y, date);
		requireEditor(user);
		CalendarDay existing = admin.find(day).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		if (errors.hasFieldErrors("type") || errors.hasFieldErrors("name") || errors.hasFieldErrors("legalRef")) {
			return showDay(existing, model);
		}
		try {
			admin.change(user, day, form);
			flash.addFlashAttribute("message", "calendar.day.changed");
			return "redirect:/admin/calendar/" + y;
		}
		catch (CalendarException ex) {
			reject(errors, ex);
			return showDay(existing, model);
		}
	}

	@PostMapping("/admin/calendar/{year}/days/{date}/delete")
	String delete(@AuthenticationPrincipal CurrentUser user, @PathVariable String year, @PathVariable String date,
			Model model, Locale locale, RedirectAttributes flash) {
		int y = year(year);
		LocalDate day = date(y, date);
		requireEditor(user);
		try {
			admin.delete(user, day);
			flash.addFlashAttribute("message", "calendar.day.deleted");
			return "redirect:/admin/calendar/" + y;
		}
		catch (CalendarException ex) {
			return actionFailed(user, y, ex, model, locale);
		}
	}

	@PostMapping("/admin/calendar/{year}/days/{date}/confirm")
	String confirm(@AuthenticationPrincipal CurrentUser user, @PathVariable String year, @PathVariable String date,
			Model model, Locale locale, RedirectAttributes flash) {
		int y = year(year);
		LocalDate day = date(y, date);
		requireEditor(user);
		try {
			admin.confirm(user, day);
			flash.addFlashAttribute("message", "calendar.day.confirmed");
			return "redirect:/admin/calendar/" + y;
		}
		catch (CalendarException ex) {
			return actionFailed(user, y, ex, model, locale);
		}
	}

	@PostMapping("/admin/calendar/{year}/confirm-defaults")
	String confirmDefaults(@AuthenticationPrincipal CurrentUser user, @PathVariable String year,
			RedirectAttributes flash) {
		int y = year(year);
		requireEditor(user);
		int confirmed = admin.confirmDefaults(user, y);
		flash.addFlashAttribute("message", confirmed > 0 ? "calendar.defaults.confirmed" : "calendar.defaults.none");
		return "redirect:/admin/calendar/" + y;
	}

	private String actionFailed(CurrentUser user, int year, CalendarException ex, Model model, Locale locale) {
		model.addAttribute("dayForm", CalendarDayForm.empty());
		model.addAttribute("actionError", messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale));
		return showYear(user, year, model);
	}

	private String showYear(CurrentUser user, int year, Model model) {
		List<CalendarDay> days = calendar.daysOf(year);
		WorkingCalendar working = calendar.workingCalendar();
		model.addAttribute("year", year);
		model.addAttribute("days", days);
		model.addAttribute("canEdit", admin.canEdit(user));
		model.addAttribute("previousYear", year > CalendarDays.FIRST_YEAR ? year - 1 : null);
		model.addAttribute("nextYear", year < CalendarDays.LAST_YEAR ? year + 1 : null);
		model.addAttribute("years", IntStream.rangeClosed(CalendarDays.FIRST_YEAR, CalendarDays.LAST_YEAR).boxed().toList());
		model.addAttribute("workingDays", working.workingDaysBetween(LocalDate.of(year - 1, 12, 31),
				LocalDate.of(year, 12, 31)));
		model.addAttribute("pendingDefaults", days.stream()
			.filter(day -> day.source() == Source.DEFAULT_RULE && !day.confirmed())
			.count());
		return "calendar/year";
	}

	private String showDay(CalendarDay day, Model model) {
		model.addAttribute("day", day);
		model.addAttribute("year", day.date().getYear());
		return "calendar/day-form";
	}

	private void requireEditor(CurrentUser user) {
		if (!admin.canEdit(user)) {
			throw new AccessDeniedException("the calendar is edited at the top-level unit");
		}
	}

	/** A year of the calendar, else the 404 page. */
	private static int year(String text) {
		try {
			int year = Integer.parseInt(text);
			if (year >= CalendarDays.FIRST_YEAR && year <= CalendarDays.LAST_YEAR) {
				return year;
			}
		}
		catch (NumberFormatException ex) {
			// not a year: not found either
		}
		throw new ResponseStatusException(NOT_FOUND);
	}

	/** A date (yyyy-MM-dd) of the page's year, else the 404 page. */
	private static LocalDate date(int year, String text) {
		try {
			LocalDate date = LocalDate.parse(text);
			if (date.getYear() == year) {
				return date;
			}
		}
		catch (DateTimeParseException ex) {
			// not a date: not found either
		}
		throw new ResponseStatusException(NOT_FOUND);
	}

	static void reject(BindingResult errors, CalendarException ex) {
		if (ex.field() != null) {
			errors.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), ex.messageKey());
		}
		else {
			errors.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
		}
	}

}
