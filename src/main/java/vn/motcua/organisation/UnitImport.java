package vn.motcua.organisation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

import vn.motcua.audit.AuditLog;
import vn.motcua.web.CsvTable;
import vn.motcua.web.ImportReport;

/**
 * Bulk load of units from another system: {@code code,name,kind,parent_code} and optionally
 * {@code agency_id,admin_code,valid_from,valid_to,successor_code}. All or nothing: every row is checked first (a
 * parent may come after its child in the file) and any bad row rejects the file; applying the same file twice changes
 * nothing; a changed row updates its unit, audited.
 */
@Service
public class UnitImport {

	static final List<String> REQUIRED = List.of("code", "name", "kind", "parent_code");

	static final Set<String> KNOWN = Set.of("code", "name", "kind", "parent_code", "agency_id", "admin_code",
			"valid_from", "valid_to", "successor_code");

	private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9._-]{0,39}");

	private static final Pattern AGENCY = Pattern.compile("[A-Z0-9]{1,5}(\\.[A-Z0-9]{1,5}){1,5}");

	private static final Pattern ADMIN_CODE = Pattern.compile("\\d{1,20}");

	private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private final OrganisationUnitRepository units;

	private final OrganisationUnits organisation;

	private final AuditLog audit;

	private final Clock clock;

	UnitImport(OrganisationUnitRepository units, OrganisationUnits organisation, AuditLog audit, Clock clock) {
		this.units = units;
		this.organisation = organisation;
		this.audit = audit;
		this.clock = clock;
	}

	private record Line(long line, String code, String name, UnitKind kind, String parentCode, String agencyId,
			String adminCode, LocalDate validFrom, LocalDate validTo, String successorCode) {
	}

	@Transactional
	public ImportReport importCsv(CurrentUser admin, byte[] content) {
		ImportReport report = new ImportReport();
		CsvTable table = CsvTable.open(content, REQUIRED, report);
		if (table == null) {
			return report;
		}
		Map<String, Line> lines = new LinkedHashMap<>();
		for (CsvTable.Row row : table.rows()) {
			Line line = read(row, report);
			if (line == null) {
				continue;
			}
			if (lines.containsKey(line.code())) {
				report.problem(row.line(), "import.error.duplicateInFile", line.code(), lines.get(line.code()).line());
				continue;
			}
			lines.put(line.code(), line);
		}
		checkReferences(admin, lines, report);
		if (!report.hasProblems()) {
			apply(lines, report);
		}
		if (report.hasProblems()) {
			// nothing of a rejected file may stay, whatever was flushed
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
		}
		return report;
	}

	private Line read(CsvTable.Row row, ImportReport report) {
		int before = report.problems().size();
		if (row.values().containsKey("__extra")) {
			report.problem(row.line(), "import.error.extraValues");
		}
		String code = row.get("code").toUpperCase(java.util.Locale.ROOT);
		if (code.isEmpty()) {
			report.problem(row.line(), "import.unit.codeRequired");
		}
		else if (!CODE.matcher(code).matches()) {
			report.problem(row.line(), "import.unit.codeInvalid", code);
		}
		String name = row.get("name");
		if (name.isEmpty()) {
			report.problem(row.line(), "import.unit.nameRequired");
		}
		else if (name.length() > 255) {
			report.problem(row.line(), "import.unit.nameTooLong");
		}
		UnitKind kind = null;
		try {
			kind = UnitKind.valueOf(row.get("kind").toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			report.problem(row.line(), "import.unit.kindInvalid", row.get("kind"));
		}
		String agencyId = row.get("agency_id").toUpperCase(java.util.Locale.ROOT);
		if (!agencyId.isEmpty() && !AGENCY.matcher(agencyId).matches()) {
			report.problem(row.line(), "import.unit.agencyIdInvalid", agencyId);
		}
		String adminCode = row.get("admin_code");
		if (!adminCode.isEmpty() && !ADMIN_CODE.matcher(adminCode).matches()) {
			report.problem(row.line(), "import.unit.adminCodeInvalid", adminCode);
		}
		LocalDate validFrom = date(row, "valid_from", report);
		LocalDate validTo = date(row, "valid_to", report);
		if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
			report.problem(row.line(), "import.unit.validityOrder");
		}
		String successor = row.get("successor_code").toUpperCase(java.util.Locale.ROOT);
		if (!successor.isEmpty() && validTo == null) {
			report.problem(row.line(), "import.unit.successorNeedsEnd");
		}
		if (report.problems().size() > before) {
			return null;
		}
		return new Line(row.line(), code, name, kind, row.get("parent_code").toUpperCase(java.util.Locale.ROOT),
				agencyId.isEmpty() ? null : agencyId, adminCode.isEmpty() ? null : adminCode, validFrom, validTo,
				successor.isEmpty() ? null : successor);
	}

	private static LocalDate date(CsvTable.Row row, String column, ImportReport report) {
		String value = row.get(column);
		if (value.isEmpty()) {
			return null;
		}
		try {
			return value.contains("/") ? LocalDate.parse(value, VIETNAMESE_DATE) : LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			report.problem(row.line(), "import.error.dateInvalid", column, value);
			return null;
		}
	}

	private void checkReferences(CurrentUser admin, Map<String, Line> lines, ImportReport report) {
		Set<Long> scope = organisation.scopeOf(admin);
		boolean rootAdmin = units.findById(admin.unitId()).map(u -> u.getParent() == null).orElse(false);
		Map<String, String> parentOf = new HashMap<>();
		for (Line line : lines.values()) {
			Optional<OrganisationUnit> existing = units.findByCode(line.code());
			if (existing.isPresent() && !scope.contains(existing.get().getId())) {
				report.problem(line.line(), "import.unit.outOfScope", line.code());
			}
			if (line.parentCode().isEmpty()) {
				if (!rootAdmin) {
					report.problem(line.line(), "import.unit.rootNotAllowed", line.code());
				}
			}
			else if (line.parentCode().equals(line.code())) {
				report.problem(line.line(), "import.unit.ownParent", line.code());
			}
			else if (!lines.containsKey(line.parentCode())) {
				Optional<OrganisationUnit> parent = units.findByCode(line.parentCode());
				if (parent.isEmpty()) {
					report.problem(line.line(), "import.unit.parentUnknown", line.parentCode());
				}
				else if (!scope.contains(parent.get().getId())) {
					report.problem(line.line(), "import.unit.outOfScope", line.parentCode());
				}
			}
			parentOf.put(line.code(), line.parentCode());
			if (line.successorCode() != null && !lines.containsKey(line.successorCode())
					&& units.findByCode(line.successorCode()).isEmpty()) {
				report.problem(line.line(), "import.unit.successorUnknown", line.successorCode());
			}
			if (line.code().equals(line.successorCode())) {
				report.problem(line.line(), "import.unit.ownSuccessor", line.code());
			}
		}
		// a cycle may run through units of the file and units already in the database
		for (Line line : lines.values()) {
			Set<String> seen = new HashSet<>();
			String current = line.code();
			while (current != null && !current.isEmpty() && seen.add(current)) {
				current = parentOf.containsKey(current) ? parentOf.get(current)
						: units.findByCode(current).map(u -> u.getParent() == null ? null : u.getParent().getCode())
							.orElse(null);
			}
			if (current != null && !current.isEmpty() && current.equals(line.code())) {
				report.problem(line.line(), "import.unit.cycle", line.code());
			}
		}
		// agency identifiers prefix dossier codes: unique among active units
		Map<String, Line> agencies = new HashMap<>();
		for (Line line : lines.values()) {
			if (line.agencyId() == null || line.validTo() != null) {
				continue;
			}
			Line other = agencies.putIfAbsent(line.agencyId(), line);
			if (other != null) {
				report.problem(line.line(), "import.unit.agencyIdDuplicate", line.agencyId(), other.code());
			}
			else {
				units.findAll()
					.stream()
					.filter(u -> u.isActive() && line.agencyId().equals(u.view().agencyId())
							&& !u.getCode().equals(line.code()) && !lines.containsKey(u.getCode()))
					.findFirst()
					.ifPresent(u -> report.problem(line.line(), "import.unit.agencyIdDuplicate", line.agencyId(),
							u.getCode()));
			}
		}
	}

	private void apply(Map<String, Line> lines, ImportReport report) {
		Set<String> done = new HashSet<>();
		Map<String, OrganisationUnit> saved = new HashMap<>();
		while (done.size() < lines.size()) {
			for (Line line : lines.values()) {
				if (done.contains(line.code())
						|| (!line.parentCode().isEmpty() && lines.containsKey(line.parentCode())
								&& !done.contains(line.parentCode()))) {
					continue;
				}
				OrganisationUnit parent = line.parentCode().isEmpty() ? null
						: saved.containsKey(line.parentCode()) ? saved.get(line.parentCode())
								: units.findByCode(line.parentCode()).orElseThrow();
				saved.put(line.code(), upsert(line, parent, report));
				done.add(line.code());
			}
		}
		for (Line line : lines.values()) {
			OrganisationUnit unit = saved.get(line.code());
			OrganisationUnit successor = line.successorCode() == null ? null
					: saved.containsKey(line.successorCode()) ? saved.get(line.successorCode())
							: units.findByCode(line.successorCode()).orElseThrow();
			UnitView before = unit.view();
			if (!Objects.equals(before.validTo(), line.validTo())
					|| !Objects.equals(before.successorCode(), line.successorCode())) {
				unit.importValidity(line.validTo(), successor, clock.instant());
				units.save(unit);
				audit.record("unit.imported", "OrganisationUnit", unit.getCode(), "hiệu lực đến %s, kế thừa bởi %s"
					.formatted(line.validTo(), line.successorCode()));
			}
		}
		units.flush();
	}

	private OrganisationUnit upsert(Line line, OrganisationUnit parent, ImportReport report) {
		Optional<OrganisationUnit> existing = units.findByCode(line.code());
		LocalDate validFrom = line.validFrom();
		if (existing.isEmpty()) {
			OrganisationUnit unit = new OrganisationUnit(line.code(), line.name(), line.kind(), parent, clock.instant());
			unit.describe(line.name(), line.kind(), line.adminCode(), line.agencyId(), validFrom, clock.instant());
			units.saveAndFlush(unit);
			audit.record("unit.imported", "OrganisationUnit", line.code(), "tạo mới: %s (%s), thuộc %s".formatted(
					line.name(), line.kind(), parent == null ? "—" : parent.getCode()));
			report.created();
			return unit;
		}
		OrganisationUnit unit = existing.get();
		UnitView before = unit.view();
		boolean same = before.name().equals(line.name()) && before.kind() == line.kind()
				&& Objects.equals(before.parentCode(), parent == null ? null : parent.getCode())
				&& Objects.equals(before.adminCode(), line.adminCode())
				&& Objects.equals(before.agencyId(), line.agencyId())
				&& (validFrom == null || validFrom.equals(before.validFrom()))
				&& Objects.equals(before.validTo(), line.validTo())
				&& Objects.equals(before.successorCode(), line.successorCode());
		if (same) {
			report.unchanged();
			return unit;
		}
		unit.describe(line.name(), line.kind(), line.adminCode(), line.agencyId(),
				validFrom != null ? validFrom : before.validFrom(), clock.instant());
		if (!Objects.equals(before.parentCode(), parent == null ? null : parent.getCode())) {
			unit.moveUnder(parent, clock.instant());
		}
		units.saveAndFlush(unit);
		audit.record("unit.imported", "OrganisationUnit", line.code(), "cập nhật; trước: %s, %s, thuộc %s".formatted(
				before.name(), before.kind(), before.parentCode()));
		report.updated();
		return unit;
	}

}
