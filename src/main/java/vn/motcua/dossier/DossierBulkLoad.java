package vn.motcua.dossier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditLog;
import vn.motcua.calendar.ProcessingTime;
import vn.motcua.calendar.SupplementPolicy;
import vn.motcua.dossier.DossierEvents.DossiersImported;

/**
 * The dossier module's bulk path for generated data (the province-scale benchmark, issue 8): many dossiers whose whole
 * story is already known (received, maybe a supplement round, resolved, returned or withdrawn) are written with
 * PostgreSQL {@code COPY} instead of one transaction each, in one transaction per call, with one audit record and one
 * {@link DossiersImported} event, so the statistics module brings itself up to date through the same published path
 * as after a historical import ({@code dossier_statistics_facts}, filtered by the batch's {@code import_id}).
 *
 * <p>Each dossier gets one history row carrying its status, an "import" like a historical one (so it stays out of
 * the portal's change feed, V42, as imported history does), and its supplement
 * round as a {@code dossier_supplement} row. The daily code sequences ({@code dossier_code_sequence}) are raised to
 * the highest generated number of each agency and day, so a dossier received later at the desk never gets a code
 * that was generated.
 *
 * <p>Not for production data: nothing is checked beyond what the table constraints check; the caller (the benchmark
 * generator) is trusted to give consistent facts.
 */
@Service
public class DossierBulkLoad {

	/** One supplement round (Mẫu 02): requested, resubmitted ({@code null} while still awaited), the moved appointment. */
	public record SupplementRound(Instant requestedAt, Instant resubmittedAt, Instant dueBefore, Instant dueAfter,
			String items) {
	}

	/**
	 * A generated dossier.
	 * @param resolvedAt result ready or rejected after review; {@code null} while open
	 * @param rejected whether the resolution was a rejection after review
	 * @param returnedAt result handed over (only with {@code resolvedAt})
	 * @param withdrawnAt withdrawn by the applicant (never with {@code resolvedAt})
	 * @param supplement the supplement round, or {@code null}
	 */
	public record Generated(String code, long unitId, String unitCode, String procedureCode, String procedureName,
			String fieldCode, Channel channel, boolean organisation, String applicantName, String idNumber,
			String taxCode, String phone, String address, Instant receivedAt, Instant dueAt, Instant resolvedAt,
			boolean rejected, Instant returnedAt, Instant withdrawnAt, SupplementRound supplement,
			ProcessingTime processingTime, SupplementPolicy supplementPolicy) {

		public Generated {
			Objects.requireNonNull(code, "code");
			Objects.requireNonNull(receivedAt, "receivedAt");
			Objects.requireNonNull(dueAt, "dueAt");
			if (resolvedAt != null && withdrawnAt != null) {
				throw new IllegalArgumentException(code + ": resolved and withdrawn");
			}
			if (returnedAt != null && resolvedAt == null) {
				throw new IllegalArgumentException(code + ": returned without a result");
			}
		}

		DossierStatus status() {
			if (withdrawnAt != null) {
				return DossierStatus.WITHDRAWN;
			}
			if (resolvedAt != null) {
				return rejected ? DossierStatus.REJECTED_AFTER_REVIEW
						: returnedAt != null ? DossierStatus.RETURNED : DossierStatus.RESULT_READY;
			}
			if (supplement != null && supplement.resubmittedAt() == null) {
				return DossierStatus.AWAITING_SUPPLEMENT;
			}
			return DossierStatus.IN_PROCESSING;
		}

		Instant closedAt() {
			return withdrawnAt != null ? withdrawnAt : returnedAt;
		}

	}

	/** A supplement round waiting for its dossier's id (written after the dossiers). */
	private record Pending(String code, SupplementRound round) {
	}

	/** What one call wrote. */
	public record Loaded(long importId, long dossiers, long supplements) {
	}

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DossierBulkLoad.class);

	private static final String DOSSIER_COLUMNS = "code, status, procedure_code, procedure_name, field_code,"
			+ " receiving_unit_id, receiving_unit_code, resolving_unit_id, channel, applicant_kind, applicant_name,"
			+ " applicant_id_number, applicant_tax_code, applicant_phone, applicant_address, received_at, due_at,"
			+ " resolved_at, returned_at, closed_at, processing_value, processing_unit, same_day_cutoff,"
			+ " supplement_policy, form_set, created_at, updated_at, import_id";

	/** The code format of {@link DossierCodes}: agency, day, sequence of the day. */
	private static final Pattern CODE = Pattern.compile("(.+)-(\\d{2})(\\d{2})(\\d{2})-(\\d{4,})");

	/** Bytes handed to the driver at a time. */
	private static final int BUFFER = 1 << 17;

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DossierBulkLoad(DataSource dataSource, JdbcTemplate jdbc, AuditLog audit, ApplicationEventPublisher events,
			Clock clock) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Whether no dossier exists at all: generated data goes into a fresh installation only. */
	@Transactional(readOnly = true)
	public boolean isEmpty() {
		return Boolean.FALSE.equals(jdbc.queryForObject("select exists (select 1 from dossier)", Boolean.class));
	}

	/**
	 * Writes all {@code dossiers} in one transaction and publishes one {@link DossiersImported} for them.
	 * @param actor who ran the generator (history and batch record)
	 * @param note why these dossiers exist, kept in their history row
	 */
	@Transactional
	public Loaded load(String actor, String note, Iterator<Generated> dossiers) {
		return load(actor, note, dossiers, isEmpty(), () -> {
		});
	}

	/**
	 * As {@link #load(String, String, Iterator)}, running {@code beforePublishing} in the same transaction once the
	 * dossiers are written and before {@link DossiersImported} is published: the generator records the citizen ratings
	 * of these dossiers there, so that the statistics take them in with the rows, in one pass.
	 */
	@Transactional
	public Loaded load(String actor, String note, Iterator<Generated> dossiers, Runnable beforePublishing) {
		return load(actor, note, dossiers, isEmpty(), beforePublishing);
	}

	/**
	 * @param rebuildIndexes whether to drop the secondary indexes of the dossier and history tables for the load and
	 * build them again at its end (worth it into an empty table: 10 million rows)
	 */
	@Transactional
	Loaded load(String actor, String note, Iterator<Generated> dossiers, boolean rebuildIndexes) {
		return load(actor, note, dossiers, rebuildIndexes, () -> {
		});
	}

	private Loaded load(String actor, String note, Iterator<Generated> dossiers, boolean rebuildIndexes,
			Runnable beforePublishing) {
		Instant now = clock.instant();
		Long importId = jdbc.queryForObject(
				"insert into dossier_import (imported_at, actor, actor_unit) values (?, ?, null) returning id",
				Long.class, at(now), actor);
		Map<String, Integer> lastOfDay = new HashMap<>();
		List<Pending> supplements = new ArrayList<>();
		long count;
		long started = System.nanoTime();
		long producing = 0;
		// secondary indexes built once at the end (a sort) instead of entry by entry
		List<String> rebuild = rebuildIndexes ? dropSecondaryIndexes("dossier") : List.of();
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			PGConnection pg = connection.unwrap(PGConnection.class);
			CopyIn copy = pg.getCopyAPI()
				.copyIn("copy dossier (" + DOSSIER_COLUMNS + ") from stdin with (format text)");
			try (CopyWriter out = new CopyWriter(copy)) {
				String stamp = Timestamps.format(now);
				count = 0;
				while (true) {
					long before = System.nanoTime();
					if (!dossiers.hasNext()) {
						break;
					}
					Generated d = dossiers.next();
					producing += System.nanoTime() - before;
					write(out, d, stamp, importId);
					count++;
					if (d.supplement() != null) {
						supplements.add(new Pending(d.code(), d.supplement()));
					}
					remember(lastOfDay, d.code());
					if (count % 1_000_000 == 0) {
						log.info("bulk load {}: {} dossiers copied", importId, count);
					}
				}
			}
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("COPY into dossier failed: " + ex.getMessage(), ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
		long copiedRows = System.nanoTime();
		rebuild.forEach(jdbc::execute);
		long copied = System.nanoTime();
		List<String> rebuildHistory = rebuildIndexes ? dropSecondaryIndexes("dossier_transition") : List.of();
		jdbc.update("""
				insert into dossier_transition (dossier_id, occurred_at, action, from_status, to_status, actor,
				    actor_unit, note, due_at)
				select d.id, d.received_at, 'import', null, d.status, ?, null, ?, d.due_at
				from dossier d where d.import_id = ?""", actor, note, importId);
		rebuildHistory.forEach(jdbc::execute);
		long history = System.nanoTime();
		writeSupplements(supplements, importId);
		raiseSequences(lastOfDay);
		jdbc.update("update dossier_import set created = ? where id = ?", (int) Math.min(count, Integer.MAX_VALUE),
				importId);
		audit.record("dossier.generated", "DossierImport", importId.toString(),
				"%d hồ sơ sinh cho đo hiệu năng (%s)".formatted(count, note));
		long beforeHook = System.nanoTime();
		beforePublishing.run();
		long written = System.nanoTime();
		if (count > 0) {
			events.publishEvent(new DossiersImported(importId, (int) Math.min(count, Integer.MAX_VALUE), now));
		}
		long published = System.nanoTime();
		log.info("bulk load {}: {} dossiers; COPY {} ms (of which waiting for the rows {} ms), indexes built in {} ms,"
				+ " history {} ms, supplements and code sequences {} ms, before publishing {} ms, listeners of the event {} ms",
				importId, count, (copiedRows - started) / 1_000_000, producing / 1_000_000,
				(copied - copiedRows) / 1_000_000, (history - copied) / 1_000_000, (beforeHook - history) / 1_000_000,
				(written - beforeHook) / 1_000_000, (published - written) / 1_000_000);
		return new Loaded(importId, count, supplements.size());
	}

	private static void write(CopyWriter out, Generated d, String stamp, long importId) throws IOException {
		ProcessingTime time = d.processingTime();
		out.text(d.code()).tab().text(d.status().name()).tab().text(d.procedureCode()).tab()
			.text(d.procedureName()).tab().text(d.fieldCode()).tab().number(d.unitId()).tab().text(d.unitCode()).tab()
			.number(d.unitId()).tab().text(d.channel().name()).tab()
			.text(d.organisation() ? "ORGANISATION" : "PERSON").tab().text(d.applicantName()).tab()
			.text(d.idNumber()).tab().text(d.taxCode()).tab().text(d.phone()).tab().text(d.address()).tab()
			.time(d.receivedAt()).tab().time(d.dueAt()).tab().time(d.resolvedAt()).tab().time(d.returnedAt()).tab()
			.time(d.closedAt()).tab().decimal(time == null ? null : time.value()).tab()
			.text(time == null ? null : time.unit().name()).tab()
			.clock(time == null ? null : time.sameDayCutoff()).tab()
			.text(d.supplementPolicy() == null ? null : d.supplementPolicy().name()).tab()
			.text(formSet(d.receivedAt())).tab().raw(stamp).tab().raw(stamp).tab().number(importId).newline();
	}

	private static String formSet(Instant receivedAt) {
		return LocalDate.ofInstant(receivedAt, vn.motcua.web.MotCuaTime.ZONE).isBefore(Dossiers.DECREE_118_FROM)
				? "TT01_2018" : "TT03_2025";
	}

	private void writeSupplements(List<Pending> supplements, long importId) {
		if (supplements.isEmpty()) {
			return;
		}
		jdbc.execute("drop table if exists pg_temp.dossier_generated_supplement");
		jdbc.execute("""
				create temp table dossier_generated_supplement (code varchar(64), requested_at timestamptz,
				    items varchar(4000), resubmitted_at timestamptz, due_before timestamptz, due_after timestamptz)
				on commit drop""");
		copy("copy pg_temp.dossier_generated_supplement from stdin with (format text)", out -> {
			for (Pending d : supplements) {
				SupplementRound s = d.round();
				out.text(d.code()).tab().time(s.requestedAt()).tab().text(s.items()).tab().time(s.resubmittedAt()).tab()
					.time(s.dueBefore()).tab().time(s.dueAfter()).newline();
			}
		});
		jdbc.update("""
				insert into dossier_supplement (dossier_id, requested_at, items, reason, resubmitted_at,
				    resubmitted_online, due_before, due_after)
				select d.id, s.requested_at, s.items, null, s.resubmitted_at, false, s.due_before, s.due_after
				from pg_temp.dossier_generated_supplement s join dossier d on d.code = s.code
				where d.import_id = ?""", importId);
	}

	private static void remember(Map<String, Integer> lastOfDay, String code) {
		Matcher m = CODE.matcher(code);
		if (m.matches()) {
			String key = m.group(1) + "|20" + m.group(2) + "-" + m.group(3) + "-" + m.group(4);
			lastOfDay.merge(key, Integer.parseInt(m.group(5)), Math::max);
		}
	}

	/**
	 * Drops the indexes of {@code table} other than its primary key (a unique constraint with its constraint) and
	 * returns the statements that create them again as they were, read from the catalogue (so the migrations stay
	 * the only place that defines them). In the load's transaction: should anything fail, they come back with the
	 * rollback.
	 */
	private List<String> dropSecondaryIndexes(String table) {
		List<String> rebuild = new ArrayList<>();
		jdbc.query("""
				select i.relname, pg_get_indexdef(i.oid), c.conname, pg_get_constraintdef(c.oid)
				from pg_index x join pg_class i on i.oid = x.indexrelid
				left join pg_constraint c on c.conindid = x.indexrelid and c.conrelid = x.indrelid
				where x.indrelid = cast(? as regclass) and not x.indisprimary""", rs -> {
			String index = rs.getString(1);
			String constraint = rs.getString(3);
			if (constraint != null) {
				jdbc.execute("alter table " + table + " drop constraint " + constraint);
				rebuild.add("alter table " + table + " add constraint " + constraint + " " + rs.getString(4));
			}
			else {
				jdbc.execute("drop index " + index);
				rebuild.add(rs.getString(2));
			}
		}, table);
		return rebuild;
	}

	/**
	 * Live receptions continue after the highest generated number of their agency and day: the numbers go to a
	 * temporary table with COPY, then one upsert (one statement, however many agencies and days).
	 */
	private void raiseSequences(Map<String, Integer> lastOfDay) {
		if (lastOfDay.isEmpty()) {
			return;
		}
		jdbc.execute("drop table if exists pg_temp.dossier_generated_sequence");
		jdbc.execute("""
				create temp table dossier_generated_sequence (agency varchar(40), day date, last_value integer)
				on commit drop""");
		copy("copy pg_temp.dossier_generated_sequence from stdin with (format text)", out -> {
			for (Map.Entry<String, Integer> e : lastOfDay.entrySet()) {
				int bar = e.getKey().lastIndexOf('|');
				out.text(e.getKey().substring(0, bar)).tab().raw(e.getKey().substring(bar + 1)).tab()
					.number(e.getValue()).newline();
			}
		});
		jdbc.update("""
				insert into dossier_code_sequence (agency, day, last_value)
				select agency, day, last_value from pg_temp.dossier_generated_sequence
				on conflict (agency, day) do update
				set last_value = greatest(dossier_code_sequence.last_value, excluded.last_value)""");
	}

	/** Something written with COPY on the transaction's connection. */
	@FunctionalInterface
	private interface CopyBody {

		void write(CopyWriter out) throws IOException;

	}

	private void copy(String sql, CopyBody body) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
			try (CopyWriter out = new CopyWriter(copy)) {
				body.write(out);
			}
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException(sql + " failed: " + ex.getMessage(), ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/** PostgreSQL's COPY text format, encoded as UTF-8 straight into a buffer handed to the driver. */
	private static final class CopyWriter implements AutoCloseable {

		private final CopyIn copy;

		private final byte[] buffer = new byte[BUFFER];

		private int size;

		CopyWriter(CopyIn copy) {
			this.copy = copy;
		}

		CopyWriter tab() throws IOException {
			return put((byte) '\t');
		}

		void newline() throws IOException {
			put((byte) '\n');
			if (size > BUFFER - 8192) {
				flush();
			}
		}

		CopyWriter text(String value) throws IOException {
			if (value == null) {
				return raw("\\N");
			}
			for (int i = 0; i < value.length(); i++) {
				char c = value.charAt(i);
				switch (c) {
					case '\\' -> raw("\\\\");
					case '\t' -> raw("\\t");
					case '\n' -> raw("\\n");
					case '\r' -> raw("\\r");
					default -> {
						if (c < 0x80) {
							put((byte) c);
						}
						else {
							int end = i + 1;
							while (end < value.length() && value.charAt(end) >= 0x80) {
								end++;
							}
							bytes(value.substring(i, end).getBytes(StandardCharsets.UTF_8));
							i = end - 1;
						}
					}
				}
			}
			return this;
		}

		CopyWriter raw(String ascii) throws IOException {
			for (int i = 0; i < ascii.length(); i++) {
				put((byte) ascii.charAt(i));
			}
			return this;
		}

		CopyWriter number(long value) throws IOException {
			return raw(Long.toString(value));
		}

		CopyWriter decimal(BigDecimal value) throws IOException {
			return value == null ? raw("\\N") : raw(value.toPlainString());
		}

		CopyWriter clock(LocalTime value) throws IOException {
			return value == null ? raw("\\N") : raw(value.toString());
		}

		CopyWriter time(Instant value) throws IOException {
			return value == null ? raw("\\N") : raw(Timestamps.format(value));
		}

		private void bytes(byte[] bytes) throws IOException {
			if (size + bytes.length > buffer.length) {
				flush();
			}
			System.arraycopy(bytes, 0, buffer, size, bytes.length);
			size += bytes.length;
		}

		private CopyWriter put(byte b) throws IOException {
			if (size == buffer.length) {
				flush();
			}
			buffer[size++] = b;
			return this;
		}

		private void flush() throws IOException {
			if (size > 0) {
				try {
					copy.writeToCopy(buffer, 0, size);
				}
				catch (SQLException ex) {
					throw new IOException(ex);
				}
				size = 0;
			}
		}

		@Override
		public void close() throws IOException {
			try {
				flush();
				copy.endCopy();
			}
			catch (SQLException ex) {
				throw new IOException(ex);
			}
			finally {
				if (copy.isActive()) {
					try {
						copy.cancelCopy();
					}
					catch (SQLException ex) {
						// the transaction rolls back anyway
					}
				}
			}
		}

	}

	/** {@code 2024-03-05 01:12:00Z}-style UTC text that COPY reads for {@code timestamptz}, without a formatter. */
	static final class Timestamps {

		private Timestamps() {
		}

		static String format(Instant instant) {
			long seconds = instant.getEpochSecond();
			long days = Math.floorDiv(seconds, 86_400);
			int secondOfDay = (int) Math.floorMod(seconds, 86_400);
			LocalDate date = LocalDate.ofEpochDay(days);
			char[] c = new char[instant.getNano() == 0 ? 22 : 29];
			int y = date.getYear();
			c[0] = digit(y / 1000);
			c[1] = digit(y / 100 % 10);
			c[2] = digit(y / 10 % 10);
			c[3] = digit(y % 10);
			c[4] = '-';
			two(c, 5, date.getMonthValue());
			c[7] = '-';
			two(c, 8, date.getDayOfMonth());
			c[10] = ' ';
			two(c, 11, secondOfDay / 3600);
			c[13] = ':';
			two(c, 14, secondOfDay / 60 % 60);
			c[16] = ':';
			two(c, 17, secondOfDay % 60);
			int i = 19;
			if (instant.getNano() != 0) {
				c[i++] = '.';
				int micros = instant.getNano() / 1000;
				for (int div = 100_000; div > 0; div /= 10) {
					c[i++] = digit(micros / div % 10);
				}
			}
			c[i++] = '+';
			c[i++] = '0';
			c[i] = '0';
			return new String(c);
		}

		private static void two(char[] c, int at, int value) {
			c[at] = digit(value / 10);
			c[at + 1] = digit(value % 10);
		}

		private static char digit(int d) {
			return (char) ('0' + d);
		}

	}

}
