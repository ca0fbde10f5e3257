package vn.motcua.dossier;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

import vn.motcua.web.MotCuaTime;

/**
 * Worklists and staff search, in SQL over the user's units: filters come from the URL so a list can be bookmarked;
 * the applicant's name matches with or without diacritics.
 */
@Service
@Transactional(readOnly = true)
public class DossierSearch {

	public static final int PAGE_SIZE = 25;

	/** Which dossiers a list shows. */
	public enum Queue {
		/** Everything open in the user's units. */
		OPEN,
		/** Received, waiting to be handed to a specialist. */
		TO_ASSIGN,
		/** Assigned to the signed-in specialist. */
		MINE,
		/** Waiting for a leader's decision. */
		TO_APPROVE,
		/** Result at the desk (or rejected with reasons), waiting for the applicant. */
		TO_RETURN,
		/** Waiting for the applicant's supplement. */
		SUPPLEMENT,
		/** Open and due today. */
		DUE_TODAY,
		/** Open and past the appointment. */
		OVERDUE,
		/** Every dossier, whatever its state. */
		ALL,
		/** Transferred to the user's unit by another unit of an interlinked route, waiting for its acknowledgement. */
		TO_ACCEPT,
		/** Open interlinked dossiers the user's units take part in, wherever they are now (the whole progress). */
		INTERLINKED
	}

	/**
	 * One row of a list; {@code holderUnitName} names the unit an interlinked dossier is at now ({@code null} for a
	 * dossier one unit handles).
	 */
	public record Row(String code, String status, String procedureName, String applicantName, Instant receivedAt,
			Instant dueAt, String assignee, String deadline, String holderUnitName) {

		public Row(String code, String status, String procedureName, String applicantName, Instant receivedAt,
				Instant dueAt, String assignee, String deadline) {
			this(code, status, procedureName, applicantName, receivedAt, dueAt, assignee, deadline, null);
		}

	}

	public record Page(List<Row> rows, int page, boolean hasNext) {
	}

	/** Open states, as SQL. */
	private static final String OPEN = "status in ('RECEIVED','IN_PROCESSING','AWAITING_SUPPLEMENT','PENDING_APPROVAL',"
			+ "'APPROVED','TRANSFERRED')";

	/**
	 * A dossier the user's units see (parameter: the unit ids three times): received or resolved there, or routed
	 * through them (một cửa liên thông).
	 */
	private static final String VISIBLE = """
			(receiving_unit_id = any(?) or resolving_unit_id = any(?)
			 or exists (select 1 from dossier_segment s where s.dossier_id = dossier.id and s.unit_id = any(?)))""";

	/** The unit holding the dossier now: an interlinked dossier's current unit, else its resolving unit. */
	private static final String HOLDER = "coalesce(current_unit_id, resolving_unit_id)";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final vn.motcua.organisation.OrganisationUnits units;

	DossierSearch(JdbcClient jdbc, Clock clock, vn.motcua.organisation.OrganisationUnits units) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.units = units;
	}

	public Page search(Collection<Long> unitIds, String username, Queue queue, String text, String sort, int page) {
		LocalDate today = LocalDate.now(clock.withZone(MotCuaTime.ZONE));
		Instant now = clock.instant();
		Instant endOfToday = today.plusDays(1).atStartOfDay(MotCuaTime.ZONE).toInstant();
		StringBuilder sql = new StringBuilder("""
				select code, status, procedure_name, applicant_name, received_at, due_at, assignee, current_unit_id
				from dossier
				where code is not null and """ + VISIBLE + "\n");
		List<Object> params = new ArrayList<>();
		Long[] ids = unitIds.toArray(Long[]::new);
		params.add(ids);
		params.add(ids);
		params.add(ids);
		String open = OPEN;
		switch (queue) {
			case OPEN -> sql.append(" and ").append(open);
			case TO_ASSIGN -> {
				sql.append(" and status = 'RECEIVED' and ").append(HOLDER).append(" = any(?)");
				params.add(ids);
			}
			case MINE -> {
				sql.append(" and ").append(open).append(" and assignee = ?");
				params.add(username);
			}
			case TO_APPROVE -> {
				sql.append(" and status = 'PENDING_APPROVAL' and ").append(HOLDER).append(" = any(?)");
				params.add(ids);
			}
			case TO_ACCEPT -> {
				sql.append(" and status = 'TRANSFERRED' and ").append(HOLDER).append(" = any(?)");
				params.add(ids);
			}
			case INTERLINKED -> sql.append(" and ").append(open)
				.append(" and exists (select 1 from dossier_segment s where s.dossier_id = dossier.id)");
			case TO_RETURN -> sql.append(" and status in ('RESULT_READY','REJECTED_AFTER_REVIEW')");
			case SUPPLEMENT -> sql.append(" and status = 'AWAITING_SUPPLEMENT'");
			case DUE_TODAY -> {
				sql.append(" and ").append(open).append(" and due_at >= ? and due_at < ?");
				params.add(Timestamp.from(now));
				params.add(Timestamp.from(endOfToday));
			}
			case OVERDUE -> {
				sql.append(" and ").append(open).append(" and due_at < ?");
				params.add(Timestamp.from(now));
			}
			case ALL -> {
			}
		}
		if (StringUtils.hasText(text)) {
			String q = java.text.Normalizer.normalize(text.trim(), java.text.Normalizer.Form.NFC);
			String digits = q.replaceAll("[\\s.\\-]", "");
			sql.append(" and (code = ? or code like ? escape '\\'");
			params.add(q.toUpperCase(Locale.ROOT));
			params.add(escape(q.toUpperCase(Locale.ROOT)) + "%");
			if (digits.matches("\\d{4,12}")) {
				sql.append(" or applicant_id_number = ? or applicant_phone = ?");
				params.add(digits);
				params.add(digits);
			}
			sql.append(" or lower(f_unaccent(applicant_name)) like '%' || lower(f_unaccent(?)) || '%' escape '\\')");
			params.add(escape(q));
		}
		sql.append(switch (sort == null ? "" : sort) {
			case "received" -> " order by received_at desc, id desc";
			case "code" -> " order by code";
			default -> " order by due_at asc nulls last, id";
		});
		int pageNumber = Math.max(page, 0);
		sql.append(" limit ").append(PAGE_SIZE + 1).append(" offset ").append((long) pageNumber * PAGE_SIZE);
		List<Long> holders = new ArrayList<>();
		List<Row> rows = jdbc.sql(sql.toString()).params(params).query((rs, n) -> {
			Instant due = rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant();
			String status = rs.getString(2);
			Long holder = rs.getObject(8, Long.class);
			holders.add(holder);
			return new Row(rs.getString(1), status, rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant(),
					due, rs.getString(7), deadline(DossierStatus.valueOf(status), due, now, endOfToday), null);
		}).list();
		if (holders.stream().anyMatch(java.util.Objects::nonNull)) {
			// name the unit each interlinked dossier is at now
			java.util.Map<Long, String> names = units.namesOf(holders.stream().filter(java.util.Objects::nonNull)
				.collect(java.util.stream.Collectors.toSet()));
			List<Row> named = new ArrayList<>();
			for (int i = 0; i < rows.size(); i++) {
				Row r = rows.get(i);
				named.add(new Row(r.code(), r.status(), r.procedureName(), r.applicantName(), r.receivedAt(), r.dueAt(),
						r.assignee(), r.deadline(), holders.get(i) == null ? null : names.get(holders.get(i))));
			}
			rows = named;
		}
		boolean hasNext = rows.size() > PAGE_SIZE;
		return new Page(hasNext ? rows.subList(0, PAGE_SIZE) : rows, pageNumber, hasNext);
	}

	/** How many dossiers wait in each queue for this user: one SQL pass over the user's units. */
	public java.util.Map<Queue, Long> counts(Collection<Long> unitIds, String username) {
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, MotCuaTime.ZONE);
		Instant endOfToday = today.plusDays(1).atStartOfDay(MotCuaTime.ZONE).toInstant();
		Long[] ids = unitIds.toArray(Long[]::new);
		String open = OPEN;
		return jdbc.sql("""
				select count(*) filter (where status = 'RECEIVED' and %2$s = any(?)),
				       count(*) filter (where %1$s and assignee = ?),
				       count(*) filter (where status = 'PENDING_APPROVAL' and %2$s = any(?)),
				       count(*) filter (where status in ('RESULT_READY','REJECTED_AFTER_REVIEW')),
				       count(*) filter (where status = 'AWAITING_SUPPLEMENT'),
				       count(*) filter (where %1$s and due_at >= ? and due_at < ?),
				       count(*) filter (where %1$s and due_at < ?),
				       count(*) filter (where status = 'TRANSFERRED' and %2$s = any(?)),
				       count(*) filter (where %1$s and current_unit_id is not null)
				from dossier
				where code is not null and %3$s""".formatted(open, HOLDER, VISIBLE))
			.params(ids, username, ids, Timestamp.from(now), Timestamp.from(endOfToday), Timestamp.from(now), ids, ids,
					ids, ids)
			.query((rs, n) -> {
				java.util.Map<Queue, Long> counts = new java.util.EnumMap<>(Queue.class);
				counts.put(Queue.TO_ASSIGN, rs.getLong(1));
				counts.put(Queue.MINE, rs.getLong(2));
				counts.put(Queue.TO_APPROVE, rs.getLong(3));
				counts.put(Queue.TO_RETURN, rs.getLong(4));
				counts.put(Queue.SUPPLEMENT, rs.getLong(5));
				counts.put(Queue.DUE_TODAY, rs.getLong(6));
				counts.put(Queue.OVERDUE, rs.getLong(7));
				counts.put(Queue.TO_ACCEPT, rs.getLong(8));
				counts.put(Queue.INTERLINKED, rs.getLong(9));
				return counts;
			})
			.single();
	}

	/** Deadline badge of an open dossier: ON_TRACK, DUE_TODAY or OVERDUE; empty once it is no longer open. */
	static String deadline(DossierStatus status, Instant due, Instant now, Instant endOfToday) {
		if (!status.isOpen() || due == null) {
			return "";
		}
		if (due.isBefore(now)) {
			return "OVERDUE";
		}
		return due.isBefore(endOfToday) ? "DUE_TODAY" : "ON_TRACK";
	}

	/** The latest data an applicant gave, recalled by ID number at the desk. */
	public Optional<ReceiveForm> recallApplicant(Collection<Long> unitIds, String idNumber) {
		String digits = ApplicantRules.digits(idNumber);
		if (!ApplicantRules.isPersonalIdNumber(digits)) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select applicant_name, applicant_phone, applicant_email, applicant_address from dossier
				where applicant_id_number = ? and receiving_unit_id = any(?)
				order by created_at desc limit 1""")
			.params(digits, unitIds.toArray(Long[]::new))
			.query((rs, n) -> new ReceiveForm("", Channel.DIRECT, Applicant.Kind.PERSON, rs.getString(1), digits, "",
					rs.getString(2), rs.getString(3), rs.getString(4), "", "", List.of()))
			.optional();
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
