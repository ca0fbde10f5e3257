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

	private final ProcedureRoutes routes;

	private final OrganisationUnits units;

	private final MessageSource messages;

	ProcedureAdminController(Procedures procedures, ProcedureRoutes routes, OrganisationUnits units,
			MessageSource messages) {
		this.procedures = procedures;
		this.routes = routes;
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
		model.addAttribute("routeLevels", RouteLevel.values());
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

	/**
	 * Quy trình liên thông: the rows of the form (blank rows left out) replace the route; no row at all removes it. A
	 * broken rule shows the page again with the rows as typed and a Vietnamese message.
	 */
	@PostMapping("/admin/procedures/{code}/route")
	String replaceRoute(@AuthenticationPrincipal CurrentUser user, @PathVariable String code,
			@RequestParam(name = "level", required = false) java.util.List<String> levels,
			@RequestParam(name = "unitCode", required = false) java.util.List<String> unitCodes,
			@RequestParam(name = "task", required = false) java.util.List<String> tasks,
			@RequestParam(name = "share", required = false) java.util.List<String> shares,
			@RequestParam(name = "decides", required = false) String decides, Model model, Locale locale,
			RedirectAttributes flash) {
		requireEditor(user);
		ProcedureView procedure = procedures.get(code);
		java.util.List<RouteRow> rows = RouteRow.of(levels, unitCodes, tasks, shares, decides);
		try {
			java.util.List<ProcedureRoute.Draft> drafts = new java.util.ArrayList<>();
			for (RouteRow row : rows) {
				if (!row.blank()) {
					drafts.add(row.draft(drafts.size() + 1));
				}
			}
			routes.replace(procedure.code(), drafts);
			flash.addFlashAttribute("message", drafts.isEmpty() ? "procedure.route.removed" : "procedure.route.saved");
			return "redirect:/admin/procedures/" + procedure.code() + "#route";
		}
		catch (ProcedureException ex) {
			model.addAttribute("form", ProcedureForm.of(procedure));
			model.addAttribute("canEdit", true);
			model.addAttribute("routeRows", rows);
			model.addAttribute("routeError",
					messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale));
			return showForm(model, procedure);
		}
	}

	/** One row of the route form as typed (strings, so that a bad value can be shown back). */
	record RouteRow(String level, String unitCode, String task, String share, boolean decides) {

		static java.util.List<RouteRow> of(java.util.List<String> levels, java.util.List<String> unitCodes,
				java.util.List<String> tasks, java.util.List<String> shares, String decides) {
			int count = Math.min(ProcedureRoute.MAX_STEPS + 4, Math.max(size(tasks), size(shares)));
			java.util.List<RouteRow> rows = new java.util.ArrayList<>();
			for (int i = 0; i < count; i++) {
				rows.add(new RouteRow(at(levels, i), at(unitCodes, i), at(tasks, i), at(shares, i),
						String.valueOf(i + 1).equals(decides)));
			}
			return rows;
		}

		/** The rows of a saved route, padded with blank rows up to the form's size. */
		static java.util.List<RouteRow> of(java.util.Optional<ProcedureRoute> route) {
			java.util.List<RouteRow> rows = new java.util.ArrayList<>();
			route.ifPresent(r -> r.steps()
				.forEach(s -> rows.add(new RouteRow(s.level().name(), s.unitCode() == null ? "" : s.unitCode(),
						s.task(), s.share().toPlainString().replace('.', ','), s.decides()))));
			while (rows.size() < ProcedureRoute.MAX_STEPS) {
				rows.add(new RouteRow(rows.isEmpty() ? RouteLevel.RECEIVING_UNIT.name() : "", "", "", "", false));
			}
			return rows;
		}

		boolean blank() {
			return task.isBlank() && share.isBlank();
		}

		ProcedureRoute.Draft draft(int position) {
			RouteLevel parsedLevel;
			try {
				parsedLevel = RouteLevel.valueOf(level.trim());
			}
			catch (IllegalArgumentException ex) {
				throw new ProcedureException("route", "procedure.route.error.level", position);
			}
			java.math.BigDecimal value;
			try {
				value = new java.math.BigDecimal(share.trim().replace(',', '.'));
			}
			catch (NumberFormatException ex) {
				throw new ProcedureException("route", "procedure.route.error.share", position);
			}
			return new ProcedureRoute.Draft(parsedLevel, unitCode, task, value, decides);
		}

		private static int size(java.util.List<String> values) {
			return values == null ? 0 : values.size();
		}

		private static String at(java.util.List<String> values, int index) {
			return values == null || index >= values.size() || values.get(index) == null ? "" : values.get(index);
		}

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
		java.util.Optional<ProcedureRoute> route = procedure == null ? java.util.Optional.empty()
				: routes.route(procedure.code());
		model.addAttribute("route", route.orElse(null));
		if (!model.containsAttribute("routeRows")) {
			model.addAttribute("routeRows", RouteRow.of(route));
		}
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
