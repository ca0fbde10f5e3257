package vn.motcua.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

import vn.motcua.organisation.CurrentUser;
import vn.motcua.organisation.OrganisationUnits;
import vn.motcua.organisation.UnitView;
import vn.motcua.procedure.FieldView;
import vn.motcua.procedure.Procedures;
import vn.motcua.web.MotCuaTime;

/**
 * Sổ theo dõi hồ sơ (Mẫu 06 of TT 01/2018/TT-VPCP, Mẫu 07 of TT 03/2025/TT-VPCP): every dossier received in a period
 * by the user's units (receiving or resolving unit in scope), in SQL, a page at a time or streamed row by row for the
 * export. Refusals at the desk were never received and are not in the book.
 */
@Service
@Transactional(readOnly = true)
public class TrackingBook {

	public static final int PAGE_SIZE = 100;

	/** Rows fetched from PostgreSQL at a time while streaming (a cursor, inside the read-only transaction). */
	private static final int FETCH_SIZE = 500;

	private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	/** The book's filters, checked: a period of reception days, and optionally a unit, a field and a status. */
	public record Filter(LocalDate from, LocalDate to, UnitView unit, String fieldCode, DossierStatus status) {
	}

	/** One line of the book; {@code late} judges against the original appointment (DOMAIN.md §8.4). */
	public record Entry(long number, String code, String procedureName, int count, String applicantName,
			String contact, String unitName, Instant receivedAt, Instant dueAt, Instant forwardedAt,
			Instant resolvedAt, Instant returnedAt, DossierStatus status, boolean late, Instant revisedDueAt) {
	}

	public record Page(List<Entry> rows, int page, long total, boolean hasNext) {

		public long pages() {
			return Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		}

	}

	private static final String COLUMNS = """
			select d.code, d.procedure_name, d.applicant_name, d.applicant_address, d.applicant_phone,
			       d.resolving_unit_id, d.received_at, d.due_at, d.revised_due_at, d.resolved_at, d.returned_at, d.status,
			       (select min(t.occurred_at) from dossier_transition t
			         where t.dossier_id = d.id and t.action = 'assign') as forwarded_at
			from dossier d
			""";

	private static final String ORDER = " order by d.received_at, d.id";

	private final JdbcClient jdbc;

	private final JdbcClient streaming;

	private final OrganisationUnits units;

	private final Procedures procedures;

	private final Clock clock;

	TrackingBook(JdbcClient jdbc, DataSource dataSource, OrganisationUnits units, Procedures procedures, Clock clock) {
		this.jdbc = jdbc;
		JdbcTemplate cursor = new JdbcTemplate(dataSource);
		cursor.setFetchSize(FETCH_SIZE);
		this.streaming = JdbcClient.create(cursor);
		this.units = units;
		this.procedures = procedures;
		this.clock = clock;
	}

	// --- filters ---

	/**
	 * Checks the filters as typed in the URL. Dates are {@code dd/MM/yyyy} or ISO; without them, the current month.
	 * A unit must be within the user's scope (an unknown code gets the same answer, so none is revealed).
	 *
	 * @throws DossierException with a message key for the page (or a 400 for the export)
	 */
	public Filter filter(CurrentUser user, String from, String to, String unit, String field, String status) {
		YearMonth month = YearMonth.now(clock.withZone(MotCuaTime.ZONE));
		LocalDate start = StringUtils.hasText(from) ? date(from) : month.atDay(1);
		LocalDate end = StringUtils.hasText(to) ? date(to) : month.atEndOfMonth();
		if (start.isAfter(end)) {
			throw new DossierException("dossier.book.error.range", DAY.format(start), DAY.format(end));
		}
		UnitView chosen = null;
		if (StringUtils.hasText(unit)) {
			chosen = units.find(unit)
				.filter(u -> units.canAccess(user, u.id()))
				.orElseThrow(() -> new DossierException("dossier.book.error.unit", unit.trim()));
		}
		String fieldCode = null;
		if (StringUtils.hasText(field)) {
			fieldCode = procedures.fields()
				.stream()
				.map(FieldView::code)
				.filter(code -> code.equalsIgnoreCase(field.trim()))
				.findFirst()
				.orElseThrow(() -> new DossierException("dossier.book.error.field", field.trim()));
		}
		DossierStatus chosenStatus = null;
		if (StringUtils.hasText(status)) {
			chosenStatus = statuses().stream()
				.filter(s -> s.name().equalsIgnoreCase(status.trim()))
				.findFirst()
				.orElseThrow(() -> new DossierException("dossier.book.error.status", status.trim()));
		}
		return new Filter(start, end, chosen, fieldCode, chosenStatus);
	}

	/** The statuses a dossier in the book can have (a dossier never received, e.g. refused at the desk, is not in it). */
	public static List<DossierStatus> statuses() {
		return java.util.Arrays.stream(DossierStatus.values())
			.filter(DossierStatus::wasReceived)
			.toList();
	}

	private static LocalDate date(String text) {
		String value = text.trim();
		try {
			LocalDate day = value.contains("/") ? LocalDate.parse(value, VIETNAMESE_DATE) : LocalDate.parse(value);
			if (day.getYear() < 1900 || day.getYear() > 9999) {
				throw new DossierException("dossier.book.error.date", value);
			}
			return day;
		}
		catch (DateTimeParseException ex) {
			throw new DossierException("dossier.book.error.date", value);
		}
	}

	// --- reading ---

	/** A page of the book ({@link #PAGE_SIZE} rows), numbered from the start of the period. */
	public Page page(CurrentUser user, Filter filter, int page) {
		int pageNumber = Math.max(page, 0);
		Query query = query(units.scopeOf(user), filter);
		long total = jdbc.sql("select count(*) from dossier d" + query.where())
			.params(query.params())
			.query(Long.class)
			.single();
		long offset = (long) pageNumber * PAGE_SIZE;
		List<Entry> rows = new ArrayList<>();
		Mapper mapper = new Mapper(offset, names(user));
		jdbc.sql(COLUMNS + query.where() + ORDER + " limit " + (PAGE_SIZE + 1) + " offset " + offset)
			.params(query.params())
			.query((RowCallbackHandler) rs -> rows.add(mapper.map(rs)));
		boolean hasNext = rows.size() > PAGE_SIZE;
		return new Page(hasNext ? rows.subList(0, PAGE_SIZE) : rows, pageNumber, total, hasNext);
	}

	/** Every line of the book in order, one at a time from a database cursor: a big month never sits in memory. */
	public void each(CurrentUser user, Filter filter, Consumer<Entry> sink) {
		Query query = query(units.scopeOf(user), filter);
		Mapper mapper = new Mapper(0, names(user));
		streaming.sql(COLUMNS + query.where() + ORDER)
			.params(query.params())
			.query((RowCallbackHandler) rs -> sink.accept(mapper.map(rs)));
	}

	private record Query(String where, List<Object> params) {
	}

	private static Query query(Set<Long> scope, Filter filter) {
		StringBuilder where = new StringBuilder(" where d.code is not null"
				+ " and (d.receiving_unit_id = any(?) or d.resolving_unit_id = any(?))"
				+ " and d.received_at >= ? and d.received_at < ?");
		List<Object> params = new ArrayList<>();
		Long[] ids = scope.toArray(Long[]::new);
		params.add(ids);
		params.add(ids);
		params.add(Timestamp.from(filter.from().atStartOfDay(MotCuaTime.ZONE).toInstant()));
		params.add(Timestamp.from(filter.to().plusDays(1).atStartOfDay(MotCuaTime.ZONE).toInstant()));
		if (filter.unit() != null) {
			where.append(" and (d.receiving_unit_id = ? or d.resolving_unit_id = ?)");
			params.add(filter.unit().id());
			params.add(filter.unit().id());
		}
		if (filter.fieldCode() != null) {
			where.append(" and d.field_code = ?");
			params.add(filter.fieldCode());
		}
		if (filter.status() != null) {
			where.append(" and d.status = ?");
			params.add(filter.status().name());
		}
		return new Query(where.toString(), params);
	}

	/** Unit names by id: the user's units up front, any other resolving unit when first met. */
	private Map<Long, String> names(CurrentUser user) {
		return new HashMap<>(units.namesOf(units.scopeOf(user)));
	}

	/** Turns result rows into numbered lines. */
	private final class Mapper {

		private final Map<Long, String> names;

		private final Instant now = clock.instant();

		private long number;

		Mapper(long offset, Map<Long, String> names) {
			this.number = offset;
			this.names = names;
		}

		Entry map(ResultSet rs) throws SQLException {
			DossierStatus status = DossierStatus.valueOf(rs.getString("status"));
			Instant due = instant(rs, "due_at");
			Instant resolved = instant(rs, "resolved_at");
			boolean late = resolved != null ? due != null && resolved.isAfter(due)
					: status.isOpen() && due != null && due.isBefore(now);
			long unitId = rs.getLong("resolving_unit_id");
			String unitName = names.computeIfAbsent(unitId,
					id -> units.namesOf(Set.of(id)).getOrDefault(id, ""));
			number++;
			return new Entry(number, rs.getString("code"), rs.getString("procedure_name"), 1,
					rs.getString("applicant_name"), contact(rs.getString("applicant_address"), rs.getString("applicant_phone")),
					unitName, instant(rs, "received_at"), due, instant(rs, "forwarded_at"), resolved,
					instant(rs, "returned_at"), status, late, instant(rs, "revised_due_at"));
		}

	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	private static String contact(String address, String phone) {
		List<String> parts = new ArrayList<>();
		if (StringUtils.hasText(address)) {
			parts.add(address.trim());
		}
		if (StringUtils.hasText(phone)) {
			parts.add(phone.trim());
		}
		return String.join("; ", parts);
	}

	/** The official form of the book for a period: Mẫu 06 (TT 01/2018) before 01/07/2025, Mẫu 07 (TT 03/2025) from it. */
	static List<String> formSets(Filter filter) {
		List<String> sets = new ArrayList<>();
		if (filter.from().isBefore(Dossiers.DECREE_118_FROM)) {
			sets.add("TT01_2018");
		}
		if (!filter.to().isBefore(Dossiers.DECREE_118_FROM)) {
			sets.add("TT03_2025");
		}
		return sets;
	}

}
