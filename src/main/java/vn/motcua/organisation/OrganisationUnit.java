package vn.motcua.organisation;

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
import jakarta.persistence.Version;

/**
 * A unit of the tree. Never deleted: a deactivated or merged unit keeps its row, its validity dates and, when merged,
 * a link to the unit that took it over, so that history (dossiers, reports) still finds it.
 */
@Entity
@Table(name = "organisation_unit")
class OrganisationUnit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, updatable = false)
	private String code;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private UnitKind kind;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_id")
	private OrganisationUnit parent;

	private String adminCode;

	private String agencyId;

	private boolean active = true;

	private LocalDate validFrom;

	private LocalDate validTo;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "successor_id")
	private OrganisationUnit successor;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected OrganisationUnit() {
	}

	OrganisationUnit(String code, String name, UnitKind kind, OrganisationUnit parent, Instant now) {
		this.code = code;
		this.name = name;
		this.kind = kind;
		this.parent = parent;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void describe(String name, UnitKind kind, String adminCode, String agencyId, LocalDate validFrom, Instant now) {
		this.name = name;
		this.kind = kind;
		this.adminCode = adminCode;
		this.agencyId = agencyId;
		this.validFrom = validFrom;
		this.updatedAt = now;
	}

	void moveUnder(OrganisationUnit newParent, Instant now) {
		this.parent = newParent;
		this.updatedAt = now;
	}

	/** Ends the unit's validity; with a successor, the successor takes over its history (merger). */
	void close(LocalDate on, OrganisationUnit successor, Instant now) {
		if (!active) {
			throw new OrganisationException("unit.error.alreadyInactive", code);
		}
		if (validFrom != null && on.isBefore(validFrom)) {
			throw new OrganisationException("unit.error.endBeforeStart");
		}
		this.active = false;
		this.validTo = on;
		this.successor = successor;
		this.updatedAt = now;
	}

	/**
	 * The validity an import states (migration of historical units): a unit with an end date is inactive and may
	 * point to its successor.
	 */
	void importValidity(LocalDate validTo, OrganisationUnit successor, Instant now) {
		this.validTo = validTo;
		this.active = validTo == null;
		this.successor = successor;
		this.updatedAt = now;
	}

	UnitView view() {
		return new UnitView(id, code, name, kind, parent == null ? null : parent.getId(),
				parent == null ? null : parent.getCode(), adminCode, agencyId, active, validFrom, validTo,
				successor == null ? null : successor.getCode());
	}

	Long getId() {
		return id;
	}

	String getCode() {
		return code;
	}

	String getName() {
		return name;
	}

	UnitKind getKind() {
		return kind;
	}

	OrganisationUnit getParent() {
		return parent;
	}

	boolean isActive() {
		return active;
	}

}
