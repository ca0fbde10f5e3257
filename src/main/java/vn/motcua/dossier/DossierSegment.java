package vn.motcua.dossier;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.motcua.calendar.ProcessingTime;

/**
 * One segment of an interlinked dossier (một cửa liên thông): the time the dossier spends at one unit of its route,
 * with that unit's share of the processing time and its own deadline. Planned at reception (unit, task, share), started
 * when the dossier reaches the unit, completed when it leaves it; changed only through its {@link Dossier}.
 */
@Entity
@Table(name = "dossier_segment")
class DossierSegment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "dossier_id", updatable = false)
	private Dossier dossier;

	@Column(nullable = false, updatable = false)
	private int position;

	@Column(nullable = false, updatable = false)
	private Long unitId;

	@Column(nullable = false, updatable = false)
	private String unitCode;

	@Column(nullable = false, updatable = false)
	private String unitName;

	@Column(nullable = false, updatable = false)
	private String task;

	@Column(nullable = false, updatable = false)
	private BigDecimal shareValue;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private ProcessingTime.Unit shareUnit;

	@Column(nullable = false, updatable = false)
	private boolean decides;

	private Instant startedAt;

	private Instant dueAt;

	private Instant completedAt;

	private String handedOverBy;

	private Instant acceptedAt;

	private String acceptedBy;

	protected DossierSegment() {
	}

	DossierSegment(Dossier dossier, Dossier.PlannedSegment plan) {
		this.dossier = dossier;
		this.position = plan.position();
		this.unitId = plan.unitId();
		this.unitCode = plan.unitCode();
		this.unitName = plan.unitName();
		this.task = plan.task();
		this.shareValue = plan.share().value();
		this.shareUnit = plan.share().unit();
		this.decides = plan.decides();
	}

	void start(Instant at, Instant due, String handedOverBy) {
		this.startedAt = at;
		this.dueAt = due;
		this.handedOverBy = handedOverBy;
	}

	void accept(Instant at, String by) {
		this.acceptedAt = at;
		this.acceptedBy = by;
	}

	void complete(Instant at) {
		this.completedAt = at;
	}

	void moveDue(Instant due) {
		this.dueAt = due;
	}

	boolean isStarted() {
		return startedAt != null;
	}

	boolean isOpen() {
		return startedAt != null && completedAt == null;
	}

	int getPosition() {
		return position;
	}

	Long getUnitId() {
		return unitId;
	}

	String getUnitName() {
		return unitName;
	}

	boolean decides() {
		return decides;
	}

	Instant getStartedAt() {
		return startedAt;
	}

	Instant getDueAt() {
		return dueAt;
	}

	/** The share as a processing time, for the calendar (a share of 0 working days: within the day). */
	ProcessingTime share() {
		return new ProcessingTime(shareValue, shareUnit, null);
	}

	SegmentView view() {
		return new SegmentView(position, unitId, unitCode, unitName, task, shareValue.stripTrailingZeros(), shareUnit,
				decides, startedAt, dueAt, completedAt, handedOverBy, acceptedAt, acceptedBy);
	}

}
