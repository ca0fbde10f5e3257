package vn.motcua.dossier;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.motcua.organisation.CurrentUser;
import vn.motcua.web.MotCuaTime;
import vn.motcua.web.SpreadsheetText;
import vn.motcua.web.VnFormat;

/**
 * The tracking book as an .xlsx (Apache POI, streaming): a title, the form and period, a bold bordered header frozen
 * at the top, then one row per dossier as the database cursor gives it, only a window of rows kept in memory. Dates
 * are real Excel dates; text that a spreadsheet would read as a formula is written with a leading apostrophe.
 * Always in Vietnamese: it is the office's official register.
 */
@Component
class TrackingBookWorkbook {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	/** Message keys of the columns, after {@code dossier.book.col.}, in the order of Mẫu 06 / Mẫu 07. */
	static final List<String> COLUMNS = List.of("no", "code", "procedure", "count", "applicant", "contact", "unit",
			"received", "due", "forwarded", "resolved", "returned", "signature", "note");

	/** Column widths in characters. */
	private static final int[] WIDTHS = { 6, 26, 40, 9, 28, 36, 28, 17, 17, 17, 17, 17, 14, 26 };

	static final int HEADER_ROW = 3;

	/** Rows kept in memory before SXSSF flushes them to its (compressed, deleted on close) temporary file. */
	private static final int WINDOW = 200;

	private final TrackingBook book;

	private final MessageSource messages;

	private final VnFormat fmt;

	TrackingBookWorkbook(TrackingBook book, MessageSource messages, VnFormat fmt) {
		this.book = book;
		this.messages = messages;
		this.fmt = fmt;
	}

	void write(CurrentUser user, TrackingBook.Filter filter, OutputStream out) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
			workbook.setCompressTempFiles(true);
			Styles styles = new Styles(workbook);
			SXSSFSheet sheet = workbook.createSheet(text("dossier.book.title"));
			for (int i = 0; i < WIDTHS.length; i++) {
				sheet.setColumnWidth(i, WIDTHS[i] * 256);
			}
			int last = COLUMNS.size() - 1;
			heading(sheet, 0, text("dossier.book.heading"), styles.title, last);
			heading(sheet, 1, formLine(filter), styles.subtitle, last);
			heading(sheet, 2, periodLine(filter), styles.subtitle, last);
			Row header = sheet.createRow(HEADER_ROW);
			header.setHeightInPoints(45);
			for (int i = 0; i < COLUMNS.size(); i++) {
				Cell cell = header.createCell(i);
				cell.setCellValue(text("dossier.book.col." + COLUMNS.get(i)));
				cell.setCellStyle(styles.header);
			}
			sheet.createFreezePane(0, HEADER_ROW + 1);
			sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
			PrintSetup print = sheet.getPrintSetup();
			print.setPaperSize(PrintSetup.A4_PAPERSIZE);
			print.setLandscape(true);
			print.setFitWidth((short) 1);
			print.setFitHeight((short) 0);
			sheet.setFitToPage(true);

			int[] next = { HEADER_ROW + 1 };
			book.each(user, filter, entry -> line(sheet.createRow(next[0]++), entry, styles));
			workbook.write(out);
		}
	}

	private void line(Row row, TrackingBook.Entry e, Styles styles) {
		int c = 0;
		number(row, c++, e.number(), styles);
		text(row, c++, e.code(), styles);
		text(row, c++, e.procedureName(), styles);
		number(row, c++, e.count(), styles);
		text(row, c++, e.applicantName(), styles);
		text(row, c++, e.contact(), styles);
		text(row, c++, e.unitName(), styles);
		date(row, c++, e.receivedAt(), styles);
		date(row, c++, e.dueAt(), styles);
		date(row, c++, e.forwardedAt(), styles);
		date(row, c++, e.resolvedAt(), styles);
		date(row, c++, e.returnedAt(), styles);
		text(row, c++, "", styles); // Ký nhận: signed by hand on the printed book
		text(row, c, note(e), styles);
	}

	/** Ghi chú: the status in words, "Quá hạn" when late, and the new appointment after an apology. */
	String note(TrackingBook.Entry e) {
		List<String> parts = new ArrayList<>();
		parts.add(text("dossier.status." + e.status().name()));
		if (e.late()) {
			parts.add(text("dossier.book.late"));
		}
		if (e.revisedDueAt() != null) {
			parts.add(messages.getMessage("dossier.book.revised", new Object[] { fmt.dateTime(e.revisedDueAt()) },
					VIETNAMESE));
		}
		return String.join("; ", parts);
	}

	private String formLine(TrackingBook.Filter filter) {
		return String.join(" / ", TrackingBook.formSets(filter)
			.stream()
			.map(set -> text("dossier.book.form." + set))
			.toList());
	}

	private String periodLine(TrackingBook.Filter filter) {
		String period = messages.getMessage("dossier.book.period",
				new Object[] { fmt.date(filter.from()), fmt.date(filter.to()) }, VIETNAMESE);
		return filter.unit() == null ? period : period + " – " + filter.unit().name();
	}

	private static void heading(SXSSFSheet sheet, int index, String value, CellStyle style, int lastColumn) {
		Row row = sheet.createRow(index);
		Cell cell = row.createCell(0);
		cell.setCellValue(SpreadsheetText.safe(value));
		cell.setCellStyle(style);
		sheet.addMergedRegion(new CellRangeAddress(index, index, 0, lastColumn));
	}

	private static void text(Row row, int column, String value, Styles styles) {
		Cell cell = row.createCell(column);
		cell.setCellValue(SpreadsheetText.safe(value == null ? "" : value));
		cell.setCellStyle(styles.text);
	}

	private static void number(Row row, int column, long value, Styles styles) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(styles.number);
	}

	private static void date(Row row, int column, Instant value, Styles styles) {
		Cell cell = row.createCell(column);
		if (value != null) {
			cell.setCellValue(value.atZone(MotCuaTime.ZONE).toLocalDateTime());
		}
		cell.setCellStyle(styles.date);
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, VIETNAMESE);
	}

	/** The few cell styles of the book (a workbook holds a limited number, so they are made once). */
	private static final class Styles {

		final CellStyle title;

		final CellStyle subtitle;

		final CellStyle header;

		final CellStyle text;

		final CellStyle number;

		final CellStyle date;

		Styles(SXSSFWorkbook workbook) {
			Font bigBold = workbook.createFont();
			bigBold.setBold(true);
			bigBold.setFontHeightInPoints((short) 14);
			Font bold = workbook.createFont();
			bold.setBold(true);
			Font italic = workbook.createFont();
			italic.setItalic(true);

			title = workbook.createCellStyle();
			title.setFont(bigBold);
			title.setAlignment(HorizontalAlignment.CENTER);
			subtitle = workbook.createCellStyle();
			subtitle.setFont(italic);
			subtitle.setAlignment(HorizontalAlignment.CENTER);

			header = bordered(workbook);
			header.setFont(bold);
			header.setAlignment(HorizontalAlignment.CENTER);
			header.setVerticalAlignment(VerticalAlignment.CENTER);

			text = bordered(workbook);
			number = bordered(workbook);
			number.setAlignment(HorizontalAlignment.CENTER);
			date = bordered(workbook);
			date.setAlignment(HorizontalAlignment.CENTER);
			date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
		}

		private static CellStyle bordered(SXSSFWorkbook workbook) {
			CellStyle style = workbook.createCellStyle();
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
			style.setVerticalAlignment(VerticalAlignment.TOP);
			style.setWrapText(true);
			return style;
		}

	}

}
