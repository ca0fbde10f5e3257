package vn.motcua.citizen;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.PublicStatus;
import vn.motcua.organisation.CurrentUser;

/**
 * Tra cứu hồ sơ: the receipt's QR code opens {@code /tra-cuu?ma=<code>}; the citizen adds the last four digits of
 * the phone or ID number written on the dossier. Nothing is shown for a code alone, and an unknown code looks exactly
 * like a wrong check.
 */
@Controller
class CitizenController {

	static final String VERIFIED = "motcua.citizen.verified";

	/** Dossier codes are letters, digits, dots and dashes (DOMAIN.md §7, and imported historical codes). */
	private static final java.util.regex.Pattern PLAUSIBLE_CODE = java.util.regex.Pattern.compile("[A-Za-z0-9._-]{1,64}");

	private final Dossiers dossiers;

	private final CitizenRatings ratings;

	private final LookupLimiter limiter;

	CitizenController(Dossiers dossiers, CitizenRatings ratings, LookupLimiter limiter) {
		this.dossiers = dossiers;
		this.ratings = ratings;
		this.limiter = limiter;
	}

	@GetMapping("/tra-cuu")
	String form(@RequestParam(name = "ma", required = false) String code, Model model) {
		model.addAttribute("code", code == null ? "" : code.trim());
		return "citizen/lookup";
	}

	@PostMapping("/tra-cuu")
	String lookup(@RequestParam(name = "ma", defaultValue = "") String code,
			@RequestParam(name = "kiemTra", defaultValue = "") String check, HttpServletRequest request,
			HttpServletResponse response, HttpSession session, Model model) {
		model.addAttribute("code", code.trim());
		String client = request.getRemoteAddr();
		if (code.isBlank() || check.isBlank()) {
			model.addAttribute("error", "citizen.lookup.missing");
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return "citizen/lookup";
		}
		if (!PLAUSIBLE_CODE.matcher(code.trim()).matches() || !check.trim().matches("\\d{4}")) {
			// cannot be a dossier: a wrong try for this address, without a bucket for a nonsense code
			if (limiter.blocked(client, "")) {
				model.addAttribute("error", "citizen.lookup.tooManyTries");
				response.setStatus(429);
				return "citizen/lookup";
			}
			limiter.wrongTry(client, "");
			model.addAttribute("error", "citizen.lookup.notFound");
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			return "citizen/lookup";
		}
		if (limiter.blocked(client, code)) {
			model.addAttribute("error", "citizen.lookup.tooManyTries");
			response.setStatus(429);
			return "citizen/lookup";
		}
		Optional<PublicStatus> status = dossiers.publicStatus(code, check);
		if (status.isEmpty()) {
			limiter.wrongTry(client, code);
			model.addAttribute("error", "citizen.lookup.notFound");
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			return "citizen/lookup";
		}
		Map<String, String> verified = verified(session);
		verified.put(status.get().code(), check.trim());
		// set again: sessions live in PostgreSQL and only attributes set are written back
		session.setAttribute(VERIFIED, verified);
		return show(status.get(), model);
	}

	@PostMapping("/tra-cuu/danh-gia")
	String rate(@RequestParam(name = "ma", defaultValue = "") String code,
			@RequestParam(name = "mucDo", required = false) RatingLevel level,
			@RequestParam(name = "gopY", required = false) String comment, HttpSession session,
			HttpServletResponse response, Model model) {
		String check = verified(session).get(code.trim().toUpperCase(Locale.ROOT));
		Optional<PublicStatus> status = check == null ? Optional.empty() : dossiers.publicStatus(code, check);
		if (status.isEmpty()) {
			// the session expired, or someone posts a code they never looked up
			model.addAttribute("code", code);
			model.addAttribute("error", "citizen.lookup.again");
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			return "citizen/lookup";
		}
		try {
			ratings.rate(status.get(), level, comment);
			model.addAttribute("thanks", true);
		}
		catch (CitizenException ex) {
			model.addAttribute("ratingError", ex.messageKey());
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		return show(status.get(), model);
	}

	/**
	 * At the counter: the clerk records the citizen's rating on a tablet or on the citizen's behalf. Only a reception
	 * clerk: the specialist or leader whose work is rated must not be able to record it.
	 */
	@PostMapping("/dossiers/{code}/danh-gia")
	@PreAuthorize("hasRole('RECEPTION_CLERK')")
	String rateAtCounter(@AuthenticationPrincipal CurrentUser clerk, @PathVariable String code,
			@RequestParam(name = "mucDo", required = false) RatingLevel level,
			@RequestParam(name = "gopY", required = false) String comment, RedirectAttributes flash) {
		try {
			ratings.rateAtCounter(clerk, code, level, comment);
			flash.addFlashAttribute("message", "citizen.rating.thanks");
		}
		catch (CitizenException ex) {
			flash.addFlashAttribute("message", ex.messageKey());
		}
		return "redirect:/dossiers/" + code.trim().toUpperCase(Locale.ROOT);
	}

	private String show(PublicStatus status, Model model) {
		model.addAttribute("status", status);
		model.addAttribute("rating", ratings.ratingOf(status.code()).orElse(null));
		model.addAttribute("levels", RatingLevel.values());
		return "citizen/status";
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> verified(HttpSession session) {
		Object value = session.getAttribute(VERIFIED);
		if (value instanceof HashMap<?, ?> map) {
			return (Map<String, String>) map;
		}
		HashMap<String, String> map = new HashMap<>();
		session.setAttribute(VERIFIED, map);
		return map;
	}

}
