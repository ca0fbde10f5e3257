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

/** A phí or lệ phí of a procedure; the amount is empty when it varies (the description says how). */
@Entity
@Table(name = "procedure_fee")
class Fee {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "procedure_id")
	private Procedure procedure;

	@Column(nullable = false)
	private int position;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private FeeKind kind;

	@Column(nullable = false)
	private String description;

	private Long amountVnd;

	protected Fee() {
	}

	Fee(Procedure procedure, int position, FeeKind kind, String description, Long amountVnd) {
		this.procedure = procedure;
		this.position = position;
		this.kind = kind;
		this.description = description;
		this.amountVnd = amountVnd;
	}

	Long getId() {
		return id;
	}

	int getPosition() {
		return position;
	}

	FeeView view() {
		return new FeeView(id, kind, description, amountVnd);
	}

}
