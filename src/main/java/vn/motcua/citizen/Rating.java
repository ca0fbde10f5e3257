package vn.motcua.citizen;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "citizen_rating")
class Rating {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, updatable = false)
	private String dossierCode;

	@Column(nullable = false, updatable = false)
	private Long unitId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private RatingLevel level;

	@Column(updatable = false)
	private String comment;

	@Column(nullable = false, updatable = false)
	private boolean atCounter;

	@Column(updatable = false)
	private String recordedBy;

	@Column(nullable = false, updatable = false)
	private Instant recordedAt;

	protected Rating() {
	}

	Rating(String dossierCode, Long unitId, RatingLevel level, String comment, boolean atCounter, String recordedBy,
			Instant recordedAt) {
		this.dossierCode = dossierCode;
		this.unitId = unitId;
		this.level = level;
		this.comment = comment;
		this.atCounter = atCounter;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	RatingLevel getLevel() {
		return level;
	}

}
