package vn.motcua.integration;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.OnlineDossiers;
import vn.motcua.dossier.OnlineSubmission;
import vn.motcua.web.MotCuaTime;

/**
 * Reads a portal's JSON into an {@link OnlineSubmission}, without Spring: the syntax, the types, the required fields,
 * the time and the Base64 of the files, every problem with the path of its field, all of them at once. The rules of
 * the dossier itself (codes, identifiers, sizes, file types) are the dossier module's.
 */
final class SubmissionReader {

	/** A problem: the JSON path of the field, a message key of messages.properties and its arguments. */
	record Problem(String field, String key, Object... args) {
	}

	/** The body is not a submission we can read; nothing was stored. */
	static final class Unreadable extends RuntimeException {

		private final transient List<Problem> problems;

		Unreadable(List<Problem> problems) {
			super(problems.get(0).key());
			this.problems = List.copyOf(problems);
		}

		List<Problem> problems() {
			return problems;
		}

	}

	/** DVCQG's own format (DOMAIN.md §7), Vietnam time. */
	private static final DateTimeFormatter DVCQG = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");

	private final JsonMapper mapper;

	/**
	 * Duplicate keys are refused ({@code {"unitCode":"A","unitCode":"B"}} has no one meaning), as is anything after the
	 * object; unknown fields are ignored, so a portal may send more than we read.
	 */
	SubmissionReader(JsonMapper base) {
		this.mapper = base.rebuild()
			.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.build();
	}

	/** The JSON object, or {@link Unreadable} naming where the syntax or a type is wrong. */
	PortalJson.Submission parse(byte[] body) {
		if (body == null || body.length == 0) {
			throw new Unreadable(List.of(new Problem("", "online.error.emptyBody")));
		}
		try {
			PortalJson.Submission submission = mapper.readValue(body, PortalJson.Submission.class);
			if (submission == null) {
				throw new Unreadable(List.of(new Problem("", "online.error.notAnObject")));
			}
			return submission;
		}
		catch (StreamReadException ex) {
			var at = ex.getLocation();
			throw new Unreadable(List.of(new Problem("", "online.error.json", at == null ? 0 : at.getLineNr(),
					at == null ? 0 : at.getColumnNr())));
		}
		catch (JacksonException ex) {
			String path = path(ex.getPath());
			if (path.isEmpty()) {
				throw new Unreadable(List.of(new Problem("", "online.error.notAnObject")));
			}
			throw new Unreadable(List.of(new Problem(path, "online.error.type", path)));
		}
	}

	/** The submission, or {@link Unreadable} with every missing or malformed field. */
	OnlineSubmission read(PortalJson.Submission json) {
		List<Problem> problems = new ArrayList<>();
		require(problems, "portalNumber", json.portalNumber());
		require(problems, "unitCode", json.unitCode());
		require(problems, "procedureCode", json.procedureCode());
		Instant submittedAt = null;
		if (require(problems, "submittedAt", json.submittedAt())) {
			submittedAt = time(json.submittedAt());
			if (submittedAt == null) {
				problems.add(new Problem("submittedAt", "online.error.submittedAtFormat"));
			}
		}
		PortalJson.Applicant applicant = json.applicant();
		Applicant.Kind kind = null;
		if (applicant == null) {
			problems.add(new Problem("applicant", "online.error.required", "applicant"));
		}
		else {
			if (require(problems, "applicant.kind", applicant.kind())) {
				kind = switch (applicant.kind().trim()) {
					case "PERSON" -> Applicant.Kind.PERSON;
					case "ORGANISATION" -> Applicant.Kind.ORGANISATION;
					default -> {
						problems.add(new Problem("applicant.kind", "online.error.applicantKind"));
						yield null;
					}
				};
			}
			require(problems, "applicant.name", applicant.name());
		}
		List<OnlineSubmission.Document> documents = new ArrayList<>();
		if (json.documents() == null || json.documents().isEmpty()) {
			problems.add(new Problem("documents", "online.error.noDocuments"));
		}
		else if (json.documents().size() > OnlineDossiers.MAX_DOCUMENTS) {
			problems.add(new Problem("documents", "online.error.tooManyDocuments", OnlineDossiers.MAX_DOCUMENTS));
		}
		else {
			for (int i = 0; i < json.documents().size(); i++) {
				documents.add(document(problems, "documents[" + i + "]", json.documents().get(i)));
			}
		}
		if (!problems.isEmpty()) {
			throw new Unreadable(problems);
		}
		return new OnlineSubmission(json.portalNumber(), json.unitCode(), json.procedureCode(), submittedAt, kind,
				applicant.name(), applicant.idNumber(), applicant.taxCode(), applicant.phone(), applicant.email(),
				applicant.address(), json.subject(), documents);
	}

	private static OnlineSubmission.Document document(List<Problem> problems, String field,
			PortalJson.Document json) {
		if (json == null) {
			problems.add(new Problem(field, "online.error.required", field));
			return null;
		}
		require(problems, field + ".name", json.name());
		PortalJson.File file = json.file();
		if (file == null) {
			return new OnlineSubmission.Document(json.name(), null, null);
		}
		if (!require(problems, field + ".file.contentBase64", file.contentBase64())) {
			return null;
		}
		// decoded size known before decoding: a file too large is refused without building it in memory
		String base64 = file.contentBase64().replaceAll("\\s", "");
		if (base64.length() / 4L * 3 > OnlineDossiers.MAX_FILE_BYTES + 3L) {
			problems.add(new Problem(field + ".file", "online.error.fileTooLarge", field,
					OnlineDossiers.MAX_FILE_BYTES / (1024 * 1024)));
			return null;
		}
		try {
			return new OnlineSubmission.Document(json.name(), file.fileName(), Base64.getDecoder().decode(base64));
		}
		catch (IllegalArgumentException ex) {
			problems.add(new Problem(field + ".file.contentBase64", "online.error.base64", field));
			return null;
		}
	}

	/** ISO-8601 with an offset, or without one (Vietnam time), or DVCQG's {@code yyyyMMddHHmmss}; years 2000–2100. */
	static Instant time(String text) {
		String value = text.trim();
		try {
			Instant instant;
			if (value.matches("\\d{14}")) {
				instant = LocalDateTime.parse(value, DVCQG).atZone(MotCuaTime.ZONE).toInstant();
			}
			else {
				TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(value, OffsetDateTime::from,
						LocalDateTime::from);
				instant = parsed instanceof OffsetDateTime offset ? offset.toInstant()
						: ((LocalDateTime) parsed).atZone(MotCuaTime.ZONE).toInstant();
			}
			int year = instant.atZone(MotCuaTime.ZONE).getYear();
			return year < 2000 || year > 2100 ? null : instant;
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static boolean require(List<Problem> problems, String field, String value) {
		if (value == null || value.isBlank()) {
			problems.add(new Problem(field, "online.error.required", field));
			return false;
		}
		return true;
	}

	/** {@code documents[1].file} from Jackson's reference chain. */
	private static String path(List<JacksonException.Reference> references) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : references) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

}
