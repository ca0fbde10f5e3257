package vn.motcua.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The citizen lookup's reading of a dossier: one statement for the dossier row (with the last supplement request's
 * items while one is awaited, and whether it has a route), a second one only for an interlinked dossier's segments.
 * Loading the aggregate for this (its checklist, history, supplements and segments, each a query, inside a JPA
 * transaction) cost most of the lookup's database time (issue 8). Runs without a transaction: two autocommit reads.
 */
@Component
class PublicStatusQuery {

	/** The dossier's row as the lookup needs it, with the applicant's numbers for the check (never shown). */
	record Row(String code, String procedureName, String receivingUnitCode, Instant receivedAt, Instant dueAt,
			Instant revisedDueAt, DossierStatus status, String missingItems, Instant resolvedAt, Instant returnedAt,
			Long resolvingUnitId, String phone, String idNumber, String taxCode, long id, boolean interlinked) {
	}

	private final JdbcTemplate jdbc;

	PublicStatusQuery(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Row> find(String code) {
		List<Row> rows = jdbc.query("""
				select d.id, d.code, d.procedure_name, d.receiving_unit_code, d.received_at, d.due_at, d.revised_due_at,
				       d.status, d.resolved_at, d.returned_at, d.resolving_unit_id, d.applicant_phone,
				       d.applicant_id_number, d.applicant_tax_code,
				       case when d.status = 'AWAITING_SUPPLEMENT' then (select s.items from dossier_supplement s
				            where s.dossier_id = d.id order by s.requested_at desc, s.id desc limit 1) end as missing,
				       exists (select 1 from dossier_segment g where g.dossier_id = d.id) as interlinked
				from dossier d where d.code = ?""", (rs, n) -> new Row(rs.getString("code"),
				rs.getString("procedure_name"), rs.getString("receiving_unit_code"), instant(rs, "received_at"),
				instant(rs, "due_at"), instant(rs, "revised_due_at"), DossierStatus.valueOf(rs.getString("status")),
				rs.getString("missing"), instant(rs, "resolved_at"), instant(rs, "returned_at"),
				rs.getObject("resolving_unit_id", Long.class), rs.getString("applicant_phone"),
				rs.getString("applicant_id_number"), rs.getString("applicant_tax_code"), rs.getLong("id"),
				rs.getBoolean("interlinked")), code);
		return rows.stream().findFirst();
	}

	/** An interlinked dossier's route, in order. */
	List<PublicStatus.Step> route(long dossierId) {
		return jdbc.query("""
				select unit_name, task, decides, started_at, completed_at from dossier_segment
				where dossier_id = ? order by position""", (rs, n) -> {
			Instant started = instant(rs, "started_at");
			Instant completed = instant(rs, "completed_at");
			return new PublicStatus.Step(rs.getString("unit_name"), rs.getString("task"),
					SegmentView.State.of(started, completed), started, completed, rs.getBoolean("decides"));
		}, dossierId);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

}
