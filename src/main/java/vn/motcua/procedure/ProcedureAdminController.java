package vn.motcua.procedure;

import java.util.Locale;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.calendar.ProcessingTime;
import vn.motcua.calendar.SupplementPolicy;
import vn.motcua.organisation.CurrentUser;
import vn.motcua.organisation.OrganisationUnits;

/**
 * ADMIN pages of the catalogue. The catalogue serves the whole installation, so only an administrator of a top-level
 * unit (the province) may change it; other administrators read it.
 */
@Controller
class ProcedureAdminController {

	private final Procedures procedures;

	private final OrganisationUnits units;

	private final MessageSource messages;

	ProcedureAdminController(Procedures procedures, OrganisationUnits units, MessageSource messages) {
		this.procedures = procedures;
		this.units = units;
		this.messages = messages;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("allLevels", ProcedureLevel.values());
		model.addAttribute("onlineLevels", OnlineLevel.values());
		model.addAttribute("units", ProcessingTime.Unit.values());
		model.addAttribute("policies", SupplementPolicy.values());
		model.addAttribute("documentForms", DocumentForm.values());
		model.addAttribute("feeKinds", FeeKind.values());
	}

	@GetMapping("/admin/procedures")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String q,
			@RequestParam(required = false) String field, @RequestParam(required = false) ProcedureLevel level,
			Model model) {
		model.addAttribute("procedures", procedures.search(q, field, level, true));
		model.addAttribute("fields", procedures.fields());
		model.addAttribute("q", q);
		model.addAttribute("field", field);
		model.addAttribute("level", level);
		model.addAttribute("canEdit", canEdit(user));
		return "procedure/admin-list";
	}

	@GetMapping("/admin/procedures/new")
	String createForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		requireEditor(user);
		model.addAttribute("form", ProcedureForm.empty());
		return showForm(model, null);
	}

	@PostMapping("/admin/procedures")
	String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") ProcedureForm form,
			BindingResult errors, Model model, RedirectAttributes flash) {
		requireEditor(user);
		if (errors.hasErrors()) {
			return showForm(model, null);
		}
		try {
			ProcedureView created = procedures.create(form);
			flash.addFlashAttribute("message", "procedure.created");
			return "redirect:/admin/procedures/" + created.code();
		}
		catch (ProcedureException ex) {
			reject(errors, ex);
			return showForm(model, null);
		}
	}

	@GetMapping("/admin/procedures/{code}")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable String code, Model model) {
		ProcedureView procedure = procedures.get(code);
		model.addAttribute("form", ProcedureForm.of(procedure));
		model.addAttribute("canEdit", canEdit(user));
		return showForm(model, procedure);
	}

	@PostMapping("/admin/procedures/{code}")
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable String code,
			@Valid @ModelAttribute("form") ProcedureForm form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		requireEditor(user);
		ProcedureView procedure = procedures.find(code).orElseThrow(() -> new ProcedureException(null,
				"procedure.error.notFound", code));
		if (errors.hasErrors()) {
			return showForm(model, procedure);
		}
		try {
			procedures.update(procedure.code(), form);
			flash.addFlashAttribute("message", "procedure.updated");
			return "redirect:/admin/procedures/" + procedure.code();
		}
		catch (ProcedureException ex) {
			reject(errors, ex);
			return showForm(model, procedure);
		}
	}

	@PostMapping("/admin/procedures/{code}/documents")
	String addDocument(@AuthenticationPrincipal CurrentUser user, @PathVariable String code,
			@Valid @ModelAttribute("document") DocumentFormData document, BindingResult errors, Model model,
			Locale locale, RedirectAttributes flash) {
		requireEditor(user);
		if (errors.hasErrors()) {
			return actionFailed(code, errors, model, locale);
		}
		procedures.addDocument(code, document);
		flash.addFlashAttribute("message", "procedure.documentAdded");
		return "redirect:/admin/procedures/" + Procedures.normaliseCode(code) + "#documents";
	}

	@PostMapping("/admin/procedures/{code}/documents/{id}/delete")
	String removeDocument(@AuthenticationPrincipal CurrentUser user, @PathVariable String code, @PathVariable Long id,
			RedirectAttributes flash) {
		requireEditor(user);
		procedures.removeDocument(code, id);
		flash.addFlashAttribute("message", "procedure.documentRemoved");
		return "redirect:/admin/procedures/" + Procedures.normaliseCode(code) + "#documents";
	}

	@PostMapping("/admin/procedures/{code}/fees")
	String addFee(@AuthenticationPrincipal CurrentUser user, @PathVariable String code,
			@Valid @ModelAttribute("fee") FeeFormData fee, BindingResult errors, Model model, Locale locale,
			RedirectAttributes flash) {
		requireEditor(user);
		if (errors.hasErrors()) {
			return actionFailed(code, errors, model, locale);
		}
		procedures.addFee(code, fee);
		flash.addFlashAttribute("message", "procedure.feeAdded");
		return "redirect:/admin/procedures/" + Procedures.normaliseCode(code) + "#fees";
	}

	@PostMapping("/admin/procedures/{code}/fees/{id}/delete")
	String removeFee(@AuthenticationPrincipal CurrentUser user, @PathVariable String code, @PathVariable Long id,
			RedirectAttributes flash) {
		requireEditor(user);
		procedures.removeFee(code, id);
		flash.addFlashAttribute("message", "procedure.feeRemoved");
		return "redirect:/admin/procedures/" + Procedures.normaliseCode(code) + "#fees";
	}

	@PostMapping("/admin/procedures/{code}/active")
	String setActive(@AuthenticationPrincipal CurrentUser user, @PathVariable String code,
			@RequestParam(required = false) Boolean active, RedirectAttributes flash) {
		requireEditor(user);
		if (active == null) {
			// checked after the editor, so that a non-editor is refused (403) whatever was posted
			throw new org.springframework.web.server.ResponseStatusException(
					org.springframework.http.HttpStatus.BAD_REQUEST);
		}
		procedures.setActive(code, active);
		flash.addFlashAttribute("message", active ? "procedure.activated" : "procedure.deactivated");
		return "redirect:/admin/procedures/" + Procedures.normaliseCode(code);
	}

	private String actionFailed(String code, BindingResult errors, Model model, Locale locale) {
		ProcedureView procedure = procedures.get(code);
		model.addAttribute("form", ProcedureForm.of(procedure));
		model.addAttribute("canEdit", true);
		model.addAttribute("actionErrors", errors.getAllErrors()
			.stream()
			.map(error -> messages.getMessage(error, locale))
			.toList());
		return showForm(model, procedure);
	}

	private String showForm(Model model, ProcedureView procedure) {
		model.addAttribute("procedure", procedure);
		model.addAttribute("fields", procedures.fields());
		if (!model.containsAttribute("canEdit")) {
			model.addAttribute("canEdit", true);
		}
		return "procedure/admin-form";
	}

	private static void reject(BindingResult errors, ProcedureException ex) {
		if (ex.field() != null) {
			errors.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), ex.messageKey());
		}
		else {
			errors.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
		}
	}

	private boolean canEdit(CurrentUser user) {
		return units.find(user.unitCode()).map(unit -> unit.parentCode() == null).orElse(false);
	}

	private void requireEditor(CurrentUser user) {
		if (!canEdit(user)) {
			throw new AccessDeniedException("catalogue is edited at the top-level unit");
		}
	}

}
