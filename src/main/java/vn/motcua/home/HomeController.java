package vn.motcua.home;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.motcua.dossier.DossierSearch;
import vn.motcua.dossier.OnlineDossiers;
import vn.motcua.organisation.CurrentUser;
import vn.motcua.organisation.OrganisationUnits;
import vn.motcua.organisation.Role;

/** The home page: the user's unit, what each of their roles does, and the units they reach. */
@Controller
class HomeController {

	private final OrganisationUnits units;

	private final DossierSearch dossiers;

	private final OnlineDossiers online;

	HomeController(OrganisationUnits units, DossierSearch dossiers, OnlineDossiers online) {
		this.units = units;
		this.dossiers = dossiers;
		this.online = online;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("unit", units.find(user.unitCode()).orElseThrow());
		model.addAttribute("roles", user.roles().stream().sorted().toList());
		model.addAttribute("reachable", units.scopeOf(user).size());
		model.addAttribute("tree", user.reachesSubordinateUnits() ? units.treeFor(user) : java.util.List.of());
		model.addAttribute("isAdmin", user.has(Role.ADMIN));
		// the worklist is the first thing a clerk, specialist or leader needs after login
		model.addAttribute("work", dossiers.counts(units.scopeOf(user), user.username()));
		// submissions from the public-service portal waiting for the clerk's reception check
		model.addAttribute("onlineWaiting", user.has(Role.RECEPTION_CLERK) ? online.countWaiting(user) : 0L);
		return "home/index";
	}

}
