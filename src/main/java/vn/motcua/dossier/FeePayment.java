package vn.motcua.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The fee or charge recorded at reception: paid (amount, receipt number, cash or transfer) or exempt. */
@Embeddable
public class FeePayment {

	public enum Status {
		PAID, EXEMPT
	}

	public enum Method {
		CASH, TRANSFER
	}

	@Enumerated(EnumType.STRING)
	@Column(name = "fee_status")
	private Status status;

	@Column(name = "fee_amount_vnd")
	private Long amountVnd;

	@Column(name = "fee_receipt_number")
	private String receiptNumber;

	@Enumerated(EnumType.STRING)
	@Column(name = "fee_method")
	private Method method;

	protected FeePayment() {
	}

	FeePayment(Status status, Long amountVnd, String receiptNumber, Method method) {
		this.status = status;
		this.amountVnd = amountVnd;
		this.receiptNumber = receiptNumber;
		this.method = method;
	}

	public Status status() {
		return status;
	}

	public Long amountVnd() {
		return amountVnd;
	}

	public String receiptNumber() {
		return receiptNumber;
	}

	public Method method() {
		return method;
	}

}
