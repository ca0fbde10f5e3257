package vn.motcua.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

import vn.motcua.audit.AuditLog;
import vn.motcua.calendar.Appointment;
import vn.motcua.calendar.CalendarDays;
import vn.motcua.calendar.ProcessingTime;
import vn.motcua.calendar.SupplementPolicy;
import vn.motcua.organisation.CurrentUser;
import vn.motcua.organisation.OrganisationUnits;
import vn.motcua.organisation.Role;
import vn.motcua.organisation.UnitView;
import vn.motcua.organisation.UserAccounts;
import vn.motcua.procedure.DocumentView;
import vn.motcua.procedure.ProcedureView;
import vn.motcua.procedure.Procedures;
import vn.motcua.procedure.ReceptionTerms;
import vn.motcua.web.MotCuaTime;

/**
 * The dossier's life at the office. Each step checks who may take it (role and unit), runs in one transaction,
 * writes an audit record, and leaves the transition rules to the {@link Dossier} aggregate. A step on a stale page
 * (someone else changed the dossier since it was shown) is refused and changes nothing.
 */
@Service
@Transactional
public class Dossiers {

	/** NĐ 118/2025/NĐ-CP applies to dossiers received from this day; before it, NĐ 61/2018 and TT 01/2018. */
	static final LocalDate DECREE_118_FROM = LocalDate.of(2025, 7, 1);

	private final DossierRepository dossiers;

	private final DossierCodes codes;

	private final AttachmentRepository attachments;

	private final Procedures procedures;

	private final CalendarDays calendar;

	private final OrganisationUnits units;

	private final UserAccounts users;

	private final AuditLog audit;

	private final Clock clock;

	private final RoutePlanner routes;

	private final PublicStatusQuery publicStatusQuery;

	Dossiers(DossierRepository dossiers, DossierCodes codes, AttachmentRepository attachments, Procedures procedures,
			CalendarDays calendar, OrganisationUnits units, UserAccounts users, AuditLog audit, Clock clock,
			RoutePlanner routes, PublicStatusQuery publicStatusQuery) {
		this.publicStatusQuery = publicStatusQuery;
		this.routes = routes;
		this.dossiers = dossiers;
		this.codes = codes;
		this.attachments = attachments;
		this.procedures = procedures;
		this.calendar = calendar;
		this.units = units;
		this.users = users;
		this.audit = audit;
		this.clock = clock;
	}

	// --- reception ---

	/** The appointment a dossier of this procedure would get if received now at the user's unit (shown live). */
	@Transactional(readOnly = true)
	public Optional<Appointment> previewAppointment(CurrentUser clerk, String procedureCode, Channel channel) {
		Optional<ProcedureView> procedure = procedures.find(procedureCode).filter(ProcedureView::active);
		Instant now = clock.instant();
		return procedure
			.flatMap(p -> procedures.processingTimeOn(p.code(), LocalDate.ofInstant(now, MotCuaTime.ZONE)))
			.map(time -> calendar.appointment(now, time, channel == Channel.ONLINE, clerk.unitId()));
	}

	/**
	 * Tiếp nhận: checks the form, gives the dossier its code and appointment, and records it. The day's number is
	 * taken last: its row stays locked until commit (no gaps, DossierCodes), so everything that can be read or
	 * computed before is, and the clerks of one office wait on each other only for the inserts and the commit.
	 */
	public DossierView receive(CurrentUser clerk, ReceiveForm form) {
		requireRole(clerk, Role.RECEPTION_CLERK);
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, MotCuaTime.ZONE);
		ReceptionTerms terms = procedures.receptionTerms(form.procedureCode(), today)
			.orElseThrow(() -> DossierException.onField("procedureCode", "dossier.error.unknownProcedure",
					form.procedureCode()));
		ProcedureView procedure = active(terms.procedure());
		ProcessingTime time = terms.processingTime()
			.orElseThrow(() -> DossierException.onField("procedureCode", "dossier.error.noProcessingTime",
					procedure.code()));
		Dossier.Intake intake = intake(clerk, form, procedure, today);
		FeePayment fee = fee(form, procedure);
		Appointment appointment = calendar.appointment(now, time, form.channel() == Channel.ONLINE, clerk.unitId());
		UnitView unit = units.find(clerk.unitCode()).orElseThrow();
		String agency = StringUtils.hasText(unit.agencyId()) ? unit.agencyId() : unit.code();
		List<Dossier.Checked> checklist = new ArrayList<>();
		List<Integer> received = form.received() == null ? List.of() : form.received();
		for (DocumentView document : procedure.documents()) {
			checklist.add(new Dossier.Checked(document.name(), document.form().name(), document.copies(),
					document.mandatory(), received.contains(document.position())));
		}
		// một cửa liên thông: the route with its units for this desk, the first segment's own deadline
		List<Dossier.PlannedSegment> route = routes.plan(procedure.code(), unit, time);
		Instant firstSegmentDue = route.isEmpty() ? null
				: routes.segmentDue(unit.id(), route.get(0).share(), now, form.channel() == Channel.ONLINE);
		SupplementPolicy policy = terms.supplementPolicy() == null ? SupplementPolicy.PAUSE : terms.supplementPolicy();
		String code = codes.next(agency, today);
		Dossier dossier = Dossier.receive(intake, code, checklist, time, policy, fee, now, appointment.instant(),
				appointment.explanation(), actor(clerk), route, firstSegmentDue);
		dossiers.saveAndFlush(dossier);
		audit.record("dossier.received", "Dossier", code, "%s; %s; hẹn trả %s".formatted(procedure.code(),
				intake.applicant().name(), appointment.dueAt()));
		return dossier.view();
	}

	/** Từ chối tiếp nhận (Mẫu 03): the dossier is not received; the refusal is recorded with its reasons. */
	public DossierView refuseAtDesk(CurrentUser clerk, ReceiveForm form, String reasons) {
		requireRole(clerk, Role.RECEPTION_CLERK);
		if (!StringUtils.hasText(reasons)) {
			throw DossierException.onField("reasons", "dossier.error.reasonRequired");
		}
		LocalDate today = LocalDate.now(clock);
		ProcedureView procedure = activeProcedure(form.procedureCode());
		Dossier dossier = Dossier.refuseAtDesk(intake(clerk, form, procedure, today), reasons.trim(), clock.instant(),
				actor(clerk));
		dossiers.saveAndFlush(dossier);
		audit.record("dossier.refusedAtDesk", "Dossier", "id:" + dossier.getId(), procedure.code() + "; " + reasons);
		return dossier.view();
	}

	private Dossier.Intake intake(CurrentUser clerk, ReceiveForm form, ProcedureView procedure, LocalDate today) {
		return new Dossier.Intake(procedure.code(), procedure.name(), procedure.field().code(), clerk.unitId(),
				clerk.unitCode(), form.channel(), applicant(form), trim(form.subject()), trim(form.note()),
				today.isBefore(DECREE_118_FROM) ? "TT01_2018" : "TT03_2025");
	}

	/** A procedure with a fee needs it recorded as paid (amount, receipt, method) or exempt; none otherwise. */
	static FeePayment fee(ReceiveForm form, ProcedureView procedure) {
		if (procedure.fees().isEmpty()) {
			return null;
		}
		if (form.feeStatus() == null) {
			throw DossierException.onField("feeStatus", "dossier.fee.statusRequired");
		}
		if (form.feeStatus() == FeePayment.Status.EXEMPT) {
			return new FeePayment(FeePayment.Status.EXEMPT, null, null, null);
		}
		if (form.feeAmount() == null || form.feeAmount() <= 0) {
			throw DossierException.onField("feeAmount", "dossier.fee.amount");
		}
		if (trim(form.feeReceiptNumber()) == null) {
			throw DossierException.onField("feeReceiptNumber", "dossier.fee.receiptNumber");
		}
		if (form.feeMethod() == null) {
			throw DossierException.onField("feeMethod", "dossier.fee.method");
		}
		return new FeePayment(FeePayment.Status.PAID, form.feeAmount(), form.feeReceiptNumber().trim(), form.feeMethod());
	}

	private ProcedureView activeProcedure(String code) {
		return active(procedures.find(code)
			.orElseThrow(() -> DossierException.onField("procedureCode", "dossier.error.unknownProcedure", code)));
	}

	private static ProcedureView active(ProcedureView procedure) {
		if (!procedure.active()) {
			throw DossierException.onField("procedureCode", "dossier.error.inactiveProcedure", procedure.code());
		}
		return procedure;
	}

	static Applicant applicant(ReceiveForm form) {
		String phone = ApplicantRules.digits(trim(form.phone()));
		if (phone != null && !ApplicantRules.isPhone(phone)) {
			throw DossierException.onField("phone", "dossier.phone.invalid");
		}
		String email = trim(form.email());
		if (email != null && !ApplicantRules.isEmail(email)) {
			throw DossierException.onField("email", "dossier.email.invalid");
		}
		if (form.applicantKind() == Applicant.Kind.PERSON) {
			String id = ApplicantRules.digits(trim(form.idNumber()));
			if (id == null) {
				throw DossierException.onField("idNumber", "dossier.idNumber.required");
			}
			if (!ApplicantRules.isPersonalIdNumber(id)) {
				throw DossierException.onField("idNumber", "dossier.idNumber.invalid");
			}
			return new Applicant(Applicant.Kind.PERSON, form.applicantName().trim(), id, null, phone, email,
					trim(form.address()));
		}
		String tax = trim(form.taxCode());
		if (tax == null || !ApplicantRules.isTaxCode(tax)) {
			throw DossierException.onField("taxCode", "dossier.taxCode.invalid");
		}
		return new Applicant(Applicant.Kind.ORGANISATION, form.applicantName().trim(), null, tax, phone, email,
				trim(form.address()));
	}

	// --- processing ---

	/** Chuyển xử lý: the clerk or a leader gives the dossier to a specialist of the resolving unit. */
	public DossierView assign(CurrentUser user, String code, long version, String specialist, String note) {
		Dossier dossier = loadAtHolder(user, code, version);
		if (!(user.has(Role.RECEPTION_CLERK) || user.has(Role.LEADER))) {
			throw new DossierException("dossier.error.role");
		}
		if (!StringUtils.hasText(specialist)
				|| !users.isActiveMember(specialist, dossier.holderUnitId(), Role.SPECIALIST)) {
			throw DossierException.onField("specialist", "dossier.error.notASpecialist", specialist);
		}
		if (dossier.getStatus() == DossierStatus.IN_PROCESSING && !user.has(Role.LEADER)) {
			throw new DossierException("dossier.error.reassignByLeader");
		}
		dossier.assign(specialist.trim().toLowerCase(java.util.Locale.ROOT), clock.instant(), actor(user), trim(note));
		return save(dossier, "dossier.assigned", "cho " + specialist);
	}

	public DossierView requestSupplement(CurrentUser user, String code, long version, String items, String reason) {
		Dossier dossier = loadAtHolder(user, code, version);
		requireAssigneeOrLeader(user, dossier);
		if (!StringUtils.hasText(items)) {
			throw DossierException.onField("items", "dossier.error.itemsRequired");
		}
		dossier.requestSupplement(items.trim(), trim(reason), clock.instant(), actor(user));
		return save(dossier, "dossier.supplementRequested", items.trim());
	}

	/** The applicant brought the missing documents: the appointment moves by the paused time (or restarts). */
	public DossierView supplementReceived(CurrentUser user, String code, long version, boolean online) {
		Dossier dossier = loadAtDesk(user, code, version);
		requireRole(user, Role.RECEPTION_CLERK);
		if (dossier.getStatus() != DossierStatus.AWAITING_SUPPLEMENT) {
			throw new DossierException("dossier.error.transition", dossier.getStatus(), DossierStatus.IN_PROCESSING);
		}
		Instant now = clock.instant();
		Appointment appointment = calendar.deadlineCalculator(dossier.getReceivingUnitId())
			.afterPauses(dossier.getReceivedAt(), dossier.processingTime(), dossier.getChannel() == Channel.ONLINE,
					dossier.pausesEndingAt(now, online), dossier.supplementPolicy());
		dossier.supplementReceived(now, online, appointment.instant(), appointment.explanation(), actor(user));
		if (dossier.currentSegment().isPresent()) {
			dossier.rescheduleSegment(routes.segmentDueAfterSupplement(dossier, now, online));
		}
		return save(dossier, "dossier.supplementReceived", "hẹn trả mới " + appointment.dueAt());
	}

	public DossierView submitForApproval(CurrentUser user, String code, long version, String note) {
		Dossier dossier = loadAtHolder(user, code, version);
		requireAssignee(user, dossier);
		dossier.submitForApproval(clock.instant(), actor(user), trim(note));
		return save(dossier, "dossier.submittedForApproval", note);
	}

	public DossierView approve(CurrentUser user, String code, long version, String note) {
		Dossier dossier = loadAtHolder(user, code, version);
		requireRole(user, Role.LEADER);
		dossier.approve(clock.instant(), actor(user), trim(note));
		return save(dossier, "dossier.approved", note);
	}

	public DossierView sendBack(CurrentUser user, String code, long version, String note) {
		Dossier dossier = loadAtHolder(user, code, version);
		requireRole(user, Role.LEADER);
		if (!StringUtils.hasText(note)) {
			throw DossierException.onField("note", "dossier.error.reasonRequired");
		}
		dossier.sendBack(clock.instant(), actor(user), note.trim());
		return save(dossier, "dossier.sentBack", note);
	}

	public DossierView rejectAfterReview(CurrentUser user, String code, long version, String reasons) {
		Dossier dossier = loadAtHolder(user, code, version);
		requireRole(user, Role.LEADER);
		if (!StringUtils.hasText(reasons)) {
			throw DossierException.onField("reasons", "dossier.error.reasonRequired");
		}
		dossier.rejectAfterReview(reasons.trim(), clock.instant(), actor(user));
		return save(dossier, "dossier.rejectedAfterReview", reasons);
	}

	/** The signed result reaches the one-stop desk: the moment that decides early / on time / late. */
	public DossierView resultReady(CurrentUser user, String code, long version, String note) {
		Dossier dossier = loadAtHolder(user, code, version);
		if (!(user.has(Role.RECEPTION_CLERK) || isAssignee(user, dossier))) {
			throw new DossierException("dossier.error.role");
		}
		dossier.resultReady(clock.instant(), actor(user), trim(note));
		return save(dossier, "dossier.resultReady", note);
	}

	public DossierView returnResult(CurrentUser user, String code, long version, String note) {
		Dossier dossier = loadAtDesk(user, code, version);
		requireRole(user, Role.RECEPTION_CLERK);
		dossier.returnResult(clock.instant(), actor(user), trim(note));
		return save(dossier, "dossier.returned", note);
	}

	/** Xin lỗi và hẹn lại (Mẫu 04), by a leader of the late unit. */
	public DossierView apologise(CurrentUser user, String code, long version, String reason, Instant newDueAt) {
		Dossier dossier = loadAtHolder(user, code, version);
		requireRole(user, Role.LEADER);
		if (!StringUtils.hasText(reason)) {
			throw DossierException.onField("reason", "dossier.error.reasonRequired");
		}
		if (newDueAt == null) {
			throw DossierException.onField("newDueAt", "dossier.error.newDueAtRequired");
		}
		dossier.apologise(reason.trim(), newDueAt, clock.instant(), actor(user));
		return save(dossier, "dossier.apologised", reason + "; hẹn lại " + newDueAt);
	}

	/** Rút hồ sơ (the applicant asks, at the desk) or dừng giải quyết (a leader, NĐ 118/2025 dossiers only). */
	public DossierView withdraw(CurrentUser user, String code, long version, String reason, boolean suspend) {
		Dossier dossier = suspend ? loadAtHolder(user, code, version) : loadAtDesk(user, code, version);
		requireRole(user, suspend ? Role.LEADER : Role.RECEPTION_CLERK);
		if (!StringUtils.hasText(reason)) {
			throw DossierException.onField("reason", "dossier.error.reasonRequired");
		}
		if (suspend && !"TT03_2025".equals(dossier.getFormSet())) {
			throw new DossierException("dossier.error.suspendBefore118");
		}
		dossier.withdraw(reason.trim(), suspend, clock.instant(), actor(user));
		return save(dossier, suspend ? "dossier.suspended" : "dossier.withdrawn", reason);
	}

	// --- attachments ---

	/** Largest attachment accepted (the multipart limit is set a little higher so this message is the one shown). */
	public static final int MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

	/** Số hóa: a PDF, JPEG or PNG (judged by its content) of at most 20 MB, by staff who may see the dossier. */
	public AttachmentView attach(CurrentUser user, String code, String fileName, byte[] content) {
		Dossier dossier = visible(user, code);
		if (!(user.has(Role.RECEPTION_CLERK) || user.has(Role.SPECIALIST) || user.has(Role.LEADER))) {
			throw new DossierException("dossier.error.role");
		}
		if (content == null || content.length == 0) {
			throw new DossierException("dossier.attachment.empty");
		}
		if (content.length > MAX_ATTACHMENT_BYTES) {
			throw new DossierException("dossier.attachment.tooLarge");
		}
		String type = FileTypes.detect(content)
			.orElseThrow(() -> new DossierException("dossier.attachment.type"));
		String name = safeName(fileName);
		Attachment attachment = attachments.save(new Attachment(dossier.getId(), name, type, content, sha256(content),
				clock.instant(), user.username()));
		audit.record("dossier.attached", "Dossier", dossier.getCode(), "%s (%d byte, SHA-256 %s)".formatted(name,
				content.length, attachment.getSha256()));
		return attachment.view();
	}

	@Transactional(readOnly = true)
	public List<AttachmentView> attachments(CurrentUser user, String code) {
		return attachments.listFor(visible(user, code).getId());
	}

	/** The file, only for users who may see its dossier; {@code null} parts never leak another dossier's file. */
	@Transactional(readOnly = true)
	public Download download(CurrentUser user, String code, Long attachmentId) {
		Dossier dossier = visible(user, code);
		Attachment attachment = attachments.findById(attachmentId)
			.filter(a -> a.getDossierId().equals(dossier.getId()))
			.orElseThrow(() -> new AccessDeniedException("attachment " + attachmentId));
		return new Download(attachment.getFileName(), attachment.getContentType(), attachment.getContent());
	}

	/** A file to send back. */
	public record Download(String fileName, String contentType, byte[] content) {
	}

	static String safeName(String fileName) {
		String name = fileName == null ? "" : fileName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").trim();
		if (name.length() > 200) {
			name = name.substring(name.length() - 200);
		}
		if (name.isBlank()) {
			name = "tai-lieu";
		}
		return name;
	}

	static String sha256(byte[] content) {
		try {
			return java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	// --- reading ---

	/** The dossier, if the user's units reach it (its receiving or resolving unit); otherwise access is denied. */
	@Transactional(readOnly = true)
	public DossierView get(CurrentUser user, String code) {
		return visible(user, code).view();
	}

	/** A refusal at the desk (no code), for its Mẫu 03, if the user's units reach the refusing unit. */
	@Transactional(readOnly = true)
	public DossierView refusal(CurrentUser user, Long id) {
		Dossier dossier = dossiers.findById(id)
			.filter(d -> d.getStatus() == DossierStatus.REFUSED_AT_DESK)
			.filter(d -> units.canAccess(user, d.getReceivingUnitId()))
			.orElseThrow(() -> new AccessDeniedException("refusal " + id));
		return dossier.view();
	}

	/**
	 * The citizen's view of a dossier, only when {@code check} equals the last four digits of the applicant's phone
	 * or personal ID number (tax code for an organisation). An unknown code and a wrong check give the same empty
	 * answer, so nobody learns which codes exist.
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS, readOnly = true)
	public Optional<PublicStatus> publicStatus(String code, String check) {
		if (code == null || check == null || !check.trim().matches("\\d{4}")) {
			return Optional.empty();
		}
		String digits = check.trim();
		return publicStatusQuery.find(code.trim().toUpperCase(java.util.Locale.ROOT))
			// all three compared, in constant time, so that the answer's timing tells nothing either
			.filter(d -> endsWith(d.phone(), digits) | endsWith(d.idNumber(), digits)
					| endsWith(d.taxCode() == null ? null : d.taxCode().replace("-", ""), digits))
			.map(d -> new PublicStatus(d.code(), d.procedureName(), units.publicName(d.receivingUnitCode()),
					d.receivedAt(), d.dueAt(), d.revisedDueAt(), d.status(), d.missingItems(), d.resolvedAt(),
					d.returnedAt(), d.resolvingUnitId(), d.interlinked() ? publicStatusQuery.route(d.id()) : List.of()));
	}

	private static boolean endsWith(String value, String digits) {
		return value != null && value.length() >= 4 && java.security.MessageDigest.isEqual(
				value.substring(value.length() - 4).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
				digits.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
	}

	// --- helpers ---

	/**
	 * The dossier, if the user's units reach its receiving or resolving unit or, for an interlinked dossier, any unit
	 * of its route (users of a unit see the dossiers routed to it, not only those of their own subtree).
	 */
	Dossier visible(CurrentUser user, String code) {
		Dossier dossier = dossiers.findByCode(code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT))
			.orElseThrow(() -> new AccessDeniedException("dossier " + code));
		java.util.Set<Long> scope = units.scopeOf(user);
		if (!scope.contains(dossier.getReceivingUnitId()) && !scope.contains(dossier.getResolvingUnitId())
				&& dossier.routeUnitIds().stream().noneMatch(scope::contains)) {
			throw new AccessDeniedException("dossier " + code);
		}
		return dossier;
	}

	private Dossier load(CurrentUser user, String code, long version) {
		Dossier dossier = visible(user, code);
		if (dossier.getVersion() != version) {
			throw new DossierException("dossier.error.stale");
		}
		return dossier;
	}

	/**
	 * For a processing step: the user's units must reach the unit holding the dossier now. A dossier one unit handles
	 * is always held by that unit; an interlinked one only by the unit of its current segment, so the other units of
	 * the route follow it without acting on it.
	 */
	Dossier loadAtHolder(CurrentUser user, String code, long version) {
		Dossier dossier = load(user, code, version);
		if (!units.canAccess(user, dossier.holderUnitId())) {
			throw new DossierException("dossier.error.notHolder", unitName(dossier.holderUnitId()));
		}
		return dossier;
	}

	/** For a step at the one-stop desk (supplement back, return, withdrawal): the receiving unit or the holder. */
	private Dossier loadAtDesk(CurrentUser user, String code, long version) {
		Dossier dossier = load(user, code, version);
		if (!units.canAccess(user, dossier.getReceivingUnitId()) && !units.canAccess(user, dossier.holderUnitId())) {
			throw new DossierException("dossier.error.notHolder", unitName(dossier.holderUnitId()));
		}
		return dossier;
	}

	String unitName(Long unitId) {
		return units.namesOf(java.util.Set.of(unitId)).getOrDefault(unitId, String.valueOf(unitId));
	}

	DossierView save(Dossier dossier, String action, String details) {
		try {
			dossiers.saveAndFlush(dossier);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new DossierException("dossier.error.stale");
		}
		audit.record(action, "Dossier", dossier.getCode(), details);
		return dossier.view();
	}

	private static void requireRole(CurrentUser user, Role role) {
		if (!user.has(role)) {
			throw new DossierException("dossier.error.role");
		}
	}

	static boolean isAssignee(CurrentUser user, Dossier dossier) {
		return user.has(Role.SPECIALIST) && user.username().equals(dossier.getAssignee());
	}

	private static void requireAssignee(CurrentUser user, Dossier dossier) {
		if (!isAssignee(user, dossier)) {
			throw new DossierException("dossier.error.notAssignee");
		}
	}

	private static void requireAssigneeOrLeader(CurrentUser user, Dossier dossier) {
		if (!isAssignee(user, dossier) && !user.has(Role.LEADER)) {
			throw new DossierException("dossier.error.notAssignee");
		}
	}

	static Actor actor(CurrentUser user) {
		return new Actor(user.username(), user.unitCode());
	}

	static String trim(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

}
