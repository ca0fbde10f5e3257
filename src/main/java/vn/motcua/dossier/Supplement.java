package vn.motcua.dossier;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.motcua.calendar.Pause;

/**
 * A supplement round (Mẫu 02): what was asked and why, when; and when the applicant brought it back, with the
 * appointment before and after (DVCQG's NgayHenTraTruoc / NgayHenTraMoi).
 */
@Entity
@Table(name = "dossier_supplement")
class Supplement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "dossier_id")
	private Dossier dossier;

	@Column(nullable = false)
	private Instant requestedAt;

	@Column(nullable = false)
	private String items;

	private String reason;

	private Instant resubmittedAt;

	private boolean resubmittedOnline;

	private Instant dueBefore;

	private Instant dueAfter;

	protected Supplement() {
	}

	Supplement(Dossier dossier, Instant requestedAt, String items, String reason) {
		this.dossier = dossier;
		this.requestedAt = requestedAt;
		this.items = items;
		this.reason = reason;
	}

	boolean isOpen() {
		return resubmittedAt == null;
	}

	void received(Instant at, boolean online, Instant dueBefore, Instant dueAfter) {
		this.resubmittedAt = at;
		this.resubmittedOnline = online;
		this.dueBefore = dueBefore;
		this.dueAfter = dueAfter;
	}

	Instant requestedAt() {
		return requestedAt;
	}

	Pause pauseUntil(Instant resubmitted, boolean online) {
		return new Pause(requestedAt, resubmitted, online);
	}

	Pause pause() {
		return new Pause(requestedAt, resubmittedAt, resubmittedOnline);
	}

	SupplementView view() {
		return new SupplementView(requestedAt, items, reason, resubmittedAt, dueBefore, dueAfter);
	}

}
