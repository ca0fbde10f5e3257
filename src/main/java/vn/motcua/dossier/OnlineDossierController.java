package vn.motcua.dossier;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.organisation.CurrentUser;
import vn.motcua.organisation.Role;
import vn.motcua.procedure.DocumentView;
import vn.motcua.procedure.ProcedureView;
import vn.motcua.procedure.Procedures;

/**
 * The clerk's side of online dossiers: the list of submissions waiting for the reception check, and one submission
 * with the three decisions of the desk (receive with the procedure's checklist and fee, as at the counter; ask for it
 * to be completed, Mẫu 02; refuse, Mẫu 03).
 */
@Controller
class OnlineDossierController {

	private final OnlineDossiers online;

	private final Dossiers dossiers;

	private final Procedures procedures;

	private final MessageSource messages;

	OnlineDossierController(OnlineDossiers online, Dossiers dossiers, Procedures procedures, MessageSource messages) {
		this.online = online;
		this.dossiers = dossiers;
		this.procedures = procedures;
		this.messages = messages;
	}

	/** What the check page posts; bound leniently so that bad input is shown on the page, never a 500. */
	record DecisionForm(Long version, List<Integer> received, FeePayment.Status feeStatus, Long feeAmount,
			String feeReceiptNumber, FeePayment.Method feeMethod, String note, String items, String reason) {
	}

	@GetMapping("/dossiers/online")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("waiting", online.waiting(user, 200));
		return "dossier/online-list";
	}

	@GetMapping("/dossiers/online/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
		OnlineDossierView submission = online.get(user, id);
		if (submission.dossier().code() != null) {
			// received: from now on it is an ordinary dossier
			return "redirect:/dossiers/" + submission.dossier().code();
		}
		return page(user, submission, null, model);
	}

	@PostMapping("/dossiers/online/{id}/{decision}")
	String decide(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable String decision,
			@ModelAttribute("decisionForm") DecisionForm form, BindingResult binding, Model model, Locale locale,
			RedirectAttributes flash) {
		if (!Set.of("accept", "guide", "refuse").contains(decision)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		OnlineDossierView submission = online.get(user, id);
		if (!user.has(Role.RECEPTION_CLERK)) {
			throw new org.springframework.security.access.AccessDeniedException("decision by " + user.username());
		}
		if (binding.hasErrors() || form.version() == null) {
			model.addAttribute("actionError",
					messages.getMessage("online.error.form", null, "online.error.form", locale));
			return page(user, submission, form, model);
		}
		try {
			switch (decision) {
				case "accept" -> {
					DossierView received = online.accept(user, id, form.version(),
							new OnlineDossiers.Acceptance(form.received(), form.feeStatus(), form.feeAmount(),
									form.feeReceiptNumber(), form.feeMethod(), form.note()));
					return "redirect:/dossiers/" + received.code() + "?moi";
				}
				case "guide" -> {
					online.guide(user, id, form.version(), form.items(), form.reason());
					flash.addFlashAttribute("message", "online.guided");
				}
				default -> {
					online.refuse(user, id, form.version(), form.reason());
					flash.addFlashAttribute("message", "dossier.refused");
				}
			}
			return "redirect:/dossiers/online/" + id;
		}
		catch (DossierException ex) {
			model.addAttribute("actionError", messages.getMessage(ex.messageKey(), translated(ex.arguments(), locale),
					ex.messageKey(), locale));
			return page(user, online.get(user, id), form, model);
		}
	}

	@GetMapping("/dossiers/online/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@PathVariable Long attachmentId) {
		Dossiers.Download file = online.download(user, id, attachmentId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

	private String page(CurrentUser user, OnlineDossierView submission, DecisionForm form, Model model) {
		DossierView dossier = submission.dossier();
		boolean decides = dossier.status() == DossierStatus.SUBMITTED_ONLINE && user.has(Role.RECEPTION_CLERK);
		Optional<ProcedureView> procedure = procedures.find(dossier.procedureCode()).filter(ProcedureView::active);
		model.addAttribute("online", submission);
		model.addAttribute("dossier", dossier);
		model.addAttribute("files", online.attachments(user, submission.dossier().id()));
		model.addAttribute("decides", decides);
		model.addAttribute("procedure", procedure.orElse(null));
		model.addAttribute("appointment", decides && procedure.isPresent()
				? dossiers.previewAppointment(user, dossier.procedureCode(), Channel.ONLINE).orElse(null) : null);
		model.addAttribute("received", form != null && form.received() != null ? form.received()
				: procedure.map(p -> alreadySent(p, dossier)).orElse(List.of()));
		model.addAttribute("form", form);
		model.addAttribute("feeStatuses", FeePayment.Status.values());
		model.addAttribute("feeMethods", FeePayment.Method.values());
		return "dossier/online";
	}

	/**
	 * The procedure's documents the applicant says they sent (same name, ignoring case, spacing and diacritics),
	 * ticked in advance; the clerk checks the files and corrects.
	 */
	static List<Integer> alreadySent(ProcedureView procedure, DossierView dossier) {
		Set<String> sent = dossier.documents()
			.stream()
			.map(d -> plain(d.name()))
			.collect(Collectors.toSet());
		List<Integer> positions = new ArrayList<>();
		for (DocumentView document : procedure.documents()) {
			if (sent.contains(plain(document.name()))) {
				positions.add(document.position());
			}
		}
		return positions;
	}

	private static String plain(String text) {
		String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replace('đ', 'd')
			.replace('Đ', 'D');
		return decomposed.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
	}

	/** Status names in a message read as the Vietnamese words of the status list. */
	private Object[] translated(Object[] arguments, Locale locale) {
		Object[] out = arguments.clone();
		for (int i = 0; i < out.length; i++) {
			if (out[i] instanceof DossierStatus status) {
				out[i] = messages.getMessage("dossier.status." + status.name(), null, status.name(), locale);
			}
		}
		return out;
	}

}
