package vn.motcua.organisation;

import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
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

/** ADMIN pages for user accounts within the admin's units. */
@Controller
class UserAdminController {

	private final UserAccounts users;

	private final OrganisationUnits units;

	private final MessageSource messages;

	UserAdminController(UserAccounts users, OrganisationUnits units, MessageSource messages) {
		this.users = users;
		this.units = units;
		this.messages = messages;
	}

	@ModelAttribute("allRoles")
	Role[] roles() {
		return Role.values();
	}

	@GetMapping("/admin/users")
	String list(@AuthenticationPrincipal CurrentUser admin, Model model) {
		model.addAttribute("users", users.visibleTo(admin));
		return "organisation/users";
	}

	@GetMapping("/admin/users/new")
	String createForm(@AuthenticationPrincipal CurrentUser admin, @RequestParam(required = false) String unit,
			Model model) {
		model.addAttribute("form", UserForm.empty(unit != null ? unit : admin.unitCode()));
		return showForm(admin, model, null);
	}

	@PostMapping("/admin/users")
	String create(@AuthenticationPrincipal CurrentUser admin, @Valid @ModelAttribute("form") UserForm form,
			BindingResult errors, Model model, RedirectAttributes flash) {
		if (errors.hasErrors()) {
			return showForm(admin, model, null);
		}
		try {
			UserView user = users.create(admin, form);
			flash.addFlashAttribute("message", "user.created");
			return "redirect:/admin/users/" + user.username() + "/edit";
		}
		catch (OrganisationException ex) {
			FormErrors.reject(errors, ex);
			return showForm(admin, model, null);
		}
	}

	@GetMapping("/admin/users/{username}/edit")
	String editForm(@AuthenticationPrincipal CurrentUser admin, @PathVariable String username, Model model) {
		UserView user = users.get(admin, username);
		model.addAttribute("form", UserForm.of(user));
		return showForm(admin, model, user);
	}

	@PostMapping("/admin/users/{username}")
	String update(@AuthenticationPrincipal CurrentUser admin, @PathVariable String username,
			@Valid @ModelAttribute("form") UserForm form, BindingResult errors, Model model, RedirectAttributes flash) {
		UserView user = users.get(admin, username);
		if (errors.hasErrors()) {
			return showForm(admin, model, user);
		}
		try {
			users.update(admin, user.username(), form);
			flash.addFlashAttribute("message", "user.updated");
			return "redirect:/admin/users/" + user.username() + "/edit";
		}
		catch (OrganisationException ex) {
			FormErrors.reject(errors, ex);
			return showForm(admin, model, user);
		}
	}

	@PostMapping("/admin/users/{username}/password")
	String resetPassword(@AuthenticationPrincipal CurrentUser admin, @PathVariable String username,
			@RequestParam(defaultValue = "") String password, Model model, Locale locale, RedirectAttributes flash) {
		return act(admin, username, model, locale, flash, "user.passwordReset",
				() -> users.resetPassword(admin, username, password));
	}

	@PostMapping("/admin/users/{username}/deactivate")
	String deactivate(@AuthenticationPrincipal CurrentUser admin, @PathVariable String username, Model model,
			Locale locale, RedirectAttributes flash) {
		return act(admin, username, model, locale, flash, "user.deactivated", () -> users.deactivate(admin, username));
	}

	@PostMapping("/admin/users/{username}/activate")
	String activate(@AuthenticationPrincipal CurrentUser admin, @PathVariable String username, Model model,
			Locale locale, RedirectAttributes flash) {
		return act(admin, username, model, locale, flash, "user.activated", () -> users.activate(admin, username));
	}

	@PostMapping("/admin/users/{username}/unlock")
	String unlock(@AuthenticationPrincipal CurrentUser admin, @PathVariable String username, Model model,
			Locale locale, RedirectAttributes flash) {
		return act(admin, username, model, locale, flash, "user.unlocked", () -> users.unlock(admin, username));
	}

	private String act(CurrentUser admin, String username, Model model, Locale locale, RedirectAttributes flash,
			String success, Runnable action) {
		UserView user = users.get(admin, username);
		try {
			action.run();
			flash.addFlashAttribute("message", success);
			return "redirect:/admin/users/" + user.username() + "/edit";
		}
		catch (OrganisationException ex) {
			model.addAttribute("form", UserForm.of(user));
			model.addAttribute("actionError",
					messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale));
			return showForm(admin, model, user);
		}
	}

	private String showForm(CurrentUser admin, Model model, UserView user) {
		model.addAttribute("user", user);
		model.addAttribute("unitChoices", units.activeUnitsIn(admin));
		return "organisation/user-form";
	}

}
