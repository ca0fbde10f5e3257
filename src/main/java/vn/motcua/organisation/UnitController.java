package vn.motcua.organisation;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.motcua.audit.AuditLog;

/** A unit's page, for anyone whose scope reaches it; everyone else gets the 403 page. */
@Controller
class UnitController {

	private final OrganisationUnits units;

	private final UserAccounts users;

	private final AuditLog audit;

	UnitController(OrganisationUnits units, UserAccounts users, AuditLog audit) {
		this.units = units;
		this.users = users;
		this.audit = audit;
	}

	@GetMapping("/units/{code}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable String code, Model model) {
		UnitView unit = units.requireAccessible(user, code);
		model.addAttribute("unit", unit);
		model.addAttribute("parent", unit.parentCode() == null ? null : units.find(unit.parentCode()).orElse(null));
		model.addAttribute("children", units.childrenOf(unit.code())
			.stream()
			.filter(child -> units.canAccess(user, child.id()))
			.toList());
		if (user.has(Role.ADMIN)) {
			model.addAttribute("members", users.visibleTo(user)
				.stream()
				.filter(member -> member.unitCode().equals(unit.code()))
				.toList());
			model.addAttribute("history", audit.history("OrganisationUnit", unit.code()));
		}
		return "organisation/unit";
	}

}
