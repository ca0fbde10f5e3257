package vn.motcua.integration;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.OnlineDossiers;
import vn.motcua.dossier.OnlineSubmission;
import vn.motcua.web.MotCuaTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The portal's JSON read without Spring: syntax, types, required fields, times and Base64, with their paths. */
class SubmissionReaderTests {

	private final SubmissionReader reader = new SubmissionReader(JsonMapper.builder().build());

	private OnlineSubmission read(String json) {
		return reader.read(reader.parse(json.getBytes(StandardCharsets.UTF_8)));
	}

	private static SubmissionReader.Unreadable problems(Runnable reading) {
		try {
			reading.run();
		}
		catch (SubmissionReader.Unreadable ex) {
			return ex;
		}
		throw new AssertionError("expected the submission to be refused");
	}

	private static final String COMPLETE = """
			{"portalNumber": "G22.99-1", "unitCode": "X99101", "procedureCode": "1.001193",
			 "submittedAt": "2026-03-02T20:15:00+07:00", "unknownField": {"ignored": true},
			 "applicant": {"kind": "ORGANISATION", "name": "Công ty TNHH An Khang", "taxCode": "0101234567"},
			 "documents": [{"name": "Đơn đề nghị", "file": {"fileName": "don.pdf", "contentBase64": "JVBE\\r\\nRi0x"}},
			               {"name": "Giấy phép kinh doanh"}]}""";

	@Test
	void readsACompleteSubmissionAndIgnoresFieldsItDoesNotKnow() {
		OnlineSubmission s = read(COMPLETE);
		assertThat(s.portalNumber()).isEqualTo("G22.99-1");
		assertThat(s.applicantKind()).isEqualTo(Applicant.Kind.ORGANISATION);
		assertThat(s.taxCode()).isEqualTo("0101234567");
		assertThat(s.submittedAt()).isEqualTo(ZonedDateTime.of(2026, 3, 2, 20, 15, 0, 0, MotCuaTime.ZONE).toInstant());
		assertThat(s.documents()).hasSize(2);
		// Base64 wrapped over lines (MIME style) is read; the bytes are those of "%PDF-1"
		assertThat(new String(s.documents().get(0).content(), StandardCharsets.US_ASCII)).isEqualTo("%PDF-1");
		assertThat(s.documents().get(1).hasFile()).isFalse();
	}

	@Test
	void namesEveryMissingFieldAtOnce() {
		var ex = problems(() -> read("{\"applicant\": {}, \"documents\": [{\"file\": {}}]}"));
		assertThat(ex.problems()).extracting(SubmissionReader.Problem::field)
			.containsExactly("portalNumber", "unitCode", "procedureCode", "submittedAt", "applicant.kind",
					"applicant.name", "documents[0].name", "documents[0].file.contentBase64");
		assertThat(ex.problems()).extracting(SubmissionReader.Problem::key).containsOnly("online.error.required");
	}

	@Test
	void tellsWhereTheSyntaxIsBroken() {
		var ex = problems(() -> read("{\n  \"portalNumber\": \"G1\",\n  \"unitCode\" \"X\"\n}"));
		assertThat(ex.problems()).singleElement().satisfies(p -> {
			assertThat(p.key()).isEqualTo("online.error.json");
			assertThat(p.args()[0]).isEqualTo(3);
		});
	}

	@Test
	void refusesWhatHasNoSingleMeaning() {
		assertThat(problems(() -> read("{\"unitCode\": \"A\", \"unitCode\": \"B\"}")).problems().get(0).key())
			.isEqualTo("online.error.json");
		assertThat(problems(() -> read("{} {}")).problems().get(0).key()).isIn("online.error.json",
				"online.error.notAnObject");
		assertThat(problems(() -> read("[]")).problems().get(0).key()).isEqualTo("online.error.notAnObject");
		assertThat(problems(() -> read("null")).problems().get(0).key()).isEqualTo("online.error.notAnObject");
		assertThat(problems(() -> reader.parse(new byte[0])).problems().get(0).key()).isEqualTo("online.error.emptyBody");
	}

	@Test
	void namesTheFieldOfAWrongType() {
		var ex = problems(() -> read("{\"documents\": [{\"name\": \"A\", \"file\": [1, 2]}]}"));
		assertThat(ex.problems()).singleElement().satisfies(p -> {
			assertThat(p.field()).isEqualTo("documents[0].file");
			assertThat(p.key()).isEqualTo("online.error.type");
		});
	}

	@Test
	void readsTheTimeFormatsPortalsUse() {
		var vietnam = ZonedDateTime.of(2026, 3, 2, 20, 15, 0, 0, MotCuaTime.ZONE).toInstant();
		assertThat(SubmissionReader.time("2026-03-02T20:15:00+07:00")).isEqualTo(vietnam);
		assertThat(SubmissionReader.time("2026-03-02T13:15:00Z")).isEqualTo(vietnam);
		// without an offset: Vietnam time; DVCQG's yyyyMMddHHmmss likewise (DOMAIN.md §7)
		assertThat(SubmissionReader.time("2026-03-02T20:15:00")).isEqualTo(vietnam);
		assertThat(SubmissionReader.time("20260302201500")).isEqualTo(vietnam);
		assertThat(SubmissionReader.time("02/03/2026 20:15")).isNull();
		assertThat(SubmissionReader.time("2026-02-30T10:00:00+07:00")).isNull();
		assertThat(SubmissionReader.time("1999-12-31T23:00:00+07:00")).isNull();
		assertThat(SubmissionReader.time("20261302201500")).isNull();
	}

	@Test
	void refusesAnUnknownApplicantKindAndBrokenBase64() {
		var ex = problems(() -> read(COMPLETE.replace("ORGANISATION", "COMPANY").replace("JVBE\\r\\nRi0x", "JVBE*")));
		assertThat(ex.problems()).extracting(SubmissionReader.Problem::key)
			.containsExactly("online.error.applicantKind", "online.error.base64");
		assertThat(problems(() -> read(COMPLETE.replace("2026-03-02T20:15:00+07:00", "hôm qua"))).problems())
			.extracting(SubmissionReader.Problem::field).containsExactly("submittedAt");
	}

	@Test
	void refusesAFileTooLargeBeforeDecodingIt() {
		String big = "A".repeat((OnlineDossiers.MAX_FILE_BYTES / 3 + 2) * 4);
		var ex = problems(() -> read(COMPLETE.replace("JVBE\\r\\nRi0x", big)));
		assertThat(ex.problems()).singleElement().satisfies(p -> {
			assertThat(p.key()).isEqualTo("online.error.fileTooLarge");
			assertThat(p.field()).isEqualTo("documents[0].file");
		});
	}

	@Test
	void refusesMoreDocumentsThanAllowed() {
		String many = "{\"name\": \"x\"},".repeat(OnlineDossiers.MAX_DOCUMENTS) + "{\"name\": \"x\"}";
		String json = COMPLETE.substring(0, COMPLETE.indexOf("\"documents\"")) + "\"documents\": [" + many + "]}";
		var ex = problems(() -> read(json));
		assertThat(ex.problems()).extracting(SubmissionReader.Problem::key).containsExactly("online.error.tooManyDocuments");
	}

	@Test
	void theUnreadableBodyIsAnErrorWithProblems() {
		assertThatThrownBy(() -> read("{")).isInstanceOf(SubmissionReader.Unreadable.class);
	}

}
