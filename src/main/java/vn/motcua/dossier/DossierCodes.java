package vn.motcua.dossier;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

	private static final DateTimeFormatter STRICT_DAY = DateTimeFormatter.ofPattern("uuMMdd")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final Pattern CODE = Pattern.compile("(.+)-(\\d{6})-(\\d{4,9})");

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

	/**
	 * Moves the agency's sequence for {@code day} to at least {@code taken}, for codes that came from elsewhere (the
	 * historical import of an older system's codes of today). It holds the sequence row's lock until commit, so a
	 * reception at the same agency waits for the import and then continues after the imported numbers.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void reserve(String agency, LocalDate day, int taken) {
		jdbc.sql("""
				insert into dossier_code_sequence (agency, day, last_value) values (?, ?, ?)
				on conflict (agency, day) do update
				set last_value = greatest(dossier_code_sequence.last_value, excluded.last_value)""")
			.params(agency, day, taken)
			.update();
	}

	/** A code's agency, day and number, if it follows our pattern (an older system's code may be anything). */
	static Optional<Parts> parse(String code) {
		Matcher parts = CODE.matcher(code);
		if (!parts.matches()) {
			return Optional.empty();
		}
		try {
			return Optional.of(new Parts(parts.group(1), LocalDate.parse(parts.group(2), STRICT_DAY),
					Integer.parseInt(parts.group(3))));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	record Parts(String agency, LocalDate day, int sequence) {
	}

	static String format(String agency, LocalDate day, int sequence) {
		return agency + "-" + DAY.format(day) + "-" + String.format("%04d", sequence);
	}

}
