package vn.motcua.organisation;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** ADMIN pages for the unit tree. Every change goes through {@link OrganisationUnits}; errors stay in the page. */
@Controller
class UnitAdminController {

	private final OrganisationUnits units;

	private final MessageSource messages;

	UnitAdminController(OrganisationUnits units, MessageSource messages) {
		this.units = units;
		this.messages = messages;
	}

	@ModelAttribute("kinds")
	UnitKind[] kinds() {
		return UnitKind.values();
	}

	@GetMapping("/admin/units")
	String tree(@AuthenticationPrincipal CurrentUser admin, Model model) {
		model.addAttribute("tree", units.treeFor(admin));
		return "organisation/units";
	}

	@GetMapping("/admin/units/new")
	String createForm(@AuthenticationPrincipal CurrentUser admin, @RequestParam(required = false) String parent,
			Model model) {
		model.addAttribute("form", UnitForm.empty(parent != null ? parent : admin.unitCode()));
		return showForm(admin, model, null);
	}

	@PostMapping("/admin/units")
	String create(@AuthenticationPrincipal CurrentUser admin, @Valid @ModelAttribute("form") UnitForm form,
			BindingResult errors, Model model, RedirectAttributes flash) {
		if (errors.hasErrors()) {
			return showForm(admin, model, null);
		}
		try {
			UnitView unit = units.create(admin, form);
			flash.addFlashAttribute("message", "unit.created");
			return "redirect:/units/" + unit.code();
		}
		catch (OrganisationException ex) {
			FormErrors.reject(errors, ex);
			return showForm(admin, model, null);
		}
	}

	@GetMapping("/admin/units/{code}/edit")
	String editForm(@AuthenticationPrincipal CurrentUser admin, @PathVariable String code, Model model) {
		UnitView unit = units.requireAccessible(admin, code);
		model.addAttribute("form", UnitForm.of(unit));
		return showForm(admin, model, unit);
	}

	@PostMapping("/admin/units/{code}")
	String update(@AuthenticationPrincipal CurrentUser admin, @PathVariable String code,
			@Valid @ModelAttribute("form") UnitForm form, BindingResult errors, Model model, RedirectAttributes flash) {
		UnitView unit = units.requireAccessible(admin, code);
		if (errors.hasErrors()) {
			return showForm(admin, model, unit);
		}
		try {
			units.update(admin, unit.code(), form);
			flash.addFlashAttribute("message", "unit.updated");
			return "redirect:/units/" + unit.code();
		}
		catch (OrganisationException ex) {
			FormErrors.reject(errors, ex);
			return showForm(admin, model, unit);
		}
	}

	@PostMapping("/admin/units/{code}/move")
	String move(@AuthenticationPrincipal CurrentUser admin, @PathVariable String code,
			@RequestParam(defaultValue = "") String parentCode, Model model, Locale locale, RedirectAttributes flash) {
		UnitView unit = units.requireAccessible(admin, code);
		try {
			units.move(admin, unit.code(), parentCode);
			flash.addFlashAttribute("message", "unit.moved");
			return "redirect:/units/" + unit.code();
		}
		catch (OrganisationException ex) {
			return actionFailed(admin, unit, ex, model, locale);
		}
	}

	@PostMapping("/admin/units/{code}/merge")
	String merge(@AuthenticationPrincipal CurrentUser admin, @PathVariable String code,
			@RequestParam(defaultValue = "") String successorCode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Model model,
			Locale locale, RedirectAttributes flash) {
		UnitView unit = units.requireAccessible(admin, code);
		try {
			units.merge(admin, unit.code(), successorCode, date);
			flash.addFlashAttribute("message", "unit.merged");
			return "redirect:/units/" + unit.code();
		}
		catch (OrganisationException ex) {
			return actionFailed(admin, unit, ex, model, locale);
		}
	}

	@PostMapping("/admin/units/{code}/deactivate")
	String deactivate(@AuthenticationPrincipal CurrentUser admin, @PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Model model,
			Locale locale, RedirectAttributes flash) {
		UnitView unit = units.requireAccessible(admin, code);
		try {
			units.deactivate(admin, unit.code(), date);
			flash.addFlashAttribute("message", "unit.deactivated");
			return "redirect:/units/" + unit.code();
		}
		catch (OrganisationException ex) {
			return actionFailed(admin, unit, ex, model, locale);
		}
	}

	private String actionFailed(CurrentUser admin, UnitView unit, OrganisationException ex, Model model, Locale locale) {
		model.addAttribute("form", UnitForm.of(unit));
		model.addAttribute("actionError", messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale));
		return showForm(admin, model, unit);
	}

	private String showForm(CurrentUser admin, Model model, UnitView unit) {
		model.addAttribute("unit", unit);
		model.addAttribute("candidates", units.activeUnitsIn(admin)
			.stream()
			.filter(candidate -> unit == null || !candidate.code().equals(unit.code()))
			.toList());
		return "organisation/unit-form";
	}

}
