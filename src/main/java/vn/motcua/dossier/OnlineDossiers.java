package vn.motcua.dossier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
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
import vn.motcua.procedure.DocumentView;
import vn.motcua.procedure.ProcedureView;
import vn.motcua.procedure.Procedures;
import vn.motcua.web.MotCuaTime;

/**
 * Online dossiers from a public-service portal (issue 10; DOMAIN.md §4 row 1, §5.6): the portal's technical account
 * (role PORTAL) submits, the dossier waits in {@link DossierStatus#SUBMITTED_ONLINE}; a clerk of the receiving unit
 * then receives it (code and appointment from that moment, as at the desk), asks for it to be completed (Mẫu 02) or
 * refuses it (Mẫu 03). Each step runs in one transaction with an audit record.
 *
 * <p>The portal's own number is the idempotency key: the same submission posted again answers as the first time and
 * creates nothing; a different submission under a number already used is refused as a conflict. Concurrent posts of one
 * number are serialised by a transaction-scoped advisory lock on the number, so two of them never both create.
 */
@Service
@Transactional
public class OnlineDossiers {

	/** Largest scan sent inside a submission; larger ones stay on the portal (name only) or are scanned at the desk. */
	public static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

	/** Largest total of the scans of one submission (the JSON carries them as base64, a third larger). */
	public static final int MAX_FILES_BYTES = 10 * 1024 * 1024;

	public static final int MAX_DOCUMENTS = 30;

	/** A portal's clock may run a little ahead of ours. */
	static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	private static final Pattern PORTAL_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/\\-]{0,59}");

	private final DossierRepository dossiers;

	private final DossierCodes codes;

	private final AttachmentRepository attachments;

	private final Procedures procedures;

	private final CalendarDays calendar;

	private final OrganisationUnits units;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	OnlineDossiers(DossierRepository dossiers, DossierCodes codes, AttachmentRepository attachments,
			Procedures procedures, CalendarDays calendar, OrganisationUnits units, AuditLog audit, JdbcClient jdbc,
			Clock clock) {
		this.dossiers = dossiers;
		this.codes = codes;
		this.attachments = attachments;
		this.procedures = procedures;
		this.calendar = calendar;
		this.units = units;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The answer to a submission: whether it created the dossier now (or answered a repeat), and the receipt. */
	public record Submitted(boolean created, Receipt receipt) {
	}

	/**
	 * The acknowledgement a portal gets, the same for every repeat of the submission: the status is the one the
	 * submission got (the status feed tells what happened since).
	 */
	public record Receipt(String portalNumber, DossierStatus status, String unitCode, String procedureCode,
			Instant submittedAt, Instant acknowledgedAt, List<AttachmentView> files) {
	}

	/** The portal number was used before for a different submission (or one outside the caller's units). */
	public static class ConflictException extends DossierException {

		ConflictException(String portalNumber) {
			super("online.error.conflict", portalNumber);
		}

	}

	// --- the portal ---

	/**
	 * The unit a portal account submits for: it must exist and still work (otherwise a rule error on {@code unitCode})
	 * and be the account's unit or one below it (otherwise access is denied).
	 */
	@Transactional(readOnly = true)
	public UnitView submittableUnit(CurrentUser portal, String unitCode) {
		if (!portal.has(Role.PORTAL)) {
			throw new AccessDeniedException("not a portal account");
		}
		String code = required("unitCode", unitCode, 40);
		UnitView unit = units.find(code)
			.orElseThrow(() -> DossierException.onField("unitCode", "online.error.unknownUnit", code));
		if (!units.canAccess(portal, unit.id())) {
			throw new AccessDeniedException("unit " + code);
		}
		if (!unit.active()) {
			// merged or closed (DOMAIN.md §1.2): its successor receives now
			throw DossierException.onField("unitCode", "online.error.inactiveUnit", unit.code(),
					unit.successorCode() == null ? "" : unit.successorCode());
		}
		return unit;
	}

	/** Nộp trực tuyến: checks the submission, then creates the dossier, or answers a repeat as the first time. */
	public Submitted submit(CurrentUser portal, OnlineSubmission submission) {
		UnitView unit = submittableUnit(portal, submission.unitCode());
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		LocalDate today = LocalDate.ofInstant(now, MotCuaTime.ZONE);
		String number = required("portalNumber", submission.portalNumber(), 60);
		if (!PORTAL_NUMBER.matcher(number).matches()) {
			throw DossierException.onField("portalNumber", "online.error.portalNumber");
		}
		ProcedureView procedure = activeProcedure(required("procedureCode", submission.procedureCode(), 40));
		if (procedures.processingTimeOn(procedure.code(), today).isEmpty()) {
			throw DossierException.onField("procedureCode", "dossier.error.noProcessingTime", procedure.code());
		}
		if (submission.submittedAt() == null) {
			throw DossierException.onField("submittedAt", "online.error.required", "submittedAt");
		}
		if (submission.submittedAt().isAfter(now.plus(CLOCK_SKEW))) {
			throw DossierException.onField("submittedAt", "online.error.submittedInFuture");
		}
		Applicant applicant = applicant(submission);
		String subject = optional("subject", submission.subject(), 2000, true);
		List<String> names = new ArrayList<>();
		List<String> fileHashes = new ArrayList<>();
		checkDocuments(submission.documents(), names, fileHashes);
		String sha256 = fingerprint(number, unit, procedure, submission.submittedAt(), applicant, subject, names,
				fileHashes, submission.documents());

		// one submission of this number at a time, on every instance: the second one waits and then sees the first
		jdbc.sql("select 1 from pg_advisory_xact_lock(hashtextextended(?, 0))")
			.param("portal-number:" + number)
			.query(Integer.class)
			.single();
		var existing = dossiers.findByPortalNumber(number);
		if (existing.isPresent()) {
			Dossier dossier = existing.get();
			if (!dossier.getSubmissionSha256().equals(sha256) || !units.canAccess(portal, dossier.getReceivingUnitId())) {
				throw new ConflictException(number);
			}
			return new Submitted(false, receipt(dossier));
		}
		Dossier.Intake intake = new Dossier.Intake(procedure.code(), procedure.name(), procedure.field().code(),
				unit.id(), unit.code(), Channel.ONLINE, applicant, subject, null, formSet(today));
		Dossier dossier = Dossier.submitOnline(intake, number, submission.submittedAt(), sha256, names, now,
				actor(portal));
		dossiers.saveAndFlush(dossier);
		long bytes = 0;
		for (OnlineSubmission.Document document : submission.documents()) {
			if (document.hasFile()) {
				byte[] content = document.content();
				String type = FileTypes.detect(content).orElseThrow();
				attachments.save(new Attachment(dossier.getId(), Dossiers.safeName(document.fileName()), type, content,
						Dossiers.sha256(content), now, portal.username()));
				bytes += content.length;
			}
		}
		attachments.flush();
		audit.record("dossier.submittedOnline", "Dossier", "id:" + dossier.getId(),
				"cổng %s, số %s; %s; %s; %d thành phần, %d byte tệp".formatted(portal.username(), number,
						procedure.code(), applicant.name(), names.size(), bytes));
		return new Submitted(true, receipt(dossier));
	}

	private Receipt receipt(Dossier dossier) {
		OnlineDossierView online = dossier.onlineView();
		DossierView d = online.dossier();
		// the files the portal sent (a clerk may scan more later: those are not part of the portal's answer)
		List<AttachmentView> files = attachments.listFor(d.id())
			.stream()
			.filter(a -> a.uploadedBy().equals(online.submittedBy()))
			.toList();
		return new Receipt(online.portalNumber(), DossierStatus.SUBMITTED_ONLINE, d.receivingUnitCode(),
				d.procedureCode(), online.submittedAt(), online.acknowledgedAt(), files);
	}

	private ProcedureView activeProcedure(String code) {
		ProcedureView procedure = procedures.find(code)
			.orElseThrow(() -> DossierException.onField("procedureCode", "dossier.error.unknownProcedure", code));
		if (!procedure.active()) {
			throw DossierException.onField("procedureCode", "dossier.error.inactiveProcedure", procedure.code());
		}
		return procedure;
	}

	/** The applicant, checked by the desk's own rules; a problem names the JSON field ({@code applicant.phone}). */
	private static Applicant applicant(OnlineSubmission s) {
		if (s.applicantKind() == null) {
			throw DossierException.onField("applicant.kind", "online.error.required", "applicant.kind");
		}
		String name = required("applicant.name", s.applicantName(), 200);
		String address = optional("applicant.address", s.address(), 500, false);
		ReceiveForm form = new ReceiveForm("", Channel.ONLINE, s.applicantKind(), name,
				optional("applicant.idNumber", s.idNumber(), 20, false),
				optional("applicant.taxCode", s.taxCode(), 20, false), optional("applicant.phone", s.phone(), 30, false),
				optional("applicant.email", s.email(), 200, false), address, null, null, List.of());
		try {
			return Dossiers.applicant(form);
		}
		catch (DossierException ex) {
			throw DossierException.onField("applicant." + ex.field(), ex.messageKey(), ex.arguments());
		}
	}

	private static void checkDocuments(List<OnlineSubmission.Document> documents, List<String> names,
			List<String> fileHashes) {
		if (documents == null || documents.isEmpty()) {
			throw DossierException.onField("documents", "online.error.noDocuments");
		}
		if (documents.size() > MAX_DOCUMENTS) {
			throw DossierException.onField("documents", "online.error.tooManyDocuments", MAX_DOCUMENTS);
		}
		long total = 0;
		for (int i = 0; i < documents.size(); i++) {
			OnlineSubmission.Document document = documents.get(i);
			String field = "documents[" + i + "]";
			if (document == null) {
				throw DossierException.onField(field, "online.error.required", field);
			}
			names.add(required(field + ".name", document.name(), 500));
			if (!document.hasFile()) {
				fileHashes.add("");
				continue;
			}
			optional(field + ".file.fileName", document.fileName(), 255, false);
			byte[] content = document.content();
			if (content.length == 0) {
				throw DossierException.onField(field + ".file", "online.error.fileEmpty", field);
			}
			if (content.length > MAX_FILE_BYTES) {
				throw DossierException.onField(field + ".file", "online.error.fileTooLarge", field,
						MAX_FILE_BYTES / (1024 * 1024));
			}
			if (FileTypes.detect(content).isEmpty()) {
				throw DossierException.onField(field + ".file", "online.error.fileType", field);
			}
			total += content.length;
			if (total > MAX_FILES_BYTES) {
				throw DossierException.onField(field + ".file", "online.error.filesTooLarge",
						MAX_FILES_BYTES / (1024 * 1024));
			}
			fileHashes.add(Dossiers.sha256(content));
		}
	}

	/**
	 * What makes two posts "the same submission": every field as checked (so spacing or key order in the JSON does not
	 * matter), the files by their SHA-256. Each value is length-prefixed so that no two different submissions can
	 * join into the same text.
	 */
	private static String fingerprint(String number, UnitView unit, ProcedureView procedure, Instant submittedAt,
			Applicant applicant, String subject, List<String> names, List<String> fileHashes,
			List<OnlineSubmission.Document> documents) {
		StringBuilder text = new StringBuilder();
		for (Object value : new Object[] { number, unit.code(), procedure.code(), submittedAt, applicant.kind(),
				applicant.name(), applicant.idNumber(), applicant.taxCode(), applicant.phone(), applicant.email(),
				applicant.address(), subject }) {
			append(text, value);
		}
		for (int i = 0; i < names.size(); i++) {
			append(text, names.get(i));
			append(text, documents.get(i).hasFile() ? Dossiers.safeName(documents.get(i).fileName()) : null);
			append(text, fileHashes.get(i));
		}
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void append(StringBuilder text, Object value) {
		String s = value == null ? "\u2205" : value.toString();
		text.append(s.length()).append(':').append(s).append(';');
	}

	/** Trimmed text that must be there, at most {@code max} characters, without control characters. */
	private static String required(String field, String value, int max) {
		String text = optional(field, value, max, false);
		if (text == null) {
			throw DossierException.onField(field, "online.error.required", field);
		}
		return text;
	}

	/** Trimmed text or null; line breaks and tabs only where they make sense ({@code multiline}). */
	private static String optional(String field, String value, int max, boolean multiline) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = java.text.Normalizer.normalize(value.trim(), java.text.Normalizer.Form.NFC);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean allowed = multiline && (c == '\n' || c == '\r' || c == '\t');
			if ((Character.isISOControl(c) && !allowed) || c == '\u2028' || c == '\u2029') {
				throw DossierException.onField(field, "online.error.controlCharacter", field);
			}
		}
		if (text.length() > max) {
			throw DossierException.onField(field, "online.error.tooLong", field, max);
		}
		return text;
	}

	// --- the clerk ---

	/** A waiting submission in the clerks' list. */
	public record Waiting(Long id, String portalNumber, Instant submittedAt, Instant acknowledgedAt,
			String procedureName, String applicantName, String unitCode) {
	}

	/** Submissions waiting for the reception check in the user's units, the oldest first. */
	@Transactional(readOnly = true)
	public List<Waiting> waiting(CurrentUser user, int limit) {
		return jdbc.sql("""
				select id, portal_number, submitted_at, created_at, procedure_name, applicant_name, receiving_unit_code
				from dossier where status = 'SUBMITTED_ONLINE' and receiving_unit_id = any(?)
				order by submitted_at, id limit ?""")
			.params(ids(units.scopeOf(user)), Math.max(1, Math.min(limit, 500)))
			.query((rs, n) -> new Waiting(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
					rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getString(6), rs.getString(7)))
			.list();
	}

	/** How many submissions wait for the reception check in the user's units (the home page's worklist). */
	@Transactional(readOnly = true)
	public long countWaiting(CurrentUser user) {
		return jdbc.sql("select count(*) from dossier where status = 'SUBMITTED_ONLINE' and receiving_unit_id = any(?)")
			.param(ids(units.scopeOf(user)))
			.query(Long.class)
			.single();
	}

	/** The online submission with this id, if it came from a portal and its unit is within the user's units. */
	@Transactional(readOnly = true)
	public OnlineDossierView get(CurrentUser user, Long id) {
		return visible(user, id).onlineView();
	}

	/** What the clerk decides when receiving: the checklist as ticked, the fee, a note. */
	public record Acceptance(List<Integer> received, FeePayment.Status feeStatus, Long feeAmount,
			String feeReceiptNumber, FeePayment.Method feeMethod, String note) {
	}

	/**
	 * Tiếp nhận: as at the desk, the dossier gets the code of today and the appointment counted from now, the moment of
	 * acceptance (DOMAIN.md §4 row 1: the clock starts only at RECEIVED; §5.6 for a submission outside office hours),
	 * with the calendar of the receiving unit.
	 */
	public DossierView accept(CurrentUser clerk, Long id, long version, Acceptance acceptance) {
		Dossier dossier = load(clerk, id, version);
		requireClerk(clerk);
		if (dossier.getStatus() != DossierStatus.SUBMITTED_ONLINE) {
			throw new DossierException("dossier.error.transition", dossier.getStatus(), DossierStatus.RECEIVED);
		}
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, MotCuaTime.ZONE);
		ProcedureView procedure = procedures.find(dossier.getProcedureCode())
			.filter(ProcedureView::active)
			.orElseThrow(() -> new DossierException("dossier.error.inactiveProcedure", dossier.getProcedureCode()));
		ProcessingTime time = procedures.processingTimeOn(procedure.code(), today)
			.orElseThrow(() -> new DossierException("dossier.error.noProcessingTime", procedure.code()));
		String note = optional("note", acceptance.note(), 2000, true);
		ReceiveForm fees = new ReceiveForm(procedure.code(), Channel.ONLINE, Applicant.Kind.PERSON, "", null, null,
				null, null, null, null, null, acceptance.received(), acceptance.feeStatus(), acceptance.feeAmount(),
				acceptance.feeReceiptNumber(), acceptance.feeMethod());
		FeePayment fee = Dossiers.fee(fees, procedure);
		Appointment appointment = calendar.appointment(now, time, true, dossier.getReceivingUnitId());
		DossierView before = dossier.view();
		UnitView unit = units.find(before.receivingUnitCode()).orElseThrow();
		String agency = StringUtils.hasText(unit.agencyId()) ? unit.agencyId() : unit.code();
		String code = codes.next(agency, today);
		List<Integer> received = acceptance.received() == null ? List.of() : acceptance.received();
		List<Dossier.Checked> checklist = new ArrayList<>();
		for (DocumentView document : procedure.documents()) {
			checklist.add(new Dossier.Checked(document.name(), document.form().name(), document.copies(),
					document.mandatory(), received.contains(document.position())));
		}
		dossier.receiveOnline(code, formSet(today), checklist, time,
				procedures.supplementPolicy(procedure.code()).orElse(SupplementPolicy.PAUSE), fee, now,
				appointment.instant(), appointment.explanation(), actor(clerk), note);
		save(dossier);
		audit.record("dossier.received", "Dossier", code, "trực tuyến, cổng số %s; %s; %s; hẹn trả %s".formatted(
				dossier.getPortalNumber(), procedure.code(), before.applicantName(), appointment.dueAt()));
		return dossier.view();
	}

	/** Yêu cầu bổ sung, hoàn thiện (Mẫu 02) instead of receiving: the submission is closed without a clock. */
	public OnlineDossierView guide(CurrentUser clerk, Long id, long version, String items, String reason) {
		Dossier dossier = load(clerk, id, version);
		requireClerk(clerk);
		String what = optional("items", items, 4000, true);
		if (what == null) {
			throw DossierException.onField("items", "dossier.error.itemsRequired");
		}
		dossier.guide(what, optional("reason", reason, 2000, true), clock.instant(), actor(clerk));
		save(dossier);
		audit.record("dossier.guidedOnline", "Dossier", "id:" + dossier.getId(),
				"cổng số %s; %s".formatted(dossier.getPortalNumber(), what));
		return dossier.onlineView();
	}

	/** Từ chối tiếp nhận (Mẫu 03), with the reasons. */
	public OnlineDossierView refuse(CurrentUser clerk, Long id, long version, String reasons) {
		Dossier dossier = load(clerk, id, version);
		requireClerk(clerk);
		String why = optional("reasons", reasons, 2000, true);
		if (why == null) {
			throw DossierException.onField("reasons", "dossier.error.reasonRequired");
		}
		dossier.refuseOnline(why, clock.instant(), actor(clerk));
		save(dossier);
		audit.record("dossier.refusedAtDesk", "Dossier", "id:" + dossier.getId(),
				"trực tuyến, cổng số %s; %s; %s".formatted(dossier.getPortalNumber(), dossier.getProcedureCode(), why));
		return dossier.onlineView();
	}

	/** A file the portal sent, for users who may see the submission. */
	@Transactional(readOnly = true)
	public Dossiers.Download download(CurrentUser user, Long id, Long attachmentId) {
		Dossier dossier = visible(user, id);
		Attachment attachment = attachments.findById(attachmentId)
			.filter(a -> a.getDossierId().equals(dossier.getId()))
			.orElseThrow(() -> new AccessDeniedException("attachment " + attachmentId));
		return new Dossiers.Download(attachment.getFileName(), attachment.getContentType(), attachment.getContent());
	}

	@Transactional(readOnly = true)
	public List<AttachmentView> attachments(CurrentUser user, Long id) {
		return attachments.listFor(visible(user, id).getId());
	}

	// --- helpers ---

	private Dossier visible(CurrentUser user, Long id) {
		Dossier dossier = id == null ? null : dossiers.findById(id).orElse(null);
		if (dossier == null || dossier.getPortalNumber() == null
				|| !units.canAccess(user, dossier.getReceivingUnitId())) {
			throw new AccessDeniedException("online dossier " + id);
		}
		return dossier;
	}

	private Dossier load(CurrentUser user, Long id, long version) {
		Dossier dossier = visible(user, id);
		if (dossier.getVersion() != version) {
			throw new DossierException("dossier.error.stale");
		}
		return dossier;
	}

	private void save(Dossier dossier) {
		try {
			dossiers.saveAndFlush(dossier);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new DossierException("dossier.error.stale");
		}
	}

	private static void requireClerk(CurrentUser user) {
		if (!user.has(Role.RECEPTION_CLERK)) {
			throw new DossierException("dossier.error.role");
		}
	}

	private static String formSet(LocalDate receptionDay) {
		return receptionDay.isBefore(Dossiers.DECREE_118_FROM) ? "TT01_2018" : "TT03_2025";
	}

	private static Actor actor(CurrentUser user) {
		return new Actor(user.username(), user.unitCode());
	}

	private static Long[] ids(Collection<Long> ids) {
		return ids.toArray(Long[]::new);
	}

}
