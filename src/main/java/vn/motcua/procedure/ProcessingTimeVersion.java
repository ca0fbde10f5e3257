package vn.motcua.procedure;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

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

/** One version of a procedure's processing time, in force from {@code effectiveFrom} until the next version. */
@Entity
@Table(name = "procedure_processing_time")
class ProcessingTimeVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "procedure_id")
	private Procedure procedure;

	@Column(nullable = false)
	private LocalDate effectiveFrom;

	private BigDecimal legalValue;

	@Column(nullable = false)
	private BigDecimal appliedValue;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ProcessingTime.Unit unit;

	private String note;

	@Column(nullable = false)
	private Instant createdAt;

	protected ProcessingTimeVersion() {
	}

	ProcessingTimeVersion(Procedure procedure, LocalDate effectiveFrom, BigDecimal legalValue, BigDecimal appliedValue,
			ProcessingTime.Unit unit, String note, Instant now) {
		this.procedure = procedure;
		this.effectiveFrom = effectiveFrom;
		this.legalValue = legalValue;
		this.appliedValue = appliedValue;
		this.unit = unit;
		this.note = note;
		this.createdAt = now;
	}

	void change(BigDecimal legalValue, BigDecimal appliedValue, ProcessingTime.Unit unit, String note) {
		this.legalValue = legalValue;
		this.appliedValue = appliedValue;
		this.unit = unit;
		this.note = note;
	}

	LocalDate getEffectiveFrom() {
		return effectiveFrom;
	}

	boolean sameAs(BigDecimal legal, BigDecimal applied, ProcessingTime.Unit unit) {
		return unit == this.unit && applied.compareTo(appliedValue) == 0
				&& (legal == null ? legalValue == null : legalValue != null && legal.compareTo(legalValue) == 0);
	}

	ProcessingTimeView view() {
		return new ProcessingTimeView(effectiveFrom, legalValue, appliedValue, unit, note);
	}

}
