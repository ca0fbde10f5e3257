package vn.motcua.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One line of the checklist at reception: a required document and whether the applicant brought it. */
@Entity
@Table(name = "dossier_document")
class DocumentCheck {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "dossier_id")
	private Dossier dossier;

	private int position;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String form;

	private int copies;

	private boolean mandatory;

	private boolean received;

	protected DocumentCheck() {
	}

	DocumentCheck(Dossier dossier, int position, String name, String form, int copies, boolean mandatory,
			boolean received) {
		this.dossier = dossier;
		this.position = position;
		this.name = name;
		this.form = form;
		this.copies = copies;
		this.mandatory = mandatory;
		this.received = received;
	}

	/** The line becomes another one at the same position (an online submission's list replaced by the checklist). */
	void rewrite(String name, String form, int copies, boolean mandatory, boolean received) {
		this.name = name;
		this.form = form;
		this.copies = copies;
		this.mandatory = mandatory;
		this.received = received;
	}

	DocumentCheckView view() {
		return new DocumentCheckView(position, name, form, copies, mandatory, received);
	}

}
