package vn.motcua.dossier;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.domain.AbstractAggregateRoot;

import vn.motcua.calendar.Pause;
import vn.motcua.calendar.ProcessingTime;
import vn.motcua.calendar.SupplementPolicy;
import vn.motcua.dossier.DossierEvents.ApologyIssued;
import vn.motcua.dossier.DossierEvents.DossierAssigned;
import vn.motcua.dossier.DossierEvents.DossierReceived;
import vn.motcua.dossier.DossierEvents.DossierRefusedAtDesk;
import vn.motcua.dossier.DossierEvents.DossierResolved;
import vn.motcua.dossier.DossierEvents.DossierReturned;
import vn.motcua.dossier.DossierEvents.DossierTransferred;
import vn.motcua.dossier.DossierEvents.DossierWithdrawn;
import vn.motcua.dossier.DossierEvents.SegmentCompleted;
import vn.motcua.dossier.DossierEvents.SegmentRescheduled;
import vn.motcua.dossier.DossierEvents.SegmentStarted;
import vn.motcua.dossier.DossierEvents.SupplementReceived;
import vn.motcua.dossier.DossierEvents.SupplementRequested;
import vn.motcua.dossier.DossierEvents.TransferAccepted;

/**
 * The dossier aggregate. Every change goes through a method that checks the transition table
 * ({@link DossierStatus#canMoveTo}), appends a {@link Transition} and registers a domain event, published when the
 * repository saves. Times are passed in, never read from a clock here. {@code dueAt} is the appointment set at
 * reception and moved only by a supplement round (DOMAIN.md §4.1); an apology sets {@code revisedDueAt}, which the
 * statistics ignore (§8.4).
 */
@Entity
@Table(name = "dossier")
public class Dossier extends AbstractAggregateRoot<Dossier> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	// written once: at reception, or at the acceptance of an online submission that waited without one
	@Column(unique = true)
	private String code;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private DossierStatus status;

	@Column(nullable = false, updatable = false)
	private String procedureCode;

	@Column(nullable = false, updatable = false)
	private String procedureName;

	@Column(nullable = false, updatable = false)
	private String fieldCode;

	@Column(nullable = false, updatable = false)
	private Long receivingUnitId;

	@Column(nullable = false, updatable = false)
	private String receivingUnitCode;

	@Column(nullable = false)
	private Long resolvingUnitId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private Channel channel;

	@Embedded
	private Applicant applicant;

	@Embedded
	private FeePayment fee;

	private String subject;

	private String note;

	private Instant receivedAt;

	private Instant dueAt;

	private Instant revisedDueAt;

	private String dueExplanation;

	private Instant resolvedAt;

	private Instant returnedAt;

	private Instant closedAt;

	private BigDecimal processingValue;

	@Enumerated(EnumType.STRING)
	private ProcessingTime.Unit processingUnit;

	private LocalTime sameDayCutoff;

	@Enumerated(EnumType.STRING)
	private SupplementPolicy supplementPolicy;

	private String assignee;

	// the forms in force on the reception date: an online submission learns it when the clerk accepts it
	@Column(nullable = false)
	private String formSet;

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	/** The portal's own number of an online submission (its idempotency key), when and what exactly was submitted. */
	@Column(updatable = false)
	private String portalNumber;

	@Column(updatable = false)
	private Instant submittedAt;

	@Column(name = "submission_sha256", updatable = false)
	private String submissionSha256;

	@OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<DocumentCheck> documents = new ArrayList<>();

	@OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL)
	@OrderBy("occurredAt, id")
	private List<Transition> history = new ArrayList<>();

	@OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL)
	@OrderBy("requestedAt")
	private List<Supplement> supplements = new ArrayList<>();

	// --- một cửa liên thông (interlinked route) ---

	/** The unit holding an interlinked dossier now; {@code null} for a dossier one unit handles throughout. */
	private Long currentUnitId;

	@OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL)
	@OrderBy("position")
	private List<DossierSegment> segments = new ArrayList<>();

	protected Dossier() {
	}

	/** What the desk records about a dossier, whether it is received or refused. */
	record Intake(String procedureCode, String procedureName, String fieldCode, Long unitId, String unitCode,
			Channel channel, Applicant applicant, String subject, String note, String formSet) {
	}

	/** A checklist line as the clerk ticked it. */
	record Checked(String name, String form, int copies, boolean mandatory, boolean received) {
	}

	/** A segment of the procedure's interlinked route with its unit resolved, as copied at reception. */
	record PlannedSegment(int position, Long unitId, String unitCode, String unitName, String task,
			ProcessingTime share, boolean decides) {
	}

	private Dossier(Intake intake, Instant at) {
		this.procedureCode = intake.procedureCode();
		this.procedureName = intake.procedureName();
		this.fieldCode = intake.fieldCode();
		this.receivingUnitId = intake.unitId();
		this.receivingUnitCode = intake.unitCode();
		this.resolvingUnitId = intake.unitId();
		this.channel = intake.channel();
		this.applicant = intake.applicant();
		this.subject = intake.subject();
		this.note = intake.note();
		this.formSet = intake.formSet();
		this.createdAt = at;
		this.updatedAt = at;
	}

	/** Tiếp nhận (DOMAIN.md §4 rows 1–2): the clock starts; {@code dueAt} comes from the calendar. */
	static Dossier receive(Intake intake, String code, List<Checked> checklist, ProcessingTime time,
			SupplementPolicy policy, FeePayment fee, Instant receivedAt, Instant dueAt, String explanation, Actor clerk) {
		return receive(intake, code, checklist, time, policy, fee, receivedAt, dueAt, explanation, clerk, List.of(),
				null);
	}

	/**
	 * Tiếp nhận of a dossier on an interlinked route ({@code route} not empty): the deciding unit becomes the resolving
	 * unit, the first segment (the receiving unit) starts at once with {@code firstSegmentDue}.
	 */
	static Dossier receive(Intake intake, String code, List<Checked> checklist, ProcessingTime time,
			SupplementPolicy policy, FeePayment fee, Instant receivedAt, Instant dueAt, String explanation, Actor clerk,
			List<PlannedSegment> route, Instant firstSegmentDue) {
		Dossier dossier = new Dossier(intake, receivedAt);
		dossier.planRoute(route, receivedAt, firstSegmentDue, clerk);
		dossier.fee = fee;
		dossier.code = code;
		dossier.status = DossierStatus.RECEIVED;
		dossier.receivedAt = receivedAt;
		dossier.dueAt = dueAt;
		dossier.dueExplanation = explanation;
		dossier.processingValue = time.value();
		dossier.processingUnit = time.unit();
		dossier.sameDayCutoff = time.sameDayCutoff();
		dossier.supplementPolicy = policy;
		int position = 0;
		for (Checked line : checklist) {
			dossier.documents.add(new DocumentCheck(dossier, ++position, line.name(), line.form(), line.copies(),
					line.mandatory(), line.received()));
		}
		dossier.history.add(new Transition(dossier, receivedAt, "receive", null, DossierStatus.RECEIVED, clerk, null,
				intake.note(), dueAt));
		dossier.registerEvent(new DossierReceived(code, intake.procedureCode(), intake.fieldCode(), intake.unitId(),
				dossier.resolvingUnitId, intake.channel(), receivedAt, dueAt));
		dossier.segments.stream().filter(DossierSegment::isStarted).forEach(first -> dossier.registerEvent(
				new SegmentStarted(code, first.getPosition(), first.getUnitId(), receivedAt, first.getDueAt())));
		return dossier;
	}

	private void planRoute(List<PlannedSegment> route, Instant receivedAt, Instant firstSegmentDue, Actor clerk) {
		if (route.isEmpty()) {
			return;
		}
		if (route.stream().filter(PlannedSegment::decides).count() != 1 || firstSegmentDue == null
				|| !route.get(0).unitId().equals(receivingUnitId)) {
			throw new IllegalArgumentException("an interlinked route starts at the receiving unit and has one decider");
		}
		for (PlannedSegment planned : route) {
			segments.add(new DossierSegment(this, planned));
			if (planned.decides()) {
				this.resolvingUnitId = planned.unitId();
			}
		}
		DossierSegment first = segments.get(0);
		first.start(receivedAt, firstSegmentDue, clerk.username());
		first.accept(receivedAt, clerk.username());
		this.currentUnitId = first.getUnitId();
	}

	/** Từ chối tiếp nhận (Mẫu 03): recorded for the slip and the desk's log, never received. */
	static Dossier refuseAtDesk(Intake intake, String reasons, Instant at, Actor clerk) {
		Dossier dossier = new Dossier(intake, at);
		dossier.status = DossierStatus.REFUSED_AT_DESK;
		dossier.closedAt = at;
		dossier.history.add(new Transition(dossier, at, "refuseAtDesk", null, DossierStatus.REFUSED_AT_DESK, clerk,
				null, reasons, null));
		dossier.registerEvent(new DossierRefusedAtDesk(intake.unitId(), intake.procedureCode(), at));
		return dossier;
	}

	/**
	 * Nộp trực tuyến (DOMAIN.md §4 row 1): a portal's submission waits for the clerk's reception check, with the
	 * documents the applicant listed; it has no code and no clock until the clerk receives it.
	 */
	static Dossier submitOnline(Intake intake, String portalNumber, Instant submittedAt, String sha256,
			List<String> documentNames, Instant at, Actor portal) {
		Dossier dossier = new Dossier(intake, at);
		dossier.status = DossierStatus.SUBMITTED_ONLINE;
		dossier.portalNumber = portalNumber;
		dossier.submittedAt = submittedAt;
		dossier.submissionSha256 = sha256;
		int position = 0;
		for (String name : documentNames) {
			// scans sent through the portal: copies, as the applicant named them
			dossier.documents.add(new DocumentCheck(dossier, ++position, name, "COPY", 1, false, true));
		}
		// the portal's own list stays in the history once the clerk's checklist replaces it at reception
		String listed = portalNumber + ": " + String.join("; ", documentNames);
		dossier.history.add(new Transition(dossier, at, "submitOnline", null, DossierStatus.SUBMITTED_ONLINE, portal,
				null, listed.length() > 2000 ? listed.substring(0, 1999) + "…" : listed, null));
		return dossier;
	}

	/**
	 * Tiếp nhận hồ sơ trực tuyến: the clerk accepts the submission; like a reception at the desk it gets the code of
	 * the day, the clock starts now and the checklist is the procedure's, as the clerk ticked it; the documents the
	 * portal listed stay in the submission's history step (its note) and in its files.
	 */
	void receiveOnline(String code, String formSet, List<Checked> checklist, ProcessingTime time,
			SupplementPolicy policy, FeePayment fee, Instant receivedAt, Instant dueAt, String explanation, Actor clerk,
			String note) {
		DossierStatus from = moveTo(DossierStatus.RECEIVED);
		this.code = code;
		this.formSet = formSet;
		this.fee = fee;
		this.receivedAt = receivedAt;
		this.dueAt = dueAt;
		this.dueExplanation = explanation;
		this.processingValue = time.value();
		this.processingUnit = time.unit();
		this.sameDayCutoff = time.sameDayCutoff();
		this.supplementPolicy = policy;
		// rewritten in place: Hibernate inserts before it deletes, and positions are unique per dossier
		for (int i = 0; i < checklist.size(); i++) {
			Checked line = checklist.get(i);
			if (i < documents.size()) {
				documents.get(i).rewrite(line.name(), line.form(), line.copies(), line.mandatory(), line.received());
			}
			else {
				documents.add(new DocumentCheck(this, i + 1, line.name(), line.form(), line.copies(), line.mandatory(),
						line.received()));
			}
		}
		while (documents.size() > checklist.size()) {
			documents.remove(documents.size() - 1);
		}
		record(receivedAt, "receive", from, clerk, note);
		registerEvent(new DossierReceived(code, procedureCode, fieldCode, receivingUnitId, resolvingUnitId, channel,
				receivedAt, dueAt));
	}

	/**
	 * Hướng dẫn bổ sung, hoàn thiện (Mẫu 02) instead of receiving an online submission: not received, no clock, not
	 * counted (DOMAIN.md §4 row 3); the applicant completes the dossier and submits it again on the portal.
	 */
	void guide(String items, String reason, Instant at, Actor clerk) {
		DossierStatus from = moveTo(DossierStatus.GUIDED);
		supplements.add(new Supplement(this, at, items, reason));
		this.closedAt = at;
		record(at, "guide", from, clerk, items);
	}

	/** Từ chối tiếp nhận an online submission (Mẫu 03): never received, as at the desk. */
	void refuseOnline(String reasons, Instant at, Actor clerk) {
		DossierStatus from = moveTo(DossierStatus.REFUSED_AT_DESK);
		this.closedAt = at;
		record(at, "refuseAtDesk", from, clerk, reasons);
		registerEvent(new DossierRefusedAtDesk(receivingUnitId, procedureCode, at));
	}

	/** Chuyển xử lý / phân công: to a specialist (again, for a reassignment). */
	void assign(String specialist, Instant at, Actor by, String note) {
		DossierStatus from = moveTo(DossierStatus.IN_PROCESSING);
		this.assignee = specialist;
		record(at, from == DossierStatus.IN_PROCESSING ? "reassign" : "assign", from, by, note);
		registerEvent(new DossierAssigned(code, holderUnitId(), specialist, at));
	}

	/** Yêu cầu bổ sung (Mẫu 02): the clock pauses. */
	void requestSupplement(String items, String reason, Instant at, Actor by) {
		DossierStatus from = moveTo(DossierStatus.AWAITING_SUPPLEMENT);
		supplements.add(new Supplement(this, at, items, reason));
		record(at, "requestSupplement", from, by, items);
		registerEvent(new SupplementRequested(code, at, items));
	}

	/** The pauses so far plus the open one ending at {@code resubmittedAt}, for the new appointment. */
	List<Pause> pausesEndingAt(Instant resubmittedAt, boolean online) {
		List<Pause> pauses = new ArrayList<>();
		for (Supplement supplement : supplements) {
			pauses.add(supplement.isOpen() ? supplement.pauseUntil(resubmittedAt, online) : supplement.pause());
		}
		return pauses;
	}

	/** Hồ sơ bổ sung đã nhận: processing resumes with the appointment the calendar gives ({@code newDueAt}). */
	void supplementReceived(Instant at, boolean online, Instant newDueAt, String explanation, Actor by) {
		Supplement open = supplements.stream()
			.filter(Supplement::isOpen)
			.findFirst()
			.orElseThrow(() -> new DossierException("dossier.error.noOpenSupplement"));
		DossierStatus from = moveTo(DossierStatus.IN_PROCESSING);
		Instant before = dueAt;
		open.received(at, online, before, newDueAt);
		this.dueAt = newDueAt;
		this.dueExplanation = explanation;
		record(at, "supplementReceived", from, by, null);
		registerEvent(new SupplementReceived(code, at, before, newDueAt));
	}

	/** Trình ký: the specialist submits the draft result to the leader. */
	void submitForApproval(Instant at, Actor by, String note) {
		record(at, "submitForApproval", moveTo(DossierStatus.PENDING_APPROVAL), by, note);
	}

	/** Phê duyệt. */
	void approve(Instant at, Actor by, String note) {
		record(at, "approve", moveTo(DossierStatus.APPROVED), by, note);
	}

	/** The leader sends the draft back to the specialist. */
	void sendBack(Instant at, Actor by, String note) {
		if (status != DossierStatus.PENDING_APPROVAL) {
			throw illegal(DossierStatus.IN_PROCESSING);
		}
		record(at, "sendBack", moveTo(DossierStatus.IN_PROCESSING), by, note);
	}

	/** Không đủ điều kiện giải quyết: returned with reasons; counts as resolved now (DOMAIN.md §4 row 11). */
	void rejectAfterReview(String reasons, Instant at, Actor by) {
		DossierStatus from = moveTo(DossierStatus.REJECTED_AFTER_REVIEW);
		this.resolvedAt = at;
		completeCurrentSegment(at);
		record(at, "rejectAfterReview", from, by, reasons);
		registerEvent(new DossierResolved(code, resolvingUnitId, at, dueAt, true));
	}

	/** Kết quả chuyển về bộ phận một cửa: {@code resolvedAt}, the basis of the verdict (§4 row 10). */
	void resultReady(Instant at, Actor by, String note) {
		if (nextSegment().isPresent()) {
			throw new DossierException("dossier.error.notLastSegment", nextSegment().get().getUnitName());
		}
		DossierStatus from = moveTo(DossierStatus.RESULT_READY);
		this.resolvedAt = at;
		completeCurrentSegment(at);
		record(at, "resultReady", from, by, note);
		registerEvent(new DossierResolved(code, resolvingUnitId, at, dueAt, false));
	}

	/** Trả kết quả: the applicant signs for the result; the verdict does not change. */
	void returnResult(Instant at, Actor by, String note) {
		DossierStatus from = moveTo(DossierStatus.RETURNED);
		this.returnedAt = at;
		this.closedAt = at;
		record(at, "returnResult", from, by, note);
		registerEvent(new DossierReturned(code, at));
	}

	/**
	 * Xin lỗi và hẹn lại (Mẫu 04): a new date promised to the applicant; the dossier stays open and is still judged
	 * against the original appointment.
	 */
	void apologise(String reason, Instant newDueAt, Instant at, Actor by) {
		if (!status.isOpen()) {
			throw new DossierException("dossier.error.notOpen");
		}
		Instant promised = revisedDueAt != null ? revisedDueAt : dueAt;
		if (!newDueAt.isAfter(promised)) {
			throw DossierException.onField("newDueAt", "dossier.error.apologyDateNotLater");
		}
		this.revisedDueAt = newDueAt;
		record(at, "apologise", status, by, reason);
		registerEvent(new ApologyIssued(code, at, dueAt, newDueAt));
	}

	/** Rút hồ sơ at the applicant's request, or dừng giải quyết (NĐ 118/2025): left out of every report column. */
	void withdraw(String reason, boolean suspend, Instant at, Actor by) {
		DossierStatus from = moveTo(suspend ? DossierStatus.SUSPENDED : DossierStatus.WITHDRAWN);
		this.closedAt = at;
		record(at, suspend ? "suspend" : "withdraw", from, by, reason);
		registerEvent(new DossierWithdrawn(code, at, suspend));
	}

	// --- một cửa liên thông ---

	/**
	 * Chuyển liên thông: the unit holding the dossier hands it to the next unit of the route. Its segment ends now
	 * (judged against its own deadline), the next one starts now with {@code nextSegmentDue}: an electronic hand-over
	 * is immediate (NĐ 61/2018 art. 16 as DOMAIN.md §4 row 5 reads it), so the time until the next unit acknowledges
	 * receipt counts to that unit. The deciding unit passes the dossier on only once it has decided (approved).
	 */
	void transfer(Instant at, Actor by, String note, Instant nextSegmentDue) {
		DossierSegment current = currentSegment()
			.orElseThrow(() -> new DossierException("dossier.error.notInterlinked"));
		DossierSegment next = nextSegment()
			.orElseThrow(() -> new DossierException("dossier.error.lastSegment"));
		if (current.decides() && status != DossierStatus.APPROVED) {
			throw new DossierException("dossier.error.decideBeforeTransfer");
		}
		DossierStatus from = moveTo(DossierStatus.TRANSFERRED);
		current.complete(at);
		next.start(at, nextSegmentDue, by.username());
		this.currentUnitId = next.getUnitId();
		this.assignee = null; // the next unit assigns its own staff
		record(at, "transfer", from, by, "→ " + next.getUnitName() + (note == null ? "" : ": " + note));
		registerEvent(new SegmentCompleted(code, current.getPosition(), current.getUnitId(), at, current.getDueAt()));
		registerEvent(new SegmentStarted(code, next.getPosition(), next.getUnitId(), at, nextSegmentDue));
		registerEvent(new DossierTransferred(code, current.getUnitId(), next.getUnitId(), next.getPosition(), at));
	}

	/**
	 * Tiếp nhận hồ sơ liên thông: the next unit acknowledges the transfer, optionally giving it to one of its
	 * specialists at once. A dossier already decided comes back approved (its result travels to the desk); otherwise
	 * it waits for a specialist of this unit, or is with the one named.
	 */
	void acceptTransfer(Instant at, Actor by, String specialist, String note) {
		if (status != DossierStatus.TRANSFERRED) {
			throw illegal(DossierStatus.RECEIVED);
		}
		DossierSegment current = currentSegment().orElseThrow();
		boolean decided = segments.stream().anyMatch(s -> s.decides() && !s.isOpen() && s.isStarted());
		DossierStatus target = decided ? DossierStatus.APPROVED
				: specialist != null ? DossierStatus.IN_PROCESSING : DossierStatus.RECEIVED;
		DossierStatus from = moveTo(target);
		current.accept(at, by.username());
		if (target == DossierStatus.IN_PROCESSING) {
			this.assignee = specialist;
		}
		record(at, "acceptTransfer", from, by, note);
		registerEvent(new TransferAccepted(code, current.getUnitId(), current.getPosition(), at));
		if (target == DossierStatus.IN_PROCESSING) {
			registerEvent(new DossierAssigned(code, current.getUnitId(), specialist, at));
		}
	}

	/** After a supplement round the open segment's deadline moves too (by the paused time, or restarts). */
	void rescheduleSegment(Instant newDue) {
		DossierSegment current = currentSegment().orElseThrow();
		Instant before = current.getDueAt();
		if (!newDue.equals(before)) {
			current.moveDue(newDue);
			registerEvent(new SegmentRescheduled(code, current.getPosition(), current.getUnitId(), before, newDue));
		}
	}

	private void completeCurrentSegment(Instant at) {
		currentSegment().ifPresent(segment -> {
			segment.complete(at);
			registerEvent(new SegmentCompleted(code, segment.getPosition(), segment.getUnitId(), at,
					segment.getDueAt()));
		});
	}

	/** The segment the dossier is in (started, not completed). */
	Optional<DossierSegment> currentSegment() {
		return segments.stream().filter(DossierSegment::isOpen).findFirst();
	}

	/** The segment after the current one, if any. */
	Optional<DossierSegment> nextSegment() {
		return currentSegment().flatMap(current -> segments.stream()
			.filter(s -> s.getPosition() == current.getPosition() + 1)
			.findFirst());
	}

	/** Whether the dossier travels along an interlinked route. */
	boolean isInterlinked() {
		return !segments.isEmpty();
	}

	/** The unit holding the dossier now: the current segment's for an interlinked dossier, else the resolving unit. */
	Long holderUnitId() {
		return currentUnitId != null ? currentUnitId : resolvingUnitId;
	}

	/** Every unit of the route (empty for a dossier one unit handles). */
	List<Long> routeUnitIds() {
		return segments.stream().map(DossierSegment::getUnitId).distinct().toList();
	}

	List<SegmentView> segmentViews() {
		return segments.stream().map(DossierSegment::view).toList();
	}

	private DossierStatus moveTo(DossierStatus next) {
		if (!status.canMoveTo(next)) {
			throw illegal(next);
		}
		DossierStatus from = status;
		status = next;
		return from;
	}

	private DossierException illegal(DossierStatus next) {
		return new DossierException("dossier.error.transition", status, next);
	}

	private void record(Instant at, String action, DossierStatus from, Actor by, String note) {
		history.add(new Transition(this, at, action, from, status, by, assignee, note, dueAt));
		this.updatedAt = at;
	}

	// --- reading ---

	Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	DossierStatus getStatus() {
		return status;
	}

	Long getResolvingUnitId() {
		return resolvingUnitId;
	}

	Long getReceivingUnitId() {
		return receivingUnitId;
	}

	String getAssignee() {
		return assignee;
	}

	Instant getReceivedAt() {
		return receivedAt;
	}

	Channel getChannel() {
		return channel;
	}

	String getFormSet() {
		return formSet;
	}

	long getVersion() {
		return version;
	}

	String getProcedureCode() {
		return procedureCode;
	}

	String getPortalNumber() {
		return portalNumber;
	}

	String getSubmissionSha256() {
		return submissionSha256;
	}

	/** What a portal and the clerk's check page see of an online submission. */
	OnlineDossierView onlineView() {
		String submitter = history.isEmpty() ? null : history.get(0).view().actor();
		return new OnlineDossierView(view(), portalNumber, submittedAt, createdAt, submitter);
	}

	ProcessingTime processingTime() {
		return new ProcessingTime(processingValue, processingUnit, sameDayCutoff);
	}

	SupplementPolicy supplementPolicy() {
		return supplementPolicy;
	}

	Optional<SupplementView> openSupplement() {
		return supplements.stream().filter(Supplement::isOpen).findFirst().map(Supplement::view);
	}

	DossierView view() {
		return new DossierView(id, code, status, procedureCode, procedureName, fieldCode, receivingUnitId,
				receivingUnitCode, resolvingUnitId, channel, applicant.kind(), applicant.name(), applicant.idNumber(),
				applicant.taxCode(), applicant.phone(), applicant.email(), applicant.address(), subject, note,
				receivedAt, dueAt, revisedDueAt, resolvedAt, returnedAt, closedAt, processingValue, processingUnit,
				sameDayCutoff, supplementPolicy, assignee, formSet, version, fee == null ? null : fee.status(),
				fee == null ? null : fee.amountVnd(), fee == null ? null : fee.receiptNumber(),
				fee == null ? null : fee.method(), dueExplanation,
				documents.stream().map(DocumentCheck::view).toList(), history.stream().map(Transition::view).toList(),
				supplements.stream().map(Supplement::view).toList());
	}

}
