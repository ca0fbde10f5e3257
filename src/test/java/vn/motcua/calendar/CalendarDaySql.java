package vn.motcua.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.motcua.calendar.CalendarDay.Source;
import vn.motcua.calendar.CalendarDay.Type;

/**
 * Writes and reads the {@code insert into calendar_day} rows of migration {@code V4__calendar.sql}: the rows are
 * generated from {@link AnnouncedSchedules} ({@link #main}) and read back by {@code CalendarMigrationTests}.
 */
final class CalendarDaySql {

	private static final String STRING = "'((?:[^']|'')*)'";

	private static final Pattern ROW = Pattern.compile("\\(\\s*'(\\d{4}-\\d{2}-\\d{2})'\\s*,\\s*" + STRING + "\\s*,\\s*"
			+ STRING + "\\s*,\\s*(?:" + STRING + "|null)\\s*,\\s*" + STRING + "\\s*,\\s*(true|false)\\s*\\)");

	private CalendarDaySql() {
	}

	/** Prints the INSERT statement of the shipped decisions, to paste into the migration. */
	public static void main(String[] args) {
		System.out.print(insert(AnnouncedSchedules.all()));
	}

	static String insert(List<CalendarDay> days) {
		StringBuilder sql = new StringBuilder(
				"insert into calendar_day (day, type, name, legal_ref, source, confirmed) values\n");
		for (int i = 0; i < days.size(); i++) {
			CalendarDay day = days.get(i);
			sql.append("    ('")
				.append(day.date())
				.append("', ")
				.append(quote(day.type().name()))
				.append(", ")
				.append(quote(day.name()))
				.append(", ")
				.append(day.legalRef() == null ? "null" : quote(day.legalRef()))
				.append(", ")
				.append(quote(day.source().name()))
				.append(", ")
				.append(day.confirmed())
				.append(i == days.size() - 1 ? ");\n" : "),\n");
		}
		return sql.toString();
	}

	/** Every row tuple of the {@code insert into calendar_day} statements of {@code sql}. */
	static List<CalendarDay> parse(String sql) {
		List<CalendarDay> days = new ArrayList<>();
		for (String statement : statements(sql)) {
			if (!statement.strip().toLowerCase().contains("insert into calendar_day")) {
				continue;
			}
			String values = statement.substring(statement.toLowerCase().indexOf("values") + "values".length());
			Matcher row = ROW.matcher(values);
			int end = 0;
			while (row.find()) {
				if (!values.substring(end, row.start()).replace(",", "").isBlank()) {
					throw new IllegalArgumentException("unparsed text: " + values.substring(end, row.start()));
				}
				end = row.end();
				days.add(new CalendarDay(LocalDate.parse(row.group(1)), Type.valueOf(unquote(row.group(2))),
						unquote(row.group(3)), row.group(4) == null ? null : unquote(row.group(4)),
						Source.valueOf(unquote(row.group(5))), Boolean.parseBoolean(row.group(6))));
			}
			if (!values.substring(end).isBlank()) {
				throw new IllegalArgumentException("unparsed text: " + values.substring(end));
			}
		}
		return days;
	}

	/** The statements of {@code sql}, split at semicolons outside string literals, without {@code --} comments. */
	static List<String> statements(String sql) {
		List<String> statements = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		boolean inString = false;
		for (int i = 0; i < sql.length(); i++) {
			char c = sql.charAt(i);
			if (inString) {
				current.append(c);
				if (c == '\'') {
					inString = false; // a doubled quote reopens at once on the next character
				}
			}
			else if (c == '\'') {
				inString = true;
				current.append(c);
			}
			else if (c == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-') {
				while (i < sql.length() && sql.charAt(i) != '\n') {
					i++;
				}
				current.append('\n');
			}
			else if (c == ';') {
				statements.add(current.toString());
				current.setLength(0);
			}
			else {
				current.append(c);
			}
		}
		if (!current.toString().isBlank()) {
			statements.add(current.toString());
		}
		return statements;
	}

	private static String quote(String text) {
		return "'" + text.replace("'", "''") + "'";
	}

	private static String unquote(String text) {
		return text.replace("''", "'");
	}

}
