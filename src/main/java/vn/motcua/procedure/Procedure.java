package vn.motcua.procedure;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.motcua.calendar.ProcessingTime;
import vn.motcua.calendar.SupplementPolicy;

/**
 * A published administrative procedure. Its processing time is a list of versions with effective dates, never
 * overwritten once a later version exists, so that a dossier received on a given day always finds the time that was
 * in force then.
 */
@Entity
@Table(name = "procedure")
class Procedure {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, updatable = false)
	private String code;

	@Column(nullable = false)
	private String name;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "field_id")
	private Field field;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ProcedureLevel mainLevel;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "procedure_level", joinColumns = @JoinColumn(name = "procedure_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "level")
	private Set<ProcedureLevel> levels = EnumSet.noneOf(ProcedureLevel.class);

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private OnlineLevel onlineLevel;

	private LocalTime sameDayCutoff;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private SupplementPolicy supplementPolicy = SupplementPolicy.PAUSE;

	private String resultDocuments;

	private String legalBasis;

	private String whereToSubmit;

	private String applicants;

	private String source;

	private String unverified;

	private boolean active = true;

	@OneToMany(mappedBy = "procedure", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("effectiveFrom")
	private List<ProcessingTimeVersion> processingTimes = new ArrayList<>();

	@OneToMany(mappedBy = "procedure", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<RequiredDocument> documents = new ArrayList<>();

	@OneToMany(mappedBy = "procedure", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<Fee> fees = new ArrayList<>();

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Procedure() {
	}

	Procedure(String code, Instant now) {
		this.code = code;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** The descriptive data; the same-day cut-off must suit the processing time (checked by the caller). */
	void describe(ProcedureDetails details, Field field, Instant now) {
		this.name = details.name();
		this.field = field;
		this.mainLevel = details.mainLevel();
		this.levels.clear();
		this.levels.addAll(details.levels());
		this.levels.add(details.mainLevel());
		this.onlineLevel = details.onlineLevel();
		this.sameDayCutoff = details.sameDayCutoff();
		this.supplementPolicy = details.supplementPolicy();
		this.resultDocuments = details.resultDocuments();
		this.legalBasis = details.legalBasis();
		this.whereToSubmit = details.whereToSubmit();
		this.applicants = details.applicants();
		this.source = details.source();
		this.unverified = details.unverified();
		this.updatedAt = now;
	}

	/**
	 * Sets the processing time from {@code effectiveFrom}: a version already starting that day is corrected, otherwise
	 * a new version is added. Versions are never removed.
	 * @return whether anything changed
	 */
	boolean processingTimeFrom(LocalDate effectiveFrom, BigDecimal legal, BigDecimal applied, ProcessingTime.Unit unit,
			String note, Instant now) {
		Optional<ProcessingTimeVersion> inForce = versionOn(effectiveFrom);
		if (inForce.isPresent() && inForce.get().sameAs(legal, applied, unit)) {
			return false;
		}
		Optional<ProcessingTimeVersion> sameDay = processingTimes.stream()
			.filter(v -> v.getEffectiveFrom().equals(effectiveFrom))
			.findFirst();
		if (sameDay.isPresent()) {
			sameDay.get().change(legal, applied, unit, note);
		}
		else {
			processingTimes.add(new ProcessingTimeVersion(this, effectiveFrom, legal, applied, unit, note, now));
			processingTimes.sort(Comparator.comparing(ProcessingTimeVersion::getEffectiveFrom));
		}
		this.updatedAt = now;
		return true;
	}

	/** The version in force on a day: the latest one that starts on or before it. */
	Optional<ProcessingTimeVersion> versionOn(LocalDate day) {
		ProcessingTimeVersion found = null;
		for (ProcessingTimeVersion candidate : processingTimes) {
			if (!candidate.getEffectiveFrom().isAfter(day)) {
				found = candidate;
			}
		}
		return Optional.ofNullable(found);
	}

	void addDocument(String name, DocumentForm form, int copies, boolean mandatory) {
		int next = documents.stream().mapToInt(RequiredDocument::getPosition).max().orElse(0) + 1;
		documents.add(new RequiredDocument(this, next, name, form, copies, mandatory));
	}

	boolean removeDocument(Long documentId) {
		return documents.removeIf(document -> document.getId().equals(documentId));
	}

	void addFee(FeeKind kind, String description, Long amountVnd) {
		int next = fees.stream().mapToInt(Fee::getPosition).max().orElse(0) + 1;
		fees.add(new Fee(this, next, kind, description, amountVnd));
	}

	boolean removeFee(Long feeId) {
		return fees.removeIf(fee -> fee.getId().equals(feeId));
	}

	void setActive(boolean active, Instant now) {
		this.active = active;
		this.updatedAt = now;
	}

	String getCode() {
		return code;
	}

	String getName() {
		return name;
	}

	Field getField() {
		return field;
	}

	boolean isActive() {
		return active;
	}

	LocalTime getSameDayCutoff() {
		return sameDayCutoff;
	}

	SupplementPolicy getSupplementPolicy() {
		return supplementPolicy;
	}

	ProcedureView view(LocalDate today) {
		return new ProcedureView(code, name, field.view(), mainLevel, Set.copyOf(levels), onlineLevel, sameDayCutoff,
				supplementPolicy, resultDocuments, legalBasis, whereToSubmit, applicants, source, unverified, active,
				versionOn(today).map(ProcessingTimeVersion::view).orElse(null),
				processingTimes.stream().map(ProcessingTimeVersion::view).toList(),
				documents.stream().map(RequiredDocument::view).toList(), fees.stream().map(Fee::view).toList());
	}

	ProcedureDetails details() {
		return new ProcedureDetails(name, field.getCode(), mainLevel, Set.copyOf(levels), onlineLevel, sameDayCutoff,
				supplementPolicy, resultDocuments, legalBasis, whereToSubmit, applicants, source, unverified);
	}

}
