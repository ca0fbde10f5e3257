package vn.motcua.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
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

import vn.motcua.organisation.CurrentUser;
import vn.motcua.organisation.OrganisationUnits;
import vn.motcua.organisation.Role;
import vn.motcua.organisation.UserAccounts;
import vn.motcua.procedure.ProcedureView;
import vn.motcua.procedure.Procedures;
import vn.motcua.web.MotCuaTime;

/** The desk's pages: receive (with htmx parts for the picker, the checklist and the live appointment), a dossier. */
@Controller
class DossierController {

	private final Dossiers dossiers;

	private final DossierSearch search;

	private final Procedures procedures;

	private final OrganisationUnits units;

	private final UserAccounts users;

	private final MessageSource messages;

	private final DossierTransfers transfers;

	DossierController(Dossiers dossiers, DossierSearch search, Procedures procedures, OrganisationUnits units,
			UserAccounts users, MessageSource messages, DossierTransfers transfers) {
		this.transfers = transfers;
		this.dossiers = dossiers;
		this.search = search;
		this.procedures = procedures;
		this.units = units;
		this.users = users;
		this.messages = messages;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("feeStatuses", FeePayment.Status.values());
		model.addAttribute("feeMethods", FeePayment.Method.values());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("applicantKinds", Applicant.Kind.values());
	}

	// --- reception ---

	@GetMapping("/dossiers/new")
	@PreAuthorize("hasRole('RECEPTION_CLERK')")
	String receiveForm(Model model) {
		model.addAttribute("form", ReceiveForm.empty());
		return "dossier/receive";
	}

	/** The picker: procedures matching a code or words, with or without diacritics (htmx part). */
	@GetMapping("/dossiers/new/procedures")
	@PreAuthorize("hasRole('RECEPTION_CLERK')")
	String pickProcedure(@RequestParam(defaultValue = "") String q, Model model) {
		model.addAttribute("matches", q.isBlank() ? List.of()
				: procedures.search(q, null, null, false).stream().limit(12).toList());
		model.addAttribute("q", q);
		return "dossier/receive :: matches";
	}

	/** The chosen procedure: its checklist, fees and the appointment it would get now (htmx part). */
	@GetMapping("/dossiers/new/procedure")
	@PreAuthorize("hasRole('RECEPTION_CLERK')")
	String procedurePanel(@AuthenticationPrincipal CurrentUser clerk, @RequestParam(defaultValue = "") String procedureCode,
			@RequestParam(defaultValue = "DIRECT") Channel channel, Model model) {
		Optional<ProcedureView> procedure = procedures.find(procedureCode).filter(ProcedureView::active);
		model.addAttribute("procedure", procedure.orElse(null));
		model.addAttribute("appointment", procedure.isEmpty() ? null
				: dossiers.previewAppointment(clerk, procedureCode, channel).orElse(null));
		model.addAttribute("received", List.of());
		return "dossier/receive :: procedure";
	}

	/** A returning applicant: the data they gave last time, by ID number (htmx part). */
	@GetMapping("/dossiers/new/applicant")
	@PreAuthorize("hasRole('RECEPTION_CLERK')")
	String recall(@AuthenticationPrincipal CurrentUser clerk, @RequestParam(defaultValue = "") String idNumber,
			Model model, jakarta.servlet.http.HttpServletResponse response) {
		Optional<ReceiveForm> known = search.recallApplicant(units.scopeOf(clerk), idNumber);
		if (known.isEmpty()) {
			// a new applicant: leave the fields (and what the clerk is typing into them) alone
			response.setHeader("HX-Reswap", "none");
		}
		model.addAttribute("form", known.orElse(new ReceiveForm("", Channel.DIRECT, Applicant.Kind.PERSON, "",
				idNumber, "", "", "", "", "", "", List.of())));
		return "dossier/receive :: recall";
	}

	@PostMapping("/dossiers")
	@PreAuthorize("hasRole('RECEPTION_CLERK')")
	String receive(@AuthenticationPrincipal CurrentUser clerk, @Valid @ModelAttribute("form") ReceiveForm form,
			BindingResult errors, @RequestParam(defaultValue = "receive") String decision,
			@RequestParam(required = false) String refusalReasons, Model model, RedirectAttributes flash) {
		if (errors.hasErrors()) {
			return showReceive(clerk, form, model);
		}
		try {
			if ("refuse".equals(decision)) {
				DossierView refused = dossiers.refuseAtDesk(clerk, form, refusalReasons);
				flash.addFlashAttribute("message", "dossier.refused");
				flash.addFlashAttribute("refusalForm", "/dossiers/refusals/" + refused.id() + ".pdf");
				return "redirect:/dossiers/new";
			}
			DossierView dossier = dossiers.receive(clerk, form);
			// "?moi" makes the dossier page say "received" (no flash attribute: it would cost two session writes)
			return "redirect:/dossiers/" + dossier.code() + "?moi";
		}
		catch (DossierException ex) {
			reject(errors, ex);
			return showReceive(clerk, form, model);
		}
	}

	private String showReceive(CurrentUser clerk, ReceiveForm form, Model model) {
		Optional<ProcedureView> procedure = procedures.find(form.procedureCode()).filter(ProcedureView::active);
		model.addAttribute("procedure", procedure.orElse(null));
		model.addAttribute("appointment", procedure.isEmpty() || form.channel() == null ? null
				: dossiers.previewAppointment(clerk, form.procedureCode(), form.channel()).orElse(null));
		model.addAttribute("received", form.received() == null ? List.of() : form.received());
		return "dossier/receive";
	}

	private static void reject(BindingResult errors, DossierException ex) {
		if (ex.field() != null && org.springframework.beans.BeanUtils.getPropertyDescriptor(ReceiveForm.class,
				ex.field()) != null) {
			errors.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), ex.messageKey());
		}
		else {
			errors.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
		}
	}

	// --- one dossier ---

	@GetMapping("/dossiers/{code}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable String code,
			@RequestParam(required = false) String moi, Model model) {
		DossierView dossier = dossiers.get(user, code);
		model.addAttribute("dossier", dossier);
		if (moi != null && !model.containsAttribute("message")) {
			model.addAttribute("message", "dossier.received");
		}
		// một cửa liên thông: the route, the unit holding the dossier (whose specialists may get it) and its actions
		RouteView route = transfers.route(user, code);
		model.addAttribute("route", route);
		model.addAttribute("specialists", users.activeMembers(route.holderUnitId(), Role.SPECIALIST));
		model.addAttribute("can", DossierActions.allowed(user, dossier, route.reach()));
		model.addAttribute("attachments", dossiers.attachments(user, code));
		return "dossier/detail";
	}

	@PostMapping("/dossiers/{code}/attachments")
	String attach(@AuthenticationPrincipal CurrentUser user, @PathVariable String code,
			@RequestParam(name = "file", required = false) org.springframework.web.multipart.MultipartFile file,
			Model model, Locale locale, RedirectAttributes flash) throws java.io.IOException {
		try {
			dossiers.attach(user, code, file == null ? null : file.getOriginalFilename(),
					file == null ? null : file.getBytes());
			flash.addFlashAttribute("message", "dossier.attachment.added");
			return "redirect:/dossiers/" + code.trim().toUpperCase(Locale.ROOT) + "#attachments";
		}
		catch (DossierException ex) {
			model.addAttribute("actionError", messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale));
			show(user, code, null, model);
			return "dossier/detail";
		}
	}

	@GetMapping("/dossiers/{code}/attachments/{id}")
	org.springframework.http.ResponseEntity<byte[]> download(@AuthenticationPrincipal CurrentUser user,
			@PathVariable String code, @PathVariable Long id) {
		Dossiers.Download file = dossiers.download(user, code, id);
		return org.springframework.http.ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.parseMediaType(file.contentType()))
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
					org.springframework.http.ContentDisposition.attachment()
						.filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

	@PostMapping("/dossiers/{code}/{action}")
	String act(@AuthenticationPrincipal CurrentUser user, @PathVariable String code, @PathVariable String action,
			@RequestParam(defaultValue = "-1") long version, @RequestParam(required = false) String note,
			@RequestParam(required = false) String specialist, @RequestParam(required = false) String items,
			@RequestParam(required = false) String reason,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate newDueDate,
			@RequestParam(defaultValue = "false") boolean online, Model model, Locale locale,
			RedirectAttributes flash) {
		try {
			switch (action) {
				case "assign" -> dossiers.assign(user, code, version, specialist, note);
				case "request-supplement" -> dossiers.requestSupplement(user, code, version, items, reason);
				case "supplement-received" -> dossiers.supplementReceived(user, code, version, online);
				case "submit" -> dossiers.submitForApproval(user, code, version, note);
				case "approve" -> dossiers.approve(user, code, version, note);
				case "send-back" -> dossiers.sendBack(user, code, version, note);
				case "reject" -> dossiers.rejectAfterReview(user, code, version, reason);
				case "result-ready" -> dossiers.resultReady(user, code, version, note);
				case "return" -> dossiers.returnResult(user, code, version, note);
				case "apologise" -> dossiers.apologise(user, code, version, reason, endOfOfficeDay(newDueDate));
				case "withdraw" -> dossiers.withdraw(user, code, version, reason, false);
				case "suspend" -> dossiers.withdraw(user, code, version, reason, true);
				case "transfer" -> transfers.transfer(user, code, version, note);
				case "accept-transfer" -> transfers.accept(user, code, version, specialist, note);
				default -> throw new org.springframework.web.server.ResponseStatusException(
						org.springframework.http.HttpStatus.NOT_FOUND);
			}
			flash.addFlashAttribute("message", "dossier.done");
			return "redirect:/dossiers/" + code.trim().toUpperCase(Locale.ROOT);
		}
		catch (DossierException ex) {
			model.addAttribute("actionError",
					messages.getMessage(ex.messageKey(), translated(ex.arguments(), locale), ex.messageKey(), locale));
			show(user, code, null, model);
			return "dossier/detail";
		}
	}

	/** A new appointment promised by an apology: the end of that day's office hours (17:00). */
	private static Instant endOfOfficeDay(LocalDate day) {
		return day == null ? null : day.atTime(LocalTime.of(17, 0)).atZone(MotCuaTime.ZONE).toInstant();
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

	// --- lists ---

	@GetMapping("/dossiers")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) DossierSearch.Queue queue,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(defaultValue = "0") int page, Model model) {
		DossierSearch.Queue shown = queue != null ? queue : defaultQueue(user);
		model.addAttribute("queue", shown);
		model.addAttribute("queues", DossierSearch.Queue.values());
		model.addAttribute("q", q);
		model.addAttribute("sort", sort);
		model.addAttribute("result", search.search(units.scopeOf(user), user.username(), shown, q, sort, page));
		return "dossier/list";
	}

	static DossierSearch.Queue defaultQueue(CurrentUser user) {
		if (user.has(Role.SPECIALIST)) {
			return DossierSearch.Queue.MINE;
		}
		if (user.has(Role.LEADER)) {
			return DossierSearch.Queue.TO_APPROVE;
		}
		if (user.has(Role.RECEPTION_CLERK)) {
			return DossierSearch.Queue.TO_RETURN;
		}
		return DossierSearch.Queue.OPEN;
	}


}
