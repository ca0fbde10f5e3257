package vn.motcua.web;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file of the migration imports: UTF-8 with or without a byte-order mark, RFC 4180 quoting, a header row whose
 * names select the columns (any order, case-insensitive). The header is line 1; each row keeps the line it starts on,
 * so that error messages point where a person looks in the file.
 */
public final class CsvTable {

	/** One data row: its line number and its values by lower-case column name (absent columns read as ""). */
	public record Row(long line, Map<String, String> values) {

		public String get(String column) {
			String value = values.get(column);
			return value == null ? "" : value.trim();
		}

	}

	/** The file could not be read as CSV at all (not UTF-8, broken quoting, no header). */
	public static final class UnreadableException extends Exception {

		private final long line;

		private final String messageKey;

		UnreadableException(long line, String messageKey) {
			super(messageKey);
			this.line = line;
			this.messageKey = messageKey;
		}

		public long line() {
			return line;
		}

		public String messageKey() {
			return messageKey;
		}

	}

	private final List<String> header;

	private final List<Row> rows;

	private CsvTable(List<String> header, List<Row> rows) {
		this.header = header;
		this.rows = rows;
	}

	public List<String> header() {
		return header;
	}

	public List<Row> rows() {
		return rows;
	}

	/** Column names the file lacks among {@code required}. */
	public List<String> missing(Collection<String> required) {
		return required.stream().filter(column -> !header.contains(column)).toList();
	}

	/**
	 * The file, or {@code null} with the reason put into {@code report} when it cannot be read or lacks one of the
	 * {@code required} columns (both are reported on line 1, the header, or where the quoting broke).
	 */
	public static CsvTable open(byte[] content, Collection<String> required, ImportReport report) {
		CsvTable table;
		try {
			table = parse(content);
		}
		catch (UnreadableException ex) {
			report.problem(ex.line(), ex.messageKey());
			return null;
		}
		List<String> missing = table.missing(required);
		if (!missing.isEmpty()) {
			report.problem(1, "import.error.missingColumns", String.join(", ", missing));
			return null;
		}
		return table;
	}

	public static CsvTable parse(byte[] content) throws UnreadableException {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new UnreadableException(1, "import.error.notUtf8");
		}
		if (text.indexOf('\u0000') >= 0) {
			// PostgreSQL cannot store NUL in text; no real CSV of units or procedures has one
			throw new UnreadableException(1, "import.error.nul");
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		// Vietnamese typed on some keyboards arrives decomposed (NFD); store one form only
		text = Normalizer.normalize(text, Normalizer.Form.NFC);
		if (text.isBlank()) {
			throw new UnreadableException(1, "import.error.empty");
		}
		CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
		List<String> header = new ArrayList<>();
		List<Row> rows = new ArrayList<>();
		long line = 1;
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			long nextLine = 1;
			for (CSVRecord record : parser) {
				line = nextLine;
				// the line the next record starts on: after this record's last line break
				nextLine = parser.getCurrentLineNumber() + 1;
				if (header.isEmpty()) {
					for (String name : record) {
						header.add(name.trim().toLowerCase(Locale.ROOT));
					}
					continue;
				}
				Map<String, String> values = new LinkedHashMap<>();
				for (int i = 0; i < header.size() && i < record.size(); i++) {
					values.put(header.get(i), record.get(i));
				}
				if (record.size() > header.size()) {
					values.put("__extra", String.valueOf(record.size()));
				}
				rows.add(new Row(line, values));
			}
		}
		catch (IOException | java.io.UncheckedIOException | IllegalStateException ex) {
			throw new UnreadableException(line, "import.error.malformed");
		}
		if (header.isEmpty()) {
			throw new UnreadableException(1, "import.error.empty");
		}
		return new CsvTable(header, rows);
	}

}
