package vn.motcua.dossier;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The reception form: procedure, channel, applicant (a citizen with a 12-digit personal ID number, or an organisation
 * with a tax code), which of the procedure's documents were received, subject and note.
 * @param received positions (1-based) of the checklist lines the applicant brought
 */
public record ReceiveForm(
		@NotBlank(message = "{dossier.procedure.required}") String procedureCode,
		@NotNull(message = "{dossier.channel.required}") Channel channel,
		@NotNull(message = "{dossier.applicantKind.required}") Applicant.Kind applicantKind,
		@NotBlank(message = "{dossier.applicantName.required}") @Size(max = 200, message = "{dossier.applicantName.size}") String applicantName,
		@Size(max = 20, message = "{dossier.idNumber.invalid}") String idNumber,
		@Size(max = 20, message = "{dossier.taxCode.invalid}") String taxCode,
		@Size(max = 30, message = "{dossier.phone.invalid}") String phone,
		@Size(max = 200, message = "{dossier.email.invalid}") String email,
		@Size(max = 500, message = "{dossier.address.size}") String address,
		@Size(max = 2000, message = "{dossier.text.size}") String subject,
		@Size(max = 2000, message = "{dossier.text.size}") String note,
		List<Integer> received,
		FeePayment.Status feeStatus,
		@jakarta.validation.constraints.Min(value = 0, message = "{dossier.fee.amount}") @jakarta.validation.constraints.Max(value = 1_000_000_000L, message = "{dossier.fee.amount}") Long feeAmount,
		@Size(max = 40, message = "{dossier.fee.receiptNumber}") String feeReceiptNumber,
		FeePayment.Method feeMethod) {

	ReceiveForm(String procedureCode, Channel channel, Applicant.Kind applicantKind, String applicantName,
			String idNumber, String taxCode, String phone, String email, String address, String subject, String note,
			List<Integer> received) {
		this(procedureCode, channel, applicantKind, applicantName, idNumber, taxCode, phone, email, address, subject,
				note, received, null, null, null, null);
	}

	static ReceiveForm empty() {
		return new ReceiveForm("", Channel.DIRECT, Applicant.Kind.PERSON, "", "", "", "", "", "", "", "", List.of());
	}

}
