package vn.motcua.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.web.UnitMember;

/**
 * Writes audit records in the caller's transaction, so a change and its record commit or roll back together.
 * The actor is the authenticated user (with their unit), or {@code system} for start-up and scheduled work.
 */
@Service
public class AuditLog {

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @param action what happened, e.g. {@code unit.created}
	 * @param targetType the kind of object, e.g. {@code OrganisationUnit}
	 * @param targetId its business identifier (a unit code, a username, a dossier code)
	 * @param details a short human-readable description of the change
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String action, String targetType, String targetId, String details) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String actor = "system";
		String actorUnit = null;
		if (authentication != null && authentication.isAuthenticated()
				&& !"anonymousUser".equals(authentication.getName())) {
			actor = authentication.getName();
			if (authentication.getPrincipal() instanceof UnitMember member) {
				actorUnit = member.unitCode();
			}
		}
		recordAs(actor, actorUnit, action, targetType, targetId, details);
	}

	/** For events whose actor is not the signed-in user, such as a failed login. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordAs(String actor, String actorUnit, String action, String targetType, String targetId,
			String details) {
		jdbc.sql("""
				insert into audit_record (occurred_at, actor, actor_unit, action, target_type, target_id, details)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(Timestamp.from(clock.instant()), actor, actorUnit, action, targetType, targetId, details)
			.update();
	}

	/** The records about one object, newest first. */
	@Transactional(readOnly = true)
	public List<AuditRecord> history(String targetType, String targetId) {
		return jdbc.sql("""
				select occurred_at, actor, actor_unit, action, target_type, target_id, details
				from audit_record where target_type = ? and target_id = ? order by id desc""")
			.params(targetType, targetId)
			.query((rs, n) -> new AuditRecord(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
			.list();
	}

}
