package vn.motcua.calendar;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.organisation.CurrentUser;
import vn.motcua.organisation.OrganisationUnits;
import vn.motcua.organisation.UnitView;

/** ADMIN page of a unit's office hours (giờ làm việc), for administrators whose scope reaches the unit. */
@Controller
class OfficeHoursController {

	private final CalendarAdministration admin;

	private final OrganisationUnits units;

	OfficeHoursController(CalendarAdministration admin, OrganisationUnits units) {
		this.admin = admin;
		this.units = units;
	}

	@GetMapping("/admin/units/{code}/office-hours")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable String code, Model model) {
		UnitView unit = units.requireAccessible(user, code);
		model.addAttribute("form", OfficeHoursForm.of(admin.ownOfficeHours(unit.id()).orElse(OfficeHours.DEFAULT)));
		return showForm(unit, model);
	}

	@PostMapping("/admin/units/{code}/office-hours")
	String save(@AuthenticationPrincipal CurrentUser user, @PathVariable String code,
			@Valid @ModelAttribute("form") OfficeHoursForm form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		UnitView unit = units.requireAccessible(user, code);
		if (errors.hasErrors()) {
			return showForm(unit, model);
		}
		try {
			admin.saveOfficeHours(user, unit.code(), form);
			flash.addFlashAttribute("message", "officeHours.saved");
			return "redirect:/admin/units/" + unit.code() + "/office-hours";
		}
		catch (CalendarException ex) {
			CalendarAdminController.reject(errors, ex);
			return showForm(unit, model);
		}
	}

	@PostMapping("/admin/units/{code}/office-hours/reset")
	String reset(@AuthenticationPrincipal CurrentUser user, @PathVariable String code, RedirectAttributes flash) {
		UnitView unit = units.requireAccessible(user, code);
		admin.resetOfficeHours(user, unit.code());
		flash.addFlashAttribute("message", "officeHours.reset");
		return "redirect:/admin/units/" + unit.code() + "/office-hours";
	}

	private String showForm(UnitView unit, Model model) {
		model.addAttribute("unit", unit);
		model.addAttribute("ownHours", admin.ownOfficeHours(unit.id()).orElse(null));
		model.addAttribute("defaultHours", OfficeHours.DEFAULT);
		return "calendar/office-hours";
	}

}
