package vn.motcua.citizen;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.PublicStatus;
import vn.motcua.organisation.CurrentUser;

/**
 * Tra cứu hồ sơ: the receipt's QR code opens {@code /tra-cuu?ma=<code>}; the citizen adds the last four digits of
 * the phone or ID number written on the dossier. Nothing is shown for a code alone, and an unknown code looks exactly
 * like a wrong check.
 *
 * <p>The citizen's pages keep nothing on the server (no session: see SecurityConfiguration's citizen chain): the
 * rating form carries the code and check digits the citizen just gave, and the rating is accepted only after they are
 * verified again, under the same wrong-try limits as a lookup.
 */
@Controller
class CitizenController {

	/** Dossier codes are letters, digits, dots and dashes (DOMAIN.md §7, and imported historical codes). */
	private static final java.util.regex.Pattern PLAUSIBLE_CODE = java.util.regex.Pattern.compile("[A-Za-z0-9._-]{1,64}");

	private static final java.util.regex.Pattern CHECK = java.util.regex.Pattern.compile("\\d{4}");

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
			HttpServletResponse response, Model model) {
		model.addAttribute("code", code.trim());
		if (code.isBlank() || check.isBlank()) {
			model.addAttribute("error", "citizen.lookup.missing");
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return "citizen/lookup";
		}
		Verified verified = verify(code, check, request.getRemoteAddr());
		if (verified.status() == null) {
			model.addAttribute("error", verified.error());
			response.setStatus(verified.httpStatus());
			return "citizen/lookup";
		}
		return show(verified.status(), check.trim(), model);
	}

	@PostMapping("/tra-cuu/danh-gia")
	String rate(@RequestParam(name = "ma", defaultValue = "") String code,
			@RequestParam(name = "kiemTra", defaultValue = "") String check,
			@RequestParam(name = "mucDo", required = false) RatingLevel level,
			@RequestParam(name = "gopY", required = false) String comment, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		model.addAttribute("code", code.trim());
		if (code.isBlank() || check.isBlank()) {
			// a rating posted without the lookup's form: nothing to verify, and nothing guessed either
			model.addAttribute("error", "citizen.lookup.again");
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			return "citizen/lookup";
		}
		// verified again, as a lookup: otherwise this form would be a way round the wrong-try limits
		Verified verified = verify(code, check, request.getRemoteAddr());
		if (verified.status() == null) {
			model.addAttribute("error", verified.httpStatus() == 429 ? verified.error() : "citizen.lookup.again");
			response.setStatus(verified.httpStatus() == 429 ? 429 : HttpServletResponse.SC_FORBIDDEN);
			return "citizen/lookup";
		}
		try {
			ratings.rate(verified.status(), level, comment);
			model.addAttribute("thanks", true);
		}
		catch (CitizenException ex) {
			model.addAttribute("ratingError", ex.messageKey());
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		return show(verified.status(), check.trim(), model);
	}

	/** The dossier for this code and check, or why not (an unknown code and a wrong check give the same answer). */
	private Verified verify(String code, String check, String client) {
		if (!PLAUSIBLE_CODE.matcher(code.trim()).matches() || !CHECK.matcher(check.trim()).matches()) {
			// cannot be a dossier: a wrong try for this address, without a bucket for a nonsense code
			if (limiter.blocked(client, "")) {
				return Verified.refused("citizen.lookup.tooManyTries", 429);
			}
			limiter.wrongTry(client, "");
			return Verified.refused("citizen.lookup.notFound", HttpServletResponse.SC_NOT_FOUND);
		}
		if (limiter.blocked(client, code)) {
			return Verified.refused("citizen.lookup.tooManyTries", 429);
		}
		Optional<PublicStatus> status = dossiers.publicStatus(code, check);
		if (status.isEmpty()) {
			limiter.wrongTry(client, code);
			return Verified.refused("citizen.lookup.notFound", HttpServletResponse.SC_NOT_FOUND);
		}
		return new Verified(status.get(), null, HttpServletResponse.SC_OK);
	}

	private record Verified(PublicStatus status, String error, int httpStatus) {

		static Verified refused(String error, int httpStatus) {
			return new Verified(null, error, httpStatus);
		}

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

	private String show(PublicStatus status, String check, Model model) {
		model.addAttribute("status", status);
		if (status.status() == DossierStatus.RETURNED) {
			// only a returned dossier can have, or be given, a rating
			model.addAttribute("rating", ratings.ratingOf(status.code()).orElse(null));
			model.addAttribute("levels", RatingLevel.values());
			model.addAttribute("check", check);
		}
		return "citizen/status";
	}

}
