package vn.motcua.dossier;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.motcua.dossier.forms.ApologyData;
import vn.motcua.dossier.forms.ControlSheetData;
import vn.motcua.dossier.forms.DossierForms;
import vn.motcua.dossier.forms.FormHeader;
import vn.motcua.dossier.forms.FormSet;
import vn.motcua.dossier.forms.ReceiptData;
import vn.motcua.dossier.forms.RefusalData;
import vn.motcua.dossier.forms.StopNoticeData;
import vn.motcua.dossier.forms.SupplementRequestData;
import vn.motcua.organisation.CurrentUser;
import vn.motcua.organisation.OrganisationUnits;
import vn.motcua.organisation.UnitView;
import vn.motcua.web.MotCuaTime;
import vn.motcua.web.VnFormat;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The official forms of a dossier as PDF (TT 01/2018/TT-VPCP or TT 03/2025/TT-VPCP, by the reception date), served
 * only to users who may see the dossier.
 */
@Controller
class DossierFormsController {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final Dossiers dossiers;

	private final OnlineDossiers online;

	private final DossierForms forms;

	private final OrganisationUnits units;

	private final VnFormat fmt;

	private final String publicBaseUrl;

	private final DossierTransfers transfers;

	DossierFormsController(Dossiers dossiers, OnlineDossiers online, DossierForms forms, OrganisationUnits units,
			VnFormat fmt, @Value("${motcua.public-base-url:}") String publicBaseUrl, DossierTransfers transfers) {
		this.transfers = transfers;
		this.dossiers = dossiers;
		this.online = online;
		this.forms = forms;
		this.units = units;
		this.fmt = fmt;
		this.publicBaseUrl = publicBaseUrl;
	}

	@GetMapping("/dossiers/{code}/forms/receipt.pdf")
	ResponseEntity<byte[]> receipt(@AuthenticationPrincipal CurrentUser user, @PathVariable String code) {
		DossierView d = dossiers.get(user, code);
		if (d.code() == null) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		List<ReceiptData.SubmittedDocument> documents = d.documents()
			.stream()
			.filter(DocumentCheckView::received)
			.map(doc -> new ReceiptData.SubmittedDocument(doc.name(), documentForm(doc.form()), doc.copies()))
			.toList();
		// the clerk who received it (an online dossier's history starts with the portal's submission)
		TransitionView reception = last(d, "receive");
		String clerk = reception == null ? user.fullName() : reception.actor();
		ReceiptData data = new ReceiptData(header(d.receivingUnitCode(), d.receivedAt(), d.formSet()), d.code(), null,
				applicant(d), d.procedureName(), documents, 1, processingTimeText(d), local(d.receivedAt()),
				local(d.dueAt()), unitName(d.receivingUnitCode()), feeText(d), lookupUrl(d.code()),
				clerk.equals(user.username()) ? user.fullName() : clerk, FormSet.valueOf(d.formSet()),
				interlinked(transfers.route(user, code)));
		return pdf(forms.receipt(data), "giay-tiep-nhan-" + d.code());
	}

	@GetMapping("/dossiers/{code}/forms/supplement.pdf")
	ResponseEntity<byte[]> supplement(@AuthenticationPrincipal CurrentUser user, @PathVariable String code) {
		DossierView d = dossiers.get(user, code);
		SupplementView last = d.supplements().isEmpty() ? null : d.supplements().get(d.supplements().size() - 1);
		if (last == null) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		List<String> items = Arrays.stream(last.items().split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList();
		SupplementRequestData data = new SupplementRequestData(header(d.receivingUnitCode(), last.requestedAt(),
				d.formSet()), d.code(), applicant(d), d.procedureName(), items, last.reason(),
				unitName(d.receivingUnitCode()), actorOf(d, "requestSupplement"), FormSet.valueOf(d.formSet()));
		return pdf(forms.supplementRequest(data), "phieu-bo-sung-" + d.code());
	}

	@GetMapping("/dossiers/{code}/forms/apology.pdf")
	ResponseEntity<byte[]> apology(@AuthenticationPrincipal CurrentUser user, @PathVariable String code) {
		DossierView d = dossiers.get(user, code);
		TransitionView apology = last(d, "apologise");
		if (apology == null || d.revisedDueAt() == null) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		ApologyData data = new ApologyData(header(d.receivingUnitCode(), apology.occurredAt(), d.formSet()), d.code(),
				applicant(d), d.procedureName(), local(d.receivedAt()), local(d.dueAt()), apology.note(),
				local(d.revisedDueAt()), apology.actor(), "Lãnh đạo " + unitName(d.receivingUnitCode()),
				FormSet.valueOf(d.formSet()));
		return pdf(forms.apology(data), "van-ban-xin-loi-" + d.code());
	}

	@GetMapping("/dossiers/{code}/forms/stop.pdf")
	ResponseEntity<byte[]> stop(@AuthenticationPrincipal CurrentUser user, @PathVariable String code) {
		DossierView d = dossiers.get(user, code);
		TransitionView stop = last(d, "suspend");
		if (stop == null || !"TT03_2025".equals(d.formSet())) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		StopNoticeData data = new StopNoticeData(header(d.receivingUnitCode(), stop.occurredAt(), d.formSet()),
				d.code(), applicant(d), d.procedureName(), local(d.receivedAt()), stop.note(), stop.actor(),
				"Lãnh đạo " + unitName(d.receivingUnitCode()), FormSet.TT03_2025);
		return pdf(forms.stopNotice(data), "thong-bao-dung-" + d.code());
	}

	/** Mẫu 05 / 06: one row per handover, each step with its verdict against the appointment when it ends one. */
	@GetMapping("/dossiers/{code}/forms/control-sheet.pdf")
	ResponseEntity<byte[]> controlSheet(@AuthenticationPrincipal CurrentUser user, @PathVariable String code) {
		DossierView d = dossiers.get(user, code);
		List<SegmentView> segments = transfers.route(user, code).segments();
		List<ControlSheetData.Handover> rows = new ArrayList<>();
		List<TransitionView> history = d.history();
		int handedOver = 0;
		for (int i = 1; i < history.size(); i++) {
			TransitionView before = history.get(i - 1);
			TransitionView step = history.get(i);
			String verdict = null;
			if ("resultReady".equals(step.action()) || "rejectAfterReview".equals(step.action())) {
				verdict = verdictText(Verdict.of(step.occurredAt(), d.dueAt()));
			}
			if ("acceptTransfer".equals(step.action()) && handedOver < segments.size()) {
				// the hand-over from one unit to the next: the giving unit's verdict against its own deadline
				SegmentView given = segments.get(handedOver);
				verdict = given.verdict() == null ? null : verdictText(given.verdict()) + " (" + given.unitName() + ")";
			}
			if ("acceptTransfer".equals(step.action())) {
				handedOver++;
			}
			rows.add(new ControlSheetData.Handover(nonNull(before.actorUnit()), before.actor(),
					nonNull(step.actorUnit()), step.actor(), local(step.occurredAt()), verdict, step.note()));
		}
		ControlSheetData data;
		if (segments.isEmpty()) {
			data = new ControlSheetData(header(d.receivingUnitCode(), d.receivedAt(), d.formSet()), d.code(),
					d.applicantName(), local(d.receivedAt()), local(d.dueAt()), unitName(d.receivingUnitCode()),
					List.of(), rows, FormSet.valueOf(d.formSet()));
		}
		else {
			// một cửa liên thông: the deciding unit resolves, the others cooperate; each unit's part is listed
			String resolving = segments.stream().filter(SegmentView::decides).map(SegmentView::unitName)
				.findFirst().orElse(unitName(d.receivingUnitCode()));
			List<String> cooperating = segments.stream().map(SegmentView::unitName)
				.filter(name -> !name.equals(resolving)).distinct().toList();
			List<ControlSheetData.Segment> parts = segments.stream()
				.map(s -> new ControlSheetData.Segment(s.position(), s.unitName(), s.task(), shareText(s),
						local(s.startedAt()), local(s.dueAt()), local(s.completedAt()),
						s.verdict() == null ? null : verdictText(s.verdict())))
				.toList();
			data = new ControlSheetData(header(d.receivingUnitCode(), d.receivedAt(), d.formSet()), d.code(),
					d.applicantName(), local(d.receivedAt()), local(d.dueAt()), resolving, cooperating, rows,
					FormSet.valueOf(d.formSet()), parts,
					d.resolvedAt() == null ? null : verdictText(Verdict.of(d.resolvedAt(), d.dueAt())));
		}
		return pdf(forms.controlSheet(data), "phieu-kiem-soat-" + d.code());
	}

	/** Mẫu 02 for an online submission the clerk asked to complete instead of receiving it (no code: not received). */
	@GetMapping("/dossiers/online/{id}/guidance.pdf")
	ResponseEntity<byte[]> guidance(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		DossierView d = online.get(user, id).dossier();
		TransitionView guided = last(d, "guide");
		if (guided == null || d.supplements().isEmpty()) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		SupplementView request = d.supplements().get(d.supplements().size() - 1);
		List<String> items = Arrays.stream(request.items().split("\\R")).map(String::trim).filter(s -> !s.isEmpty())
			.toList();
		SupplementRequestData data = new SupplementRequestData(header(d.receivingUnitCode(), request.requestedAt(),
				d.formSet()), null, applicant(d), d.procedureName(), items, request.reason(),
				unitName(d.receivingUnitCode()), guided.actor(), FormSet.valueOf(d.formSet()));
		return pdf(forms.supplementRequest(data), "phieu-bo-sung-truc-tuyen-" + id);
	}

	/** Mẫu 03 for a dossier refused at the desk (it has no code: it was never received). */
	@GetMapping("/dossiers/refusals/{id}.pdf")
	ResponseEntity<byte[]> refusal(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		DossierView d = dossiers.refusal(user, id);
		TransitionView refusal = last(d, "refuseAtDesk");
		List<String> reasons = Arrays.stream(refusal.note().split("\\R")).map(String::trim).filter(s -> !s.isEmpty())
			.toList();
		RefusalData data = new RefusalData(header(d.receivingUnitCode(), refusal.occurredAt(), d.formSet()),
				applicant(d), d.procedureName(), reasons, refusal.actor(), FormSet.valueOf(d.formSet()));
		return pdf(forms.refusal(data), "phieu-tu-choi-" + id);
	}

	// --- data of the forms ---

	private FormHeader header(String unitCode, Instant at, String formSet) {
		String name = unitName(unitCode);
		String office = "TT03_2025".equals(formSet) ? "BỘ PHẬN MỘT CỬA" : "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ";
		return new FormHeader("UBND " + name.toUpperCase(VIETNAMESE), office, place(name),
				LocalDate.ofInstant(at, MotCuaTime.ZONE));
	}

	/** "Xã Bình Minh" → "Bình Minh", the place written before the date. */
	static String place(String unitName) {
		return unitName.replaceFirst("^(?iu)(xã|phường|thị trấn|đặc khu|tỉnh|thành phố|huyện|quận|thị xã)\\s+", "");
	}

	private String unitName(String code) {
		return units.find(code).map(UnitView::name).orElse(code);
	}

	private static vn.motcua.dossier.forms.Applicant applicant(DossierView d) {
		return new vn.motcua.dossier.forms.Applicant(d.applicantName(),
				d.applicantIdNumber() != null ? d.applicantIdNumber() : d.applicantTaxCode(), d.applicantAddress(),
				d.applicantPhone(), d.applicantEmail());
	}

	private String processingTimeText(DossierView d) {
		if (d.processingValue() == null) {
			return "";
		}
		BigDecimal value = d.processingValue();
		if (value.signum() == 0) {
			return "Trong ngày";
		}
		String number = value.stripTrailingZeros().scale() <= 0 ? String.format("%02d", value.intValue())
				: fmt.decimal(value);
		return number + " " + switch (d.processingUnit()) {
			case WORKING_DAY -> "ngày làm việc";
			case CALENDAR_DAY -> "ngày";
			case WORKING_HOUR -> "giờ làm việc";
		};
	}

	/** The receiving unit's part and the route, for the receipt of an interlinked dossier; null otherwise. */
	private ReceiptData.Interlinked interlinked(RouteView route) {
		if (!route.interlinked()) {
			return null;
		}
		SegmentView first = route.segments().get(0);
		String path = route.segments().stream().map(SegmentView::unitName).collect(java.util.stream.Collectors.joining(" → "));
		String deciding = route.segments().stream().filter(SegmentView::decides).map(SegmentView::unitName)
			.findFirst().orElse("");
		return new ReceiptData.Interlinked(first.unitName(), shareText(first), local(first.dueAt()), path, deciding);
	}

	/** "01 ngày làm việc", "0,5 ngày làm việc", "Trong ngày" for a share of 0 working days. */
	private String shareText(SegmentView segment) {
		BigDecimal value = segment.share();
		if (value.signum() == 0) {
			return "Trong ngày";
		}
		String number = value.stripTrailingZeros().scale() <= 0 ? String.format("%02d", value.intValue())
				: fmt.decimal(value);
		return number + " " + switch (segment.shareUnit()) {
			case WORKING_DAY -> "ngày làm việc";
			case CALENDAR_DAY -> "ngày";
			case WORKING_HOUR -> "giờ làm việc";
		};
	}

	private String feeText(DossierView d) {
		if (d.feeStatus() == null) {
			return null;
		}
		if (d.feeStatus() == FeePayment.Status.EXEMPT) {
			return "Miễn";
		}
		return fmt.number(d.feeAmountVnd()) + " đồng (" + (d.feeMethod() == FeePayment.Method.CASH ? "tiền mặt"
				: "chuyển khoản") + ", biên lai số " + d.feeReceiptNumber() + ")";
	}

	private String lookupUrl(String code) {
		String base = StringUtils.hasText(publicBaseUrl) ? publicBaseUrl.replaceAll("/+$", "")
				: ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		return base + "/tra-cuu?ma=" + code;
	}

	private static String verdictText(Verdict verdict) {
		return switch (verdict) {
			case EARLY -> "Trước hạn";
			case ON_TIME -> "Đúng hạn";
			case LATE -> "Quá hạn";
		};
	}

	private static String documentForm(String form) {
		return switch (form) {
			case "ORIGINAL" -> "Bản chính";
			case "CERTIFIED_COPY" -> "Bản sao có chứng thực";
			case "COPY" -> "Bản sao";
			case "ORIGINAL_OR_CERTIFIED_COPY" -> "Bản chính hoặc bản sao có chứng thực";
			case "COPY_WITH_ORIGINAL" -> "Bản sao kèm bản chính để đối chiếu";
			default -> form;
		};
	}

	private static TransitionView last(DossierView d, String action) {
		TransitionView found = null;
		for (TransitionView step : d.history()) {
			if (action.equals(step.action())) {
				found = step;
			}
		}
		return found;
	}

	private static String actorOf(DossierView d, String action) {
		TransitionView step = last(d, action);
		return step == null ? "" : step.actor();
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}

	private static LocalDateTime local(Instant instant) {
		return instant == null ? null : LocalDateTime.ofInstant(instant, MotCuaTime.ZONE);
	}

	private static ResponseEntity<byte[]> pdf(byte[] content, String name) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(name + ".pdf").build().toString())
			.body(content);
	}


}
