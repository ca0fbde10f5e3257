package vn.motcua.dossier;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Types;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

import vn.motcua.audit.AuditLog;
import vn.motcua.calendar.CalendarDays;
import vn.motcua.calendar.DeadlineCalculator;
import vn.motcua.calendar.OutsideCalendarException;
import vn.motcua.calendar.ProcessingTime;
import vn.motcua.calendar.SupplementPolicy;
import vn.motcua.dossier.DossierEvents.DossiersImported;
import vn.motcua.organisation.CurrentUser;
import vn.motcua.organisation.OrganisationUnits;
import vn.motcua.organisation.UnitView;
import vn.motcua.procedure.ProcedureView;
import vn.motcua.procedure.Procedures;
import vn.motcua.web.ImportReport;
import vn.motcua.web.MotCuaTime;

/**
 * Nhập hồ sơ từ hệ thống cũ: the bulk path of the dossier module (ARCHITECTURE.md). Columns
 * {@code code,unit_code,procedure_code,channel,received_at} and optionally
 * {@code due_at,resolved_at,outcome,withdrawn_at,returned_at}; times {@code YYYY-MM-DDTHH:MM[:SS]} in
 * Asia/Ho_Chi_Minh.
 *
 * <p>How: one streaming pass (Commons CSV over the request's byte stream, never the whole file in memory) checks each
 * row on its own and writes the valid ones, 1.000 per JDBC batch, into a temporary staging table of the transaction;
 * then set-based SQL finds codes repeated in the file and codes that already exist with other content. Any problem
 * rejects the whole file (every bad line reported, nothing written: the transaction rolls back). Otherwise one
 * {@code INSERT … SELECT} creates the new dossiers, one more their history row ("import"), the audit gets one record
 * with the counts, and one {@link DossiersImported} event lets the statistics module copy the new rows from the
 * dossier module's public view {@code dossier_statistics_facts} in one statement. A row identical to an existing
 * dossier changes nothing (idempotent by code). Codes of our pattern dated today or later (the older system's
 * codes of the switch-over morning) move that day's sequence past them ({@link DossierCodes#reserve}), so receptions,
 * running meanwhile or after, never give out an imported code again.
 *
 * <p>Status from the columns: withdrawn_at → WITHDRAWN; resolved_at with outcome REJECTED → REJECTED_AFTER_REVIEW
 * (returned_at, if any, is kept as the return time, so the rejection still counts as such); resolved_at with APPROVED
 * → RETURNED when returned_at is set, else RESULT_READY; otherwise RECEIVED (open).
 */
@Service
public class DossierImport {

	/** A dossier file is larger than a units file: a district's ten years fit comfortably. */
	public static final long MAX_BYTES = 200L * 1024 * 1024;

	static final String APPLICANT_PLACEHOLDER = "(nhập từ hệ thống cũ)";

	static final List<String> REQUIRED = List.of("code", "unit_code", "procedure_code", "channel", "received_at");

	static final List<String> COLUMNS = List.of("code", "unit_code", "procedure_code", "channel", "received_at",
			"due_at", "resolved_at", "outcome", "withdrawn_at", "returned_at");

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DossierImport.class);

	private static final int BATCH = 1000;

	private static final int MAX_CODE = 64;

	private static final String STAGING_COLUMNS = "line, code, status, procedure_code, procedure_name, field_code,"
			+ " unit_id, unit_code, channel, received_at, due_at, resolved_at, returned_at, closed_at,"
			+ " processing_value, processing_unit, same_day_cutoff, supplement_policy, form_set";

	private static final int[] STAGING_TYPES = { Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
			Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE,
			Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE,
			Types.TIMESTAMP_WITH_TIMEZONE, Types.NUMERIC, Types.VARCHAR, Types.TIME, Types.VARCHAR, Types.VARCHAR };

	private final JdbcTemplate jdbc;

	private final OrganisationUnits units;

	private final Procedures procedures;

	private final CalendarDays calendar;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final DossierCodes codes;

	DossierImport(JdbcTemplate jdbc, OrganisationUnits units, Procedures procedures, CalendarDays calendar,
			AuditLog audit, ApplicationEventPublisher events, Clock clock, DossierCodes codes) {
		this.jdbc = jdbc;
		this.codes = codes;
		this.units = units;
		this.procedures = procedures;
		this.calendar = calendar;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** The file could not be read past a point: reported on the line where it broke. */
	private static final class Unreadable extends Exception {

		private final String messageKey;

		Unreadable(String messageKey) {
			super(messageKey, null, false, false);
			this.messageKey = messageKey;
		}

	}

	/** Thrown by the bounded stream when the upload exceeds {@link #MAX_BYTES}. */
	static final class TooLarge extends IOException {

		TooLarge() {
			super("too large");
		}

	}

	/** A valid row, as the staging table holds it. */
	private record Staged(long line, String code, DossierStatus status, ProcedureView procedure, UnitView unit,
			Channel channel, Instant receivedAt, Instant dueAt, Instant resolvedAt, Instant returnedAt,
			Instant closedAt, ProcessingTime time, SupplementPolicy policy, String formSet) {
	}

	/** What the pass looks up once per unit, procedure or (procedure, day), not once per row. */
	private final class Lookups {

		final Set<Long> scope;

		final Map<String, Optional<UnitView>> unitByCode = new HashMap<>();

		final Map<String, Optional<ProcedureView>> procedureByCode = new HashMap<>();

		final Map<String, Optional<ProcessingTime>> timeByDay = new HashMap<>();

		final Map<Long, DeadlineCalculator> calculators = new HashMap<>();

		/** Highest imported number per agency and day, for days from today on (older days get no new codes). */
		final Map<String, DossierCodes.Parts> todaysCodes = new java.util.TreeMap<>();

		final LocalDate today;

		Lookups(CurrentUser admin) {
			this.scope = units.scopeOf(admin);
			this.today = LocalDate.ofInstant(clock.instant(), MotCuaTime.ZONE);
		}

		void noteCode(String code) {
			DossierCodes.parse(code).filter(parts -> !parts.day().isBefore(today)).ifPresent(parts -> todaysCodes
				.merge(parts.agency() + "|" + parts.day(), parts, (a, b) -> a.sequence() >= b.sequence() ? a : b));
		}

		Optional<UnitView> unit(String code) {
			return unitByCode.computeIfAbsent(code.toUpperCase(Locale.ROOT), units::find);
		}

		Optional<ProcedureView> procedure(String code) {
			return procedureByCode.computeIfAbsent(code.toUpperCase(Locale.ROOT), procedures::find);
		}

		Optional<ProcessingTime> time(String procedure, LocalDate day) {
			return timeByDay.computeIfAbsent(procedure + "|" + day, key -> procedures.processingTimeOn(procedure, day));
		}

		/** {@link CalendarDays#appointment}, with the unit's calculator built once. */
		Instant appointment(Instant receivedAt, ProcessingTime time, boolean online, Long unitId) {
			return calculators.computeIfAbsent(unitId, calendar::deadlineCalculator)
				.appointment(receivedAt, time, online)
				.instant();
		}

	}

	/**
	 * Reads {@code csv} (UTF-8, header row) and imports it all or not at all.
	 * @return the counts, or every problem (then nothing was written)
	 */
	@Transactional
	public ImportReport importCsv(CurrentUser admin, InputStream csv) {
		long started = System.nanoTime();
		ImportReport report = new ImportReport();
		jdbc.execute("drop table if exists pg_temp.dossier_import_row");
		jdbc.execute("""
				create temp table dossier_import_row (
				    line bigint not null, code varchar(64) not null, status varchar(30) not null,
				    procedure_code varchar(40) not null, procedure_name varchar(500) not null,
				    field_code varchar(40) not null, unit_id bigint not null, unit_code varchar(40) not null,
				    channel varchar(10) not null, received_at timestamptz not null, due_at timestamptz not null,
				    resolved_at timestamptz, returned_at timestamptz, closed_at timestamptz,
				    processing_value numeric(7, 2), processing_unit varchar(20), same_day_cutoff time,
				    supplement_policy varchar(10), form_set varchar(12) not null
				) on commit drop""");
		List<ImportReport.Problem> problems = new ArrayList<>();
		Lookups lookups = new Lookups(admin);
		long staged = stream(lookups, csv, problems);
		// before the checks: a reception that took one of these numbers first is then seen as a conflict, and
		// one that comes later waits for this transaction and continues after them (rolled back with a rejection)
		lookups.todaysCodes.values().forEach(parts -> codes.reserve(parts.agency(), parts.day(), parts.sequence()));
		if (staged > 0) {
			jdbc.execute("create index on pg_temp.dossier_import_row (code)");
			jdbc.execute("analyze pg_temp.dossier_import_row");
			duplicates(problems);
			conflicts(problems);
		}
		if (!problems.isEmpty()) {
			problems.stream()
				.sorted(Comparator.comparingLong(ImportReport.Problem::line))
				.forEach(p -> report.problem(p.line(), p.messageKey(), p.arguments()));
			// nothing of a rejected file may stay
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			return report;
		}
		apply(admin, staged, report);
		log.info("historical import: {} rows in {} ms", staged, (System.nanoTime() - started) / 1_000_000);
		return report;
	}

	// --- the streaming pass ---

	private long stream(Lookups lookups, InputStream csv, List<ImportReport.Problem> problems) {
		List<Object[]> batch = new ArrayList<>(BATCH);
		long staged = 0;
		long line = 1;
		var decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try (Reader reader = new BufferedReader(new InputStreamReader(bounded(csv), decoder), 1 << 16)) {
			reader.mark(1);
			int first = reader.read();
			if (first == -1) {
				throw new Unreadable("import.error.empty");
			}
			if (first != '\uFEFF') {
				reader.reset();
			}
			CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
			try (CSVParser parser = CSVParser.parse(reader, format)) {
				Map<String, Integer> header = null;
				long nextLine = 1;
				for (CSVRecord record : parser) {
					line = nextLine;
					nextLine = parser.getCurrentLineNumber() + 1;
					if (header == null) {
						header = header(record, problems);
						if (header == null) {
							return 0;
						}
						continue;
					}
					Staged row = read(line, record, header, lookups, problems);
					if (row != null) {
						lookups.noteCode(row.code());
						batch.add(values(row));
						staged++;
						if (batch.size() == BATCH) {
							flush(batch);
						}
					}
				}
				if (header == null) {
					throw new Unreadable("import.error.empty");
				}
			}
			flush(batch);
		}
		catch (Unreadable ex) {
			problems.add(new ImportReport.Problem(line, ex.messageKey));
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			problems.add(new ImportReport.Problem(line, reason(ex)));
		}
		return staged;
	}

	private static String reason(Exception ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof TooLarge) {
				return "import.dossier.tooLarge";
			}
			if (cause instanceof CharacterCodingException) {
				return "import.error.notUtf8";
			}
		}
		return "import.error.malformed";
	}

	private static InputStream bounded(InputStream in) {
		return new FilterInputStream(in) {

			private long count;

			@Override
			public int read() throws IOException {
				int b = super.read();
				if (b >= 0 && ++count > MAX_BYTES) {
					throw new TooLarge();
				}
				return b;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				int n = super.read(buffer, offset, length);
				if (n > 0 && (count += n) > MAX_BYTES) {
					throw new TooLarge();
				}
				return n;
			}

		};
	}

	private static Map<String, Integer> header(CSVRecord record, List<ImportReport.Problem> problems) {
		Map<String, Integer> header = new HashMap<>();
		for (int i = 0; i < record.size(); i++) {
			header.putIfAbsent(record.get(i).trim().toLowerCase(Locale.ROOT), i);
		}
		List<String> missing = REQUIRED.stream().filter(column -> !header.containsKey(column)).toList();
		if (!missing.isEmpty()) {
			problems.add(new ImportReport.Problem(1, "import.error.missingColumns", String.join(", ", missing)));
			return null;
		}
		header.put("__size", record.size());
		return header;
	}

	private static String value(CSVRecord record, Map<String, Integer> header, String column) {
		Integer index = header.get(column);
		if (index == null || index >= record.size()) {
			return "";
		}
		String value = record.get(index).trim();
		return Normalizer.isNormalized(value, Normalizer.Form.NFC) ? value
				: Normalizer.normalize(value, Normalizer.Form.NFC);
	}

	private Staged read(long line, CSVRecord record, Map<String, Integer> header, Lookups lookups,
			List<ImportReport.Problem> problems) {
		int before = problems.size();
		if (record.size() > header.get("__size")) {
			problems.add(new ImportReport.Problem(line, "import.error.extraValues"));
		}
		for (String column : COLUMNS) {
			if (value(record, header, column).indexOf('\u0000') >= 0) {
				problems.add(new ImportReport.Problem(line, "import.error.nul"));
				return null;
			}
		}
		String code = value(record, header, "code");
		if (code.isEmpty()) {
			problems.add(new ImportReport.Problem(line, "import.dossier.codeRequired"));
		}
		else if (code.length() > MAX_CODE) {
			problems.add(new ImportReport.Problem(line, "import.dossier.codeTooLong", MAX_CODE));
		}
		Channel channel = null;
		String channelText = value(record, header, "channel");
		try {
			channel = Channel.valueOf(channelText.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problems.add(new ImportReport.Problem(line, "import.dossier.channelInvalid", channelText));
		}
		Instant received = time(line, record, header, "received_at", problems);
		if (received == null && value(record, header, "received_at").isEmpty()) {
			problems.add(new ImportReport.Problem(line, "import.dossier.receivedRequired"));
		}
		Instant due = time(line, record, header, "due_at", problems);
		Instant resolved = time(line, record, header, "resolved_at", problems);
		Instant withdrawn = time(line, record, header, "withdrawn_at", problems);
		Instant returned = time(line, record, header, "returned_at", problems);
		if (received != null) {
			notBefore(line, "due_at", due, received, problems);
			notBefore(line, "resolved_at", resolved, received, problems);
			notBefore(line, "withdrawn_at", withdrawn, received, problems);
			notBefore(line, "returned_at", returned, received, problems);
		}
		if (resolved != null && withdrawn != null) {
			problems.add(new ImportReport.Problem(line, "import.dossier.resolvedAndWithdrawn"));
		}
		if (returned != null && resolved == null && value(record, header, "resolved_at").isEmpty()) {
			problems.add(new ImportReport.Problem(line, "import.dossier.returnedWithoutResolved"));
		}
		else if (returned != null && resolved != null && returned.isBefore(resolved)) {
			problems.add(new ImportReport.Problem(line, "import.dossier.returnedBeforeResolved"));
		}
		String outcome = value(record, header, "outcome").toUpperCase(Locale.ROOT);
		boolean resolvedGiven = !value(record, header, "resolved_at").isEmpty();
		if (resolvedGiven && !outcome.equals("APPROVED") && !outcome.equals("REJECTED")) {
			problems.add(new ImportReport.Problem(line, outcome.isEmpty() ? "import.dossier.outcomeRequired"
					: "import.dossier.outcomeInvalid", value(record, header, "outcome")));
		}
		else if (!resolvedGiven && !outcome.isEmpty()) {
			problems.add(new ImportReport.Problem(line, "import.dossier.outcomeWithoutResolved"));
		}
		String unitCode = value(record, header, "unit_code");
		UnitView unit = null;
		if (unitCode.isEmpty()) {
			problems.add(new ImportReport.Problem(line, "import.dossier.unitRequired"));
		}
		else {
			unit = lookups.unit(unitCode).orElse(null);
			if (unit == null) {
				problems.add(new ImportReport.Problem(line, "import.dossier.unitUnknown", unitCode));
			}
			else if (!lookups.scope.contains(unit.id())) {
				problems.add(new ImportReport.Problem(line, "import.unit.outOfScope", unit.code()));
				unit = null;
			}
		}
		String procedureCode = value(record, header, "procedure_code");
		ProcedureView procedure = null;
		if (procedureCode.isEmpty()) {
			problems.add(new ImportReport.Problem(line, "import.dossier.procedureRequired"));
		}
		else {
			procedure = lookups.procedure(procedureCode).orElse(null);
			if (procedure == null) {
				problems.add(new ImportReport.Problem(line, "import.dossier.procedureUnknown", procedureCode));
			}
		}
		if (problems.size() > before) {
			return null;
		}
		LocalDate day = LocalDate.ofInstant(received, MotCuaTime.ZONE);
		ProcessingTime time = lookups.time(procedure.code(), day).orElse(null);
		if (due == null) {
			if (time == null) {
				problems.add(new ImportReport.Problem(line, "import.dossier.noProcessingTime", procedure.code(),
						day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))));
				return null;
			}
			try {
				due = lookups.appointment(received, time, channel == Channel.ONLINE, unit.id());
			}
			catch (OutsideCalendarException ex) {
				problems.add(new ImportReport.Problem(line, "import.dossier.outsideCalendar"));
				return null;
			}
		}
		DossierStatus status;
		Instant closed = null;
		if (withdrawn != null) {
			status = DossierStatus.WITHDRAWN;
			closed = withdrawn;
		}
		else if (resolved != null && outcome.equals("REJECTED")) {
			status = DossierStatus.REJECTED_AFTER_REVIEW;
			closed = returned;
		}
		else if (resolved != null) {
			status = returned != null ? DossierStatus.RETURNED : DossierStatus.RESULT_READY;
			closed = returned;
		}
		else {
			status = DossierStatus.RECEIVED;
		}
		SupplementPolicy policy = procedure.supplementPolicy() == null ? SupplementPolicy.PAUSE
				: procedure.supplementPolicy();
		String formSet = day.isBefore(Dossiers.DECREE_118_FROM) ? "TT01_2018" : "TT03_2025";
		return new Staged(line, code, status, procedure, unit, channel, received, due, resolved, returned, closed,
				time, policy, formSet);
	}

	private static Instant time(long line, CSVRecord record, Map<String, Integer> header, String column,
			List<ImportReport.Problem> problems) {
		String value = value(record, header, column);
		if (value.isEmpty()) {
			return null;
		}
		try {
			return LocalDateTime.parse(value).atZone(MotCuaTime.ZONE).toInstant();
		}
		catch (DateTimeParseException ex) {
			problems.add(new ImportReport.Problem(line, "import.dossier.timeInvalid", column, value));
			return null;
		}
	}

	private static void notBefore(long line, String column, Instant value, Instant received,
			List<ImportReport.Problem> problems) {
		if (value != null && value.isBefore(received)) {
			problems.add(new ImportReport.Problem(line, "import.dossier.beforeReceived", column));
		}
	}

	private static Object[] values(Staged row) {
		ProcessingTime time = row.time();
		return new Object[] { row.line(), row.code(), row.status().name(), row.procedure().code(),
				row.procedure().name(), row.procedure().field().code(), row.unit().id(), row.unit().code(),
				row.channel().name(), at(row.receivedAt()), at(row.dueAt()), at(row.resolvedAt()),
				at(row.returnedAt()), at(row.closedAt()), time == null ? null : time.value(),
				time == null ? null : time.unit().name(), time == null ? null : time.sameDayCutoff(),
				row.policy().name(), row.formSet() };
	}

	/**
	 * Writes up to {@value #BATCH} staged rows with one multi-row {@code INSERT … VALUES} (19.000 parameters, under
	 * PostgreSQL's 32.767): one round trip per thousand rows.
	 */
	private void flush(List<Object[]> batch) {
		if (batch.isEmpty()) {
			return;
		}
		String row = "(?" + ", ?".repeat(STAGING_TYPES.length - 1) + ")";
		StringBuilder sql = new StringBuilder(40 + batch.size() * (row.length() + 2))
			.append("insert into pg_temp.dossier_import_row (").append(STAGING_COLUMNS).append(") values ");
		for (int i = 0; i < batch.size(); i++) {
			sql.append(i == 0 ? "" : ", ").append(row);
		}
		jdbc.update(sql.toString(), ps -> {
			int index = 1;
			for (Object[] values : batch) {
				for (int column = 0; column < values.length; column++) {
					org.springframework.jdbc.core.StatementCreatorUtils.setParameterValue(ps, index++,
							STAGING_TYPES[column], values[column]);
				}
			}
		});
		batch.clear();
	}

	private static OffsetDateTime at(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	// --- set-based checks ---

	/** A code given twice in the file: every later line is reported with the first one. */
	private void duplicates(List<ImportReport.Problem> problems) {
		jdbc.query("""
				select line, code, first from (
				    select line, code, min(line) over (partition by code) as first from pg_temp.dossier_import_row
				) r where line > first""", rs -> {
			problems.add(new ImportReport.Problem(rs.getLong(1), "import.error.duplicateInFile", rs.getString(2),
					rs.getLong(3)));
		});
	}

	/** A code that is already a dossier: accepted only if the row says exactly what the dossier holds. */
	private void conflicts(List<ImportReport.Problem> problems) {
		jdbc.query("""
				select s.line, s.code from pg_temp.dossier_import_row s join dossier d on d.code = s.code
				where not (d.receiving_unit_id = s.unit_id and d.resolving_unit_id = s.unit_id
				    and d.procedure_code = s.procedure_code and d.channel = s.channel and d.status = s.status
				    and d.received_at = s.received_at and d.due_at = s.due_at
				    and d.resolved_at is not distinct from s.resolved_at
				    and d.returned_at is not distinct from s.returned_at
				    and d.closed_at is not distinct from s.closed_at)""", rs -> {
			problems.add(new ImportReport.Problem(rs.getLong(1), "import.dossier.existsDifferent", rs.getString(2)));
		});
	}

	// --- writing ---

	private void apply(CurrentUser admin, long staged, ImportReport report) {
		Instant now = clock.instant();
		Long importId = jdbc.queryForObject("""
				insert into dossier_import (imported_at, actor, actor_unit) values (?, ?, ?) returning id""", Long.class,
				at(now), admin.username(), admin.unitCode());
		int created = jdbc.update("""
				insert into dossier (code, status, procedure_code, procedure_name, field_code, receiving_unit_id,
				    receiving_unit_code, resolving_unit_id, channel, applicant_kind, applicant_name, received_at, due_at,
				    resolved_at, returned_at, closed_at, processing_value, processing_unit, same_day_cutoff,
				    supplement_policy, form_set, created_at, updated_at, import_id)
				select s.code, s.status, s.procedure_code, s.procedure_name, s.field_code, s.unit_id, s.unit_code,
				    s.unit_id, s.channel, 'PERSON', ?, s.received_at, s.due_at, s.resolved_at, s.returned_at,
				    s.closed_at, s.processing_value, s.processing_unit, s.same_day_cutoff, s.supplement_policy,
				    s.form_set, ?, ?, ?
				from pg_temp.dossier_import_row s
				where not exists (select 1 from dossier d where d.code = s.code)
				order by s.line""", APPLICANT_PLACEHOLDER, at(now), at(now), importId);
		jdbc.update("""
				insert into dossier_transition (dossier_id, occurred_at, action, from_status, to_status, actor,
				    actor_unit, note, due_at)
				select d.id, ?, 'import', null, d.status, ?, ?, ?, d.due_at from dossier d where d.import_id = ?""",
				at(now), admin.username(), admin.unitCode(), "Nhập từ hệ thống cũ (lần nhập số " + importId + ")",
				importId);
		int unchanged = (int) (staged - created);
		jdbc.update("update dossier_import set created = ?, unchanged = ? where id = ?", created, unchanged, importId);
		for (int i = 0; i < created; i++) {
			report.created();
		}
		for (int i = 0; i < unchanged; i++) {
			report.unchanged();
		}
		audit.record("dossier.imported", "DossierImport", importId.toString(),
				"%d hồ sơ mới, %d không thay đổi".formatted(created, unchanged));
		if (created > 0) {
			events.publishEvent(new DossiersImported(importId, created, now));
		}
	}

}
