package vn.motcua.procedure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Cắt giảm thời hạn giải quyết: per level and field, the days in law against the days applied, summed in PostgreSQL
 * over the procedures whose time is counted in days (hour-based ones cannot be added to days).
 */
@Controller
class ReductionController {

	private final JdbcClient jdbc;

	private final Clock clock;

	ReductionController(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@GetMapping("/procedures/reduction")
	@Transactional(readOnly = true)
	String reduction(Model model) {
		List<ReductionRow> rows = jdbc.sql("""
				select l.level, f.code, f.name, count(*),
				       count(*) filter (where t.applied_value < t.legal_value),
				       sum(t.legal_value), sum(t.applied_value), grouping(f.code)
				from procedure p
				join procedure_field f on f.id = p.field_id
				join procedure_level l on l.procedure_id = p.id
				join lateral (
				    select legal_value, applied_value, unit from procedure_processing_time t
				    where t.procedure_id = p.id and t.effective_from <= ?
				    order by t.effective_from desc limit 1) t on true
				where p.active and t.unit in ('WORKING_DAY', 'CALENDAR_DAY') and t.legal_value is not null
				group by grouping sets ((l.level, f.code, f.name), (l.level))
				order by l.level, grouping(f.code), lower(f_unaccent(f.name))""")
			.param(LocalDate.now(clock))
			.query((rs, n) -> new ReductionRow(ProcedureLevel.valueOf(rs.getString(1)),
					rs.getInt(8) == 1 ? null : rs.getString(2), rs.getInt(8) == 1 ? null : rs.getString(3), rs.getLong(4),
					rs.getLong(5), rs.getBigDecimal(6), rs.getBigDecimal(7)))
			.list();
		model.addAttribute("rows", new ArrayList<>(rows));
		return "procedure/reduction";
	}

}
