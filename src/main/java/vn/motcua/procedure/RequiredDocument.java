package vn.motcua.procedure;

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

/** Thành phần hồ sơ: a document the applicant brings. */
@Entity
@Table(name = "procedure_document")
class RequiredDocument {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "procedure_id")
	private Procedure procedure;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private DocumentForm form;

	private int copies;

	private boolean mandatory;

	protected RequiredDocument() {
	}

	RequiredDocument(Procedure procedure, int position, String name, DocumentForm form, int copies, boolean mandatory) {
		this.procedure = procedure;
		this.position = position;
		this.name = name;
		this.form = form;
		this.copies = copies;
		this.mandatory = mandatory;
	}

	Long getId() {
		return id;
	}

	int getPosition() {
		return position;
	}

	DocumentView view() {
		return new DocumentView(id, position, name, form, copies, mandatory);
	}

}
