package vn.motcua.dossier;

import java.time.Instant;
import java.util.List;

/**
 * What a public-service portal submits for one dossier (issue 10), already decoded from its JSON; the rules are
 * checked by {@link OnlineDossiers#submit}. Field names are the JSON's, so that an error names the field the portal
 * sent.
 * @param portalNumber the portal's own dossier number: the idempotency key
 * @param submittedAt when the applicant submitted it on the portal
 * @param documents what the applicant sent, each with its scan or, for a file kept on the portal, its name only
 */
public record OnlineSubmission(String portalNumber, String unitCode, String procedureCode, Instant submittedAt,
		Applicant.Kind applicantKind, String applicantName, String idNumber, String taxCode, String phone,
		String email, String address, String subject, List<Document> documents) {

	/** One document: its name, and its file (name and bytes) when the portal sends it along. */
	public record Document(String name, String fileName, byte[] content) {

		public boolean hasFile() {
			return content != null;
		}

	}

}
