package vn.motcua.procedure;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

import vn.motcua.audit.AuditLog;
import vn.motcua.calendar.ProcessingTime;
import vn.motcua.calendar.SupplementPolicy;

/**
 * The procedure catalogue: search (diacritics-insensitive, in PostgreSQL), the processing time in force on a date,
 * and the admin operations, each in one transaction with an audit record.
 */
@Service
@Transactional
public class Procedures {

	private final ProcedureRepository procedures;

	private final FieldRepository fields;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	Procedures(ProcedureRepository procedures, FieldRepository fields, JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.procedures = procedures;
		this.fields = fields;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	// --- reading ---

	@Transactional(readOnly = true)
	public Optional<ProcedureView> find(String code) {
		return procedures.findByCode(normaliseCode(code)).map(p -> p.view(LocalDate.now(clock)));
	}

	/** The procedure, or a "not found" rule break the pages turn into a 404. */
	@Transactional(readOnly = true)
	public ProcedureView get(String code) {
		return existing(code).view(LocalDate.now(clock));
	}

	/** What a dossier received on {@code day} must use: the processing time in force that day. */
	@Transactional(readOnly = true)
	public Optional<ProcessingTime> processingTimeOn(String code, LocalDate day) {
		return procedures.findByCode(normaliseCode(code)).flatMap(p -> processingTimeOn(p, day));
	}

	/**
	 * The procedure, its processing time on {@code day} and its supplement policy from one read of the catalogue (a
	 * reception needs all three; reading them one by one loaded the procedure three times).
	 */
	@Transactional(readOnly = true)
	public Optional<ReceptionTerms> receptionTerms(String code, LocalDate day) {
		return procedures.findByCode(normaliseCode(code))
			.map(p -> new ReceptionTerms(p.view(LocalDate.now(clock)), processingTimeOn(p, day),
					p.getSupplementPolicy()));
	}

	private static Optional<ProcessingTime> processingTimeOn(Procedure p, LocalDate day) {
		return p.versionOn(day).map(v -> {
			ProcessingTimeView time = v.view();
			boolean sameDay = time.appliedValue().signum() == 0 && time.unit() == ProcessingTime.Unit.WORKING_DAY;
			return new ProcessingTime(time.appliedValue(), time.unit(), sameDay ? p.getSameDayCutoff() : null);
		});
	}

	@Transactional(readOnly = true)
	public Optional<SupplementPolicy> supplementPolicy(String code) {
		return procedures.findByCode(normaliseCode(code)).map(Procedure::getSupplementPolicy);
	}

	@Transactional(readOnly = true)
	public List<FieldView> fields() {
		return fields.findAllByOrderByName().stream().map(Field::view).toList();
	}

	/**
	 * Procedures matching every word of {@code text} in their code or name, ignoring case and diacritics ("dang ky
	 * khai sinh" finds "Đăng ký khai sinh"), optionally within a field and a level. Runs in PostgreSQL
	 * (unaccent + trigram index).
	 */
	@Transactional(readOnly = true)
	public List<ProcedureSummary> search(String text, String fieldCode, ProcedureLevel level, boolean includeInactive) {
		StringBuilder sql = new StringBuilder("""
				select p.code, p.name, f.code, f.name, p.main_level, p.online_level, t.applied_value, t.legal_value,
				       t.unit, p.active
				from procedure p
				join procedure_field f on f.id = p.field_id
				left join lateral (
				    select applied_value, legal_value, unit from procedure_processing_time t
				    where t.procedure_id = p.id and t.effective_from <= ?
				    order by t.effective_from desc limit 1) t on true
				where (? or p.active)
				""");
		List<Object> params = new ArrayList<>();
		params.add(LocalDate.now(clock));
		params.add(includeInactive);
		if (StringUtils.hasText(fieldCode)) {
			sql.append(" and f.code = ?");
			params.add(fieldCode.trim().toUpperCase(Locale.ROOT));
		}
		if (level != null) {
			sql.append(" and exists (select 1 from procedure_level l where l.procedure_id = p.id and l.level = ?)");
			params.add(level.name());
		}
		for (String word : words(text)) {
			sql.append(" and lower(f_unaccent(p.code || ' ' || p.name)) like '%' || lower(f_unaccent(?)) || '%' escape '\\'");
			params.add(escapeLike(word));
		}
		sql.append(" order by lower(f_unaccent(f.name)), lower(f_unaccent(p.name)), p.code limit 1000");
		return jdbc.sql(sql.toString())
			.params(params)
			.query((rs, n) -> new ProcedureSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					ProcedureLevel.valueOf(rs.getString(5)), OnlineLevel.valueOf(rs.getString(6)), rs.getBigDecimal(7),
					rs.getBigDecimal(8), rs.getString(9) == null ? null : ProcessingTime.Unit.valueOf(rs.getString(9)),
					rs.getBoolean(10)))
			.list();
	}

	static List<String> words(String text) {
		if (!StringUtils.hasText(text)) {
			return List.of();
		}
		String normalised = Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u0000', ' ').trim();
		List<String> words = new ArrayList<>();
		for (String word : normalised.split("[\\s\\p{Z}]+")) {
			if (!word.isBlank() && words.size() < 10) {
				words.add(word.length() > 100 ? word.substring(0, 100) : word);
			}
		}
		return words;
	}

	private static String escapeLike(String word) {
		return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	// --- administration ---

	public ProcedureView create(ProcedureForm form) {
		String code = normaliseCode(form.code());
		if (procedures.findByCode(code).isPresent()) {
			throw new ProcedureException("code", "procedure.error.duplicateCode", code);
		}
		Procedure procedure = new Procedure(code, clock.instant());
		ProcedureDetails details = form.details();
		checkCutoff(details, form.appliedValue(), form.unit());
		procedure.describe(details, field(details.fieldCode()), clock.instant());
		procedure.processingTimeFrom(form.effectiveFrom() != null ? form.effectiveFrom() : LocalDate.now(clock),
				form.legalValue(), form.appliedValue(), form.unit(), null, clock.instant());
		procedures.saveAndFlush(procedure);
		audit.record("procedure.created", "Procedure", code, "%s; thời hạn %s %s".formatted(procedure.getName(),
				form.appliedValue().toPlainString(), form.unit()));
		return procedure.view(LocalDate.now(clock));
	}

	/** Updates the description; a different processing time becomes a new version from {@code effectiveFrom}. */
	public ProcedureView update(String code, ProcedureForm form) {
		Procedure procedure = existing(code);
		ProcedureDetails before = procedure.details();
		ProcedureDetails details = form.details();
		checkCutoff(details, form.appliedValue(), form.unit());
		procedure.describe(details, field(details.fieldCode()), clock.instant());
		LocalDate from = form.effectiveFrom() != null ? form.effectiveFrom() : LocalDate.now(clock);
		boolean timeChanged = procedure.processingTimeFrom(from, form.legalValue(), form.appliedValue(), form.unit(),
				null, clock.instant());
		procedures.saveAndFlush(procedure);
		if (!before.equals(procedure.details())) {
			audit.record("procedure.updated", "Procedure", procedure.getCode(), "trước: %s; sau: %s".formatted(before,
					procedure.details()));
		}
		if (timeChanged) {
			audit.record("procedure.processingTimeChanged", "Procedure", procedure.getCode(), "từ %s: %s %s (luật định %s)"
				.formatted(from, form.appliedValue().toPlainString(), form.unit(), form.legalValue()));
		}
		return procedure.view(LocalDate.now(clock));
	}

	public void addDocument(String code, DocumentFormData document) {
		Procedure procedure = existing(code);
		procedure.addDocument(document.name().trim(), document.form(), document.copies(), document.mandatory());
		procedures.saveAndFlush(procedure);
		audit.record("procedure.documentAdded", "Procedure", procedure.getCode(), document.toString());
	}

	public void removeDocument(String code, Long documentId) {
		Procedure procedure = existing(code);
		if (procedure.removeDocument(documentId)) {
			procedures.saveAndFlush(procedure);
			audit.record("procedure.documentRemoved", "Procedure", procedure.getCode(), "thành phần #" + documentId);
		}
	}

	public void addFee(String code, FeeFormData fee) {
		Procedure procedure = existing(code);
		procedure.addFee(fee.kind(), fee.description().trim(), fee.amountVnd());
		procedures.saveAndFlush(procedure);
		audit.record("procedure.feeAdded", "Procedure", procedure.getCode(), fee.toString());
	}

	public void removeFee(String code, Long feeId) {
		Procedure procedure = existing(code);
		if (procedure.removeFee(feeId)) {
			procedures.saveAndFlush(procedure);
			audit.record("procedure.feeRemoved", "Procedure", procedure.getCode(), "phí #" + feeId);
		}
	}

	public void setActive(String code, boolean active) {
		Procedure procedure = existing(code);
		if (procedure.isActive() != active) {
			procedure.setActive(active, clock.instant());
			procedures.saveAndFlush(procedure);
			audit.record(active ? "procedure.activated" : "procedure.deactivated", "Procedure", procedure.getCode(),
					null);
		}
	}

	/** The field with this code, created with {@code name} on first use (imports); renamed if the name changed. */
	public FieldView ensureField(String code, String name) {
		return fieldFor(code, name).view();
	}

	Field fieldFor(String code, String name) {
		String normalised = code.trim().toUpperCase(Locale.ROOT);
		Optional<Field> existing = fields.findByCode(normalised);
		if (existing.isPresent()) {
			if (StringUtils.hasText(name) && !existing.get().getName().equals(name.trim())) {
				String old = existing.get().getName();
				existing.get().rename(name.trim());
				audit.record("field.renamed", "Field", normalised, old + " → " + name.trim());
			}
			return existing.get();
		}
		Field field = fields.save(new Field(normalised, name.trim(), clock.instant()));
		audit.record("field.created", "Field", normalised, name.trim());
		return field;
	}

	private Field field(String code) {
		return fields.findByCode(code == null ? "" : code.trim().toUpperCase(Locale.ROOT))
			.orElseThrow(() -> new ProcedureException("fieldCode", "procedure.error.unknownField", code));
	}

	private static void checkCutoff(ProcedureDetails details, BigDecimal applied, ProcessingTime.Unit unit) {
		if (details.sameDayCutoff() != null && (applied.signum() != 0 || unit != ProcessingTime.Unit.WORKING_DAY)) {
			throw new ProcedureException("sameDayCutoff", "procedure.error.cutoffNotSameDay");
		}
		if (unit == ProcessingTime.Unit.WORKING_HOUR && applied.signum() == 0) {
			throw new ProcedureException("appliedValue", "procedure.error.zeroHours");
		}
		if (unit == ProcessingTime.Unit.CALENDAR_DAY && applied.stripTrailingZeros().scale() > 0) {
			throw new ProcedureException("appliedValue", "procedure.error.wholeCalendarDays");
		}
	}

	Procedure existing(String code) {
		return procedures.findByCode(normaliseCode(code))
			.orElseThrow(() -> new ProcedureException(null, "procedure.error.notFound", code));
	}

	static String normaliseCode(String code) {
		return code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
	}

}
