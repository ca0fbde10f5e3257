package vn.motcua.procedure;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

import vn.motcua.audit.AuditLog;
import vn.motcua.calendar.ProcessingTime;
import vn.motcua.calendar.SupplementPolicy;
import vn.motcua.web.CsvTable;
import vn.motcua.web.ImportReport;

/**
 * Bulk load of the catalogue: {@code code,name,field_code,field_name,level,processing_days,processing_unit,
 * legal_processing_days,online_level}, optionally {@code same_day_cutoff} (HH:MM) and {@code supplement_policy}. A
 * field is created on first use of its code. All or nothing; idempotent by code; a changed processing time becomes a
 * new version from today (dossiers already received keep theirs).
 */
@Service
public class ProcedureImport {

	static final List<String> REQUIRED = List.of("code", "name", "field_code", "field_name", "level", "processing_days",
			"processing_unit", "legal_processing_days", "online_level");

	private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9._-]{0,39}");

	private static final Map<String, ProcessingTime.Unit> UNITS = Map.of("WORKING_DAYS", ProcessingTime.Unit.WORKING_DAY,
			"CALENDAR_DAYS", ProcessingTime.Unit.CALENDAR_DAY, "WORKING_HOURS", ProcessingTime.Unit.WORKING_HOUR);

	private final ProcedureRepository procedures;

	private final Procedures catalogue;

	private final AuditLog audit;

	private final Clock clock;

	ProcedureImport(ProcedureRepository procedures, Procedures catalogue, AuditLog audit, Clock clock) {
		this.procedures = procedures;
		this.catalogue = catalogue;
		this.audit = audit;
		this.clock = clock;
	}

	private record Line(long line, String code, String name, String fieldCode, String fieldName, ProcedureLevel level,
			BigDecimal applied, ProcessingTime.Unit unit, BigDecimal legal, OnlineLevel online, LocalTime cutoff,
			SupplementPolicy policy, boolean policyGiven) {
	}

	@Transactional
	public ImportReport importCsv(byte[] content) {
		ImportReport report = new ImportReport();
		CsvTable table = CsvTable.open(content, REQUIRED, report);
		if (table == null) {
			return report;
		}
		Map<String, Line> lines = new LinkedHashMap<>();
		Map<String, String> fieldNames = new HashMap<>();
		for (CsvTable.Row row : table.rows()) {
			Line line = read(row, report);
			if (line == null) {
				continue;
			}
			if (lines.containsKey(line.code())) {
				report.problem(row.line(), "import.error.duplicateInFile", line.code(), lines.get(line.code()).line());
				continue;
			}
			String knownName = fieldNames.putIfAbsent(line.fieldCode(), line.fieldName());
			if (knownName != null && !knownName.equals(line.fieldName())) {
				report.problem(row.line(), "import.procedure.fieldNameConflict", line.fieldCode(), knownName);
				continue;
			}
			lines.put(line.code(), line);
		}
		if (!report.hasProblems()) {
			for (Line line : lines.values()) {
				apply(line, report);
			}
			procedures.flush();
		}
		if (report.hasProblems()) {
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
		}
		return report;
	}

	private Line read(CsvTable.Row row, ImportReport report) {
		int before = report.problems().size();
		long n = row.line();
		if (row.values().containsKey("__extra")) {
			report.problem(n, "import.error.extraValues");
		}
		String code = row.get("code").toUpperCase(Locale.ROOT);
		if (code.isEmpty()) {
			report.problem(n, "import.procedure.codeRequired");
		}
		else if (!CODE.matcher(code).matches()) {
			report.problem(n, "import.procedure.codeInvalid", code);
		}
		String name = row.get("name");
		if (name.isEmpty()) {
			report.problem(n, "import.procedure.nameRequired");
		}
		else if (name.length() > 500) {
			report.problem(n, "import.procedure.nameTooLong");
		}
		String fieldCode = row.get("field_code").toUpperCase(Locale.ROOT);
		String fieldName = row.get("field_name");
		if (fieldCode.isEmpty() || !CODE.matcher(fieldCode).matches()) {
			report.problem(n, "import.procedure.fieldCodeInvalid", fieldCode);
		}
		if (fieldName.isEmpty() || fieldName.length() > 255) {
			report.problem(n, "import.procedure.fieldNameRequired");
		}
		ProcedureLevel level = parseEnum(ProcedureLevel.class, row.get("level"));
		if (level == null) {
			report.problem(n, "import.procedure.levelInvalid", row.get("level"));
		}
		ProcessingTime.Unit unit = UNITS.get(row.get("processing_unit").toUpperCase(Locale.ROOT));
		if (unit == null) {
			report.problem(n, "import.procedure.unitInvalid", row.get("processing_unit"));
		}
		BigDecimal applied = number(row.get("processing_days"));
		if (applied == null) {
			report.problem(n, "import.procedure.daysInvalid", "processing_days", row.get("processing_days"));
		}
		BigDecimal legal = row.get("legal_processing_days").isEmpty() ? null : number(row.get("legal_processing_days"));
		if (!row.get("legal_processing_days").isEmpty() && legal == null) {
			report.problem(n, "import.procedure.daysInvalid", "legal_processing_days", row.get("legal_processing_days"));
		}
		if (applied != null && legal != null && applied.compareTo(legal) > 0) {
			report.problem(n, "import.procedure.appliedAboveLegal", applied.toPlainString(), legal.toPlainString());
		}
		OnlineLevel online = parseEnum(OnlineLevel.class, row.get("online_level"));
		if (online == null) {
			report.problem(n, "import.procedure.onlineInvalid", row.get("online_level"));
		}
		LocalTime cutoff = null;
		if (!row.get("same_day_cutoff").isEmpty()) {
			try {
				cutoff = LocalTime.parse(row.get("same_day_cutoff"));
			}
			catch (DateTimeParseException ex) {
				report.problem(n, "import.procedure.cutoffInvalid", row.get("same_day_cutoff"));
			}
		}
		SupplementPolicy policy = SupplementPolicy.PAUSE;
		boolean policyGiven = !row.get("supplement_policy").isEmpty();
		if (policyGiven) {
			policy = parseEnum(SupplementPolicy.class, row.get("supplement_policy"));
			if (policy == null) {
				report.problem(n, "import.procedure.policyInvalid", row.get("supplement_policy"));
			}
		}
		if (report.problems().size() > before) {
			return null;
		}
		try {
			// the same rules as the calendar: whole calendar days, positive hours, cut-off only for same-day procedures
			new ProcessingTime(applied, unit, cutoff);
		}
		catch (IllegalArgumentException ex) {
			report.problem(n, cutoff != null ? "import.procedure.cutoffNotSameDay" : "import.procedure.timeInvalid",
					applied.toPlainString(), row.get("processing_unit"));
			return null;
		}
		return new Line(n, code, name, fieldCode, fieldName, level, applied, unit, legal, online, cutoff, policy,
				policyGiven);
	}

	private void apply(Line line, ImportReport report) {
		Field field = catalogue.fieldFor(line.fieldCode(), line.fieldName());
		Optional<Procedure> existing = procedures.findByCode(line.code());
		LocalDate today = LocalDate.now(clock);
		if (existing.isEmpty()) {
			Procedure procedure = new Procedure(line.code(), clock.instant());
			procedure.describe(details(line, null), field, clock.instant());
			procedure.processingTimeFrom(today, line.legal(), line.applied(), line.unit(), "nhập từ tệp CSV",
					clock.instant());
			procedures.save(procedure);
			audit.record("procedure.imported", "Procedure", line.code(), "tạo mới: " + line.name());
			report.created();
			return;
		}
		Procedure procedure = existing.get();
		ProcedureDetails before = procedure.details();
		ProcedureDetails after = details(line, before);
		boolean changed = false;
		if (!before.equals(after) || !procedure.getField().getCode().equals(field.getCode())) {
			procedure.describe(after, field, clock.instant());
			changed = true;
		}
		if (procedure.processingTimeFrom(today, line.legal(), line.applied(), line.unit(), "nhập từ tệp CSV",
				clock.instant())) {
			changed = true;
		}
		if (changed) {
			procedures.save(procedure);
			audit.record("procedure.imported", "Procedure", line.code(), "cập nhật; trước: " + before);
			report.updated();
		}
		else {
			report.unchanged();
		}
	}

	/** The row's data; what the file does not carry (documents, texts, other levels) is kept from before. */
	private static ProcedureDetails details(Line line, ProcedureDetails before) {
		EnumSet<ProcedureLevel> levels = EnumSet.of(line.level());
		if (before != null) {
			levels.addAll(before.levels());
		}
		SupplementPolicy policy = line.policyGiven() || before == null ? line.policy() : before.supplementPolicy();
		return new ProcedureDetails(line.name(), line.fieldCode(), line.level(), levels, line.online(), line.cutoff(),
				policy, before == null ? null : before.resultDocuments(), before == null ? null : before.legalBasis(),
				before == null ? null : before.whereToSubmit(), before == null ? null : before.applicants(),
				before == null ? null : before.source(), before == null ? null : before.unverified());
	}

	private static BigDecimal number(String text) {
		try {
			BigDecimal value = new BigDecimal(text.replace(',', '.'));
			return value.signum() < 0 || value.compareTo(BigDecimal.valueOf(9999)) > 0 || value.scale() > 2 ? null
					: value;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static <E extends Enum<E>> E parseEnum(Class<E> type, String text) {
		try {
			return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
