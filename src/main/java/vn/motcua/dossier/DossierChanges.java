package vn.motcua.dossier;

import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.organisation.CurrentUser;
import vn.motcua.organisation.OrganisationUnits;
import vn.motcua.organisation.Role;

/**
 * The status feed a public-service portal reads to sync back (issue 10; seed 001: "100% kết quả xử lý hồ sơ TTHC được
 * đồng bộ trên cổng dịch vụ công"): every transition of the dossiers of the portal account's unit and the units below
 * it, each once, in commit order, after a cursor. The position is given at commit (V42__dossier_change_feed.sql,
 * V60__reception_concurrency.sql) and the reader waits for the commits in flight, so a reader that has seen position n
 * has seen everything below n and can safely continue after it.
 *
 * <p>Only what the portal needs to show the applicant goes out: identifiers, the states and times, and the note of
 * the steps whose note is addressed to the applicant (what to supplement, why refused, rejected, withdrawn or
 * delayed); never the applicant's personal data or the staff's internal notes. Dossiers with neither a code nor a
 * portal number (a refusal at the desk) cannot be named and are left out.
 */
@Service
@Transactional(readOnly = true)
public class DossierChanges {

	public static final int MAX_LIMIT = 500;

	/** Steps whose note is written for the applicant (Mẫu 02, 03, 04, the reasons of a rejection or a stop). */
	static final Set<String> PUBLIC_NOTES = Set.of("requestSupplement", "guide", "refuseAtDesk", "rejectAfterReview",
			"withdraw", "suspend", "apologise");

	/** One transition. */
	public record Change(long position, String portalNumber, String code, String unitCode, String procedureCode,
			String action, DossierStatus fromStatus, DossierStatus toStatus, java.time.Instant at,
			java.time.Instant dueAt, String note) {
	}

	/** A page of the feed; {@code next} is the cursor to ask with next time. */
	public record Page(List<Change> changes, long next, boolean hasMore) {
	}

	private final JdbcClient jdbc;

	private final OrganisationUnits units;

	DossierChanges(JdbcClient jdbc, OrganisationUnits units) {
		this.jdbc = jdbc;
		this.units = units;
	}

	/** The transitions after position {@code since} (0: from the start), at most {@code limit} of them. */
	public Page since(CurrentUser portal, long since, int limit) {
		if (!portal.has(Role.PORTAL)) {
			throw new AccessDeniedException("not a portal account");
		}
		int size = Math.max(1, Math.min(limit, MAX_LIMIT));
		Long[] scope = units.scopeOf(portal).toArray(Long[]::new);
		// Writers take this lock shared while they commit (V60__reception_concurrency.sql): holding it exclusively
		// waits for each commit that already has a position and lets no new one take a position, so the query below
		// (a new snapshot, read committed) sees every position under the largest one it returns.
		jdbc.sql("select 1 from pg_advisory_xact_lock(hashtext('dossier_change'))").query(Integer.class).single();
		List<Change> rows = jdbc.sql("""
				select c.position, d.portal_number, d.code, d.receiving_unit_code, d.procedure_code, t.action,
				       t.from_status, t.to_status, t.occurred_at, t.due_at, t.note
				from dossier_change c
				join dossier_transition t on t.id = c.transition_id
				join dossier d on d.id = c.dossier_id
				where c.position > ?
				  and (d.receiving_unit_id = any(?) or d.resolving_unit_id = any(?))
				  and (d.code is not null or d.portal_number is not null)
				order by c.position
				limit ?""")
			.params(Math.max(since, 0), scope, scope, size + 1)
			.query((rs, n) -> {
				String action = rs.getString(6);
				String from = rs.getString(7);
				java.sql.Timestamp due = rs.getTimestamp(10);
				return new Change(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
						action, from == null ? null : DossierStatus.valueOf(from), DossierStatus.valueOf(rs.getString(8)),
						rs.getTimestamp(9).toInstant(), due == null ? null : due.toInstant(),
						PUBLIC_NOTES.contains(action) ? rs.getString(11) : null);
			})
			.list();
		boolean more = rows.size() > size;
		List<Change> page = more ? rows.subList(0, size) : rows;
		long next = page.isEmpty() ? Math.max(since, 0) : page.get(page.size() - 1).position();
		return new Page(List.copyOf(page), next, more);
	}

}
