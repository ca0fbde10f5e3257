package vn.motcua.dossier;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mã hồ sơ (TT 01/2018/TT-VPCP art. 19 as restated in DOMAIN.md §7): {@code <agency id>-<yyMMdd>-<4-digit sequence of
 * the day>}, e.g. {@code 000.17.22.H56-210531-0001}. The sequence lives in PostgreSQL and is taken inside the
 * reception's transaction (see V10__dossier.sql), so codes are unique across clerks and application instances.
 */
@Component
class DossierCodes {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

	private final JdbcClient jdbc;

	DossierCodes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	String next(String agency, LocalDate day) {
		int sequence = jdbc.sql("""
				insert into dossier_code_sequence (agency, day, last_value) values (?, ?, 1)
				on conflict (agency, day) do update set last_value = dossier_code_sequence.last_value + 1
				returning last_value""").params(agency, day).query(Integer.class).single();
		return format(agency, day, sequence);
	}

	static String format(String agency, LocalDate day, int sequence) {
		return agency + "-" + DAY.format(day) + "-" + String.format("%04d", sequence);
	}

}
