package vn.motcua.dossier;

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

/**
 * One step of a dossier's history, never changed once written: who (and from which unit), when, from which state to
 * which, and why. The control sheet (Mẫu 05) and the citizen's timeline are read from these rows.
 */
@Entity
@Table(name = "dossier_transition")
class Transition {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "dossier_id", updatable = false)
	private Dossier dossier;

	@Column(nullable = false, updatable = false)
	private Instant occurredAt;

	@Column(nullable = false, updatable = false)
	private String action;

	@Enumerated(EnumType.STRING)
	@Column(updatable = false)
	private DossierStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private DossierStatus toStatus;

	@Column(nullable = false, updatable = false)
	private String actor;

	@Column(updatable = false)
	private String actorUnit;

	@Column(updatable = false)
	private String assignee;

	@Column(updatable = false)
	private String note;

	@Column(updatable = false)
	private Instant dueAt;

	protected Transition() {
	}

	Transition(Dossier dossier, Instant at, String action, DossierStatus from, DossierStatus to, Actor actor,
			String assignee, String note, Instant dueAt) {
		this.dossier = dossier;
		this.occurredAt = at;
		this.action = action;
		this.fromStatus = from;
		this.toStatus = to;
		this.actor = actor.username();
		this.actorUnit = actor.unitCode();
		this.assignee = assignee;
		this.note = note;
		this.dueAt = dueAt;
	}

	TransitionView view() {
		return new TransitionView(occurredAt, action, fromStatus, toStatus, actor, actorUnit, assignee, note, dueAt);
	}

}
