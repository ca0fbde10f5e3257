package vn.motcua.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Chủ hồ sơ: a citizen (with a 12-digit CCCD) or an organisation (with a tax code). */
@Embeddable
public class Applicant {

	/** Cá nhân or tổ chức (DVCQG's LoaiDoiTuong 1 / 2). */
	public enum Kind {
		PERSON, ORGANISATION
	}

	@Enumerated(EnumType.STRING)
	@Column(name = "applicant_kind", nullable = false)
	private Kind kind;

	@Column(name = "applicant_name", nullable = false)
	private String name;

	@Column(name = "applicant_id_number")
	private String idNumber;

	@Column(name = "applicant_tax_code")
	private String taxCode;

	@Column(name = "applicant_phone")
	private String phone;

	@Column(name = "applicant_email")
	private String email;

	@Column(name = "applicant_address")
	private String address;

	protected Applicant() {
	}

	public Applicant(Kind kind, String name, String idNumber, String taxCode, String phone, String email,
			String address) {
		this.kind = kind;
		this.name = name;
		this.idNumber = idNumber;
		this.taxCode = taxCode;
		this.phone = phone;
		this.email = email;
		this.address = address;
	}

	public Kind kind() {
		return kind;
	}

	public String name() {
		return name;
	}

	public String idNumber() {
		return idNumber;
	}

	public String taxCode() {
		return taxCode;
	}

	public String phone() {
		return phone;
	}

	public String email() {
		return email;
	}

	public String address() {
		return address;
	}

}
