package vn.motcua.procedure;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Lĩnh vực: the sector a procedure belongs to; report rows group by it. */
@Entity
@Table(name = "procedure_field")
class Field {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, updatable = false)
	private String code;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private Instant createdAt;

	protected Field() {
	}

	Field(String code, String name, Instant now) {
		this.code = code;
		this.name = name;
		this.createdAt = now;
	}

	void rename(String name) {
		this.name = name;
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

	FieldView view() {
		return new FieldView(code, name);
	}

}
