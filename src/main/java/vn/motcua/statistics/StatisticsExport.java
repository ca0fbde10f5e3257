package vn.motcua.statistics;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import vn.motcua.statistics.ReportForm.Column;
import vn.motcua.statistics.ReportForm.Line;
import vn.motcua.statistics.ReportForm.Rate;
import vn.motcua.statistics.StatisticsReport.Counts;
import vn.motcua.statistics.StatisticsReport.GroupBy;
import vn.motcua.statistics.StatisticsReport.Report;
import vn.motcua.web.HtmlPdf;
import vn.motcua.web.VnFormat;

/**
 * The report as a file, the same table as the page and the API: an .xlsx laid out like Biểu số 06/VPCP/KSTT, the
 * same as a PDF (A4 landscape, embedded font), and a CSV with stable machine column names for other systems.
 */
@Component
class StatisticsExport {

	/** The CSV's header: stable names, in this order. The total line has an empty {@code group_code}. */
	static final List<String> CSV_COLUMNS = List.of("group_code", "group_name", "received_carried_over",
			"received_online", "received_direct_postal", "received_new", "received_total", "resolved_total",
			"resolved_early", "resolved_on_time", "resolved_late", "in_progress_total", "in_progress_within",
			"in_progress_overdue", "withdrawn");

	/**
	 * Integers with "." between thousands whatever the reader's locale (a plain {@code #,##0} would follow the
	 * spreadsheet's language): literal dots chosen by magnitude (a format holds two conditions: exact up to
	 * 999.999.999, far beyond any unit's dossiers).
	 */
	static final String INTEGER_FORMAT = "[>=1000000]#\".\"###\".\"###;[>=1000]#\".\"###;0";

	/** Rows of the sheet: title lines, then the header (three rows and the numbered row), then the lines. */
	static final int HEADER_ROW = 4;

	static final int FIRST_LINE_ROW = HEADER_ROW + 4;

	private static final int LAST_COLUMN = 12;

	private final VnFormat fmt;

	StatisticsExport(VnFormat fmt) {
		this.fmt = fmt;
	}

	// --- CSV ---

	/** UTF-8 with a byte-order mark (so that spreadsheets read the diacritics), RFC 4180, CRLF. */
	byte[] csv(Report report) {
		StringBuilder out = new StringBuilder("\uFEFF");
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
			csv.printRecord(CSV_COLUMNS);
			for (Line line : ReportForm.lines(report)) {
				Counts c = line.counts();
				csv.printRecord(ReportForm.safe(line.code()), ReportForm.safe(line.name()), c.carriedOver(), c.online(),
						c.direct() + c.postal(), c.newInPeriod(), c.receivedTotal(), c.resolvedTotal(), c.early(),
						c.onTime(), c.late(), c.inProgressTotal(), c.withinDeadline(), c.overdue(), c.withdrawn());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	// --- XLSX ---

	void xlsx(Report report, GroupBy groupBy, OutputStream out) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Styles styles = new Styles(workbook);
			Sheet sheet = workbook.createSheet("Biểu số 06");
			sheet.setColumnWidth(0, 6 * 256);
			sheet.setColumnWidth(1, 42 * 256);
			for (int i = 2; i <= LAST_COLUMN; i++) {
				sheet.setColumnWidth(i, 12 * 256);
			}
			heading(sheet, 0, ReportForm.TITLE, styles.title).setHeightInPoints(36);
			heading(sheet, 1, report.unit().name(), styles.subtitle);
			heading(sheet, 2, ReportForm.periodLine(report.period(), fmt), styles.italic);
			heading(sheet, 3, ReportForm.FORM + " – " + ReportForm.COUNTING_UNIT, styles.right);
			header(sheet, groupBy, styles);
			int r = FIRST_LINE_ROW;
			for (Line line : ReportForm.lines(report)) {
				Row row = sheet.createRow(r++);
				CellStyle text = line.total() ? styles.boldText : styles.text;
				CellStyle number = line.total() ? styles.boldNumber : styles.number;
				Cell no = row.createCell(0);
				no.setCellStyle(styles.centred);
				if (!line.total()) {
					no.setCellValue(line.no());
				}
				Cell name = row.createCell(1);
				name.setCellValue(ReportForm.safe(line.name()));
				name.setCellStyle(text);
				for (int i = 0; i < ReportForm.COLUMNS.size(); i++) {
					Cell cell = row.createCell(2 + i);
					cell.setCellValue(ReportForm.COLUMNS.get(i).value().applyAsLong(line.counts()));
					cell.setCellStyle(number);
				}
			}
			rates(sheet, r + 1, report.counts(), styles);
			sheet.createFreezePane(2, FIRST_LINE_ROW);
			sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, FIRST_LINE_ROW - 1, -1, -1));
			PrintSetup print = sheet.getPrintSetup();
			print.setPaperSize(PrintSetup.A4_PAPERSIZE);
			print.setLandscape(true);
			print.setFitWidth((short) 1);
			print.setFitHeight((short) 0);
			sheet.setFitToPage(true);
			sheet.setHorizontallyCenter(true);
			workbook.write(out);
		}
	}

	/** Row of the rates' heading; the rates follow, then the withdrawn figure. Layout: B–H label, I rate, J/K figures, L–M how. */
	static int ratesRow(Report report) {
		return FIRST_LINE_ROW + ReportForm.lines(report).size() + 1;
	}

	private void rates(Sheet sheet, int r, Counts counts, Styles styles) {
		rateRow(sheet, r++, styles.header, styles.header, "Chỉ tiêu", "Tỷ lệ", null, null, "Tử số", "Mẫu số",
				"Cách tính");
		for (Rate rate : ReportForm.rates(counts)) {
			rateRow(sheet, r++, styles.text, styles.number, rate.label(), fmt.percent(rate.value()), rate.numerator(),
					rate.denominator(), null, null, rate.formula());
		}
		Row row = sheet.createRow(r);
		Cell label = row.createCell(1);
		label.setCellValue(ReportForm.WITHDRAWN);
		label.setCellStyle(styles.text);
		for (int c = 2; c <= 7; c++) {
			row.createCell(c).setCellStyle(styles.text);
		}
		sheet.addMergedRegion(new CellRangeAddress(r, r, 1, 7));
		Cell value = row.createCell(8);
		value.setCellValue(counts.withdrawn());
		value.setCellStyle(styles.boldNumber);
	}

	private static void rateRow(Sheet sheet, int r, CellStyle text, CellStyle number, String label, String rate,
			Long numerator, Long denominator, String numeratorHeading, String denominatorHeading, String formula) {
		Row row = sheet.createRow(r);
		row.setHeightInPoints(30);
		for (int c = 1; c <= LAST_COLUMN; c++) {
			row.createCell(c).setCellStyle(text);
		}
		row.getCell(1).setCellValue(label);
		sheet.addMergedRegion(new CellRangeAddress(r, r, 1, 7));
		row.getCell(8).setCellValue(rate);
		if (numerator != null) {
			row.getCell(9).setCellValue(numerator);
			row.getCell(9).setCellStyle(number);
			row.getCell(10).setCellValue(denominator);
			row.getCell(10).setCellStyle(number);
		}
		else {
			row.getCell(9).setCellValue(numeratorHeading);
			row.getCell(10).setCellValue(denominatorHeading);
		}
		row.getCell(11).setCellValue(formula);
		sheet.addMergedRegion(new CellRangeAddress(r, r, 11, LAST_COLUMN));
	}

	/**
	 * The form's header: STT and column (2) over three rows; each group over its columns; under it "Tổng số" over two
	 * rows and "Trong đó" over the parts; then the numbered row (1)…(13).
	 */
	private static void header(Sheet sheet, GroupBy groupBy, Styles styles) {
		int top = HEADER_ROW;
		Row[] rows = new Row[4];
		for (int i = 0; i < rows.length; i++) {
			rows[i] = sheet.createRow(top + i);
			for (int c = 0; c <= LAST_COLUMN; c++) {
				rows[i].createCell(c).setCellStyle(i == 3 ? styles.numbered : styles.header);
			}
		}
		rows[0].setHeightInPoints(30);
		rows[2].setHeightInPoints(45);
		merge(sheet, rows, 0, 2, 0, 0, ReportForm.NO);
		merge(sheet, rows, 0, 2, 1, 1, ReportForm.groupHeading(groupBy));
		int[][] groups = { { 2, 5 }, { 6, 9 }, { 10, 12 } };
		String[] names = { ReportForm.RECEIVED, ReportForm.RESOLVED, ReportForm.IN_PROGRESS };
		for (int g = 0; g < groups.length; g++) {
			int first = groups[g][0];
			int last = groups[g][1];
			merge(sheet, rows, 0, 0, first, last, names[g]);
			merge(sheet, rows, 1, 2, first, first, ReportForm.COLUMNS.get(first - 2).heading());
			merge(sheet, rows, 1, 1, first + 1, last, ReportForm.OF_WHICH);
			for (int c = first + 1; c <= last; c++) {
				rows[2].getCell(c).setCellValue(ReportForm.COLUMNS.get(c - 2).heading());
			}
		}
		for (int c = 0; c <= LAST_COLUMN; c++) {
			rows[3].getCell(c).setCellValue("(" + (c + 1) + ")");
		}
	}

	private static void merge(Sheet sheet, Row[] rows, int firstRow, int lastRow, int firstColumn, int lastColumn,
			String value) {
		rows[firstRow].getCell(firstColumn).setCellValue(value);
		if (firstRow != lastRow || firstColumn != lastColumn) {
			sheet.addMergedRegion(new CellRangeAddress(rows[firstRow].getRowNum(), rows[lastRow].getRowNum(),
					firstColumn, lastColumn));
		}
	}

	private static Row heading(Sheet sheet, int index, String value, CellStyle style) {
		Row row = sheet.createRow(index);
		Cell cell = row.createCell(0);
		cell.setCellValue(ReportForm.safe(value));
		cell.setCellStyle(style);
		sheet.addMergedRegion(new CellRangeAddress(index, index, 0, LAST_COLUMN));
		return row;
	}

	/** The cell styles, made once per workbook. */
	private static final class Styles {

		final CellStyle title;

		final CellStyle subtitle;

		final CellStyle italic;

		final CellStyle right;

		final CellStyle header;

		final CellStyle numbered;

		final CellStyle text;

		final CellStyle boldText;

		final CellStyle centred;

		final CellStyle number;

		final CellStyle boldNumber;

		Styles(Workbook workbook) {
			Font bigBold = workbook.createFont();
			bigBold.setBold(true);
			bigBold.setFontHeightInPoints((short) 13);
			Font bold = workbook.createFont();
			bold.setBold(true);
			Font italicFont = workbook.createFont();
			italicFont.setItalic(true);
			short integers = workbook.createDataFormat().getFormat(INTEGER_FORMAT);

			title = workbook.createCellStyle();
			title.setFont(bigBold);
			title.setAlignment(HorizontalAlignment.CENTER);
			title.setVerticalAlignment(VerticalAlignment.CENTER);
			title.setWrapText(true);
			subtitle = workbook.createCellStyle();
			subtitle.setFont(bold);
			subtitle.setAlignment(HorizontalAlignment.CENTER);
			italic = workbook.createCellStyle();
			italic.setFont(italicFont);
			italic.setAlignment(HorizontalAlignment.CENTER);
			right = workbook.createCellStyle();
			right.setFont(italicFont);
			right.setAlignment(HorizontalAlignment.RIGHT);

			header = bordered(workbook);
			header.setFont(bold);
			header.setAlignment(HorizontalAlignment.CENTER);
			header.setVerticalAlignment(VerticalAlignment.CENTER);
			numbered = bordered(workbook);
			numbered.setFont(italicFont);
			numbered.setAlignment(HorizontalAlignment.CENTER);

			text = bordered(workbook);
			boldText = bordered(workbook);
			boldText.setFont(bold);
			centred = bordered(workbook);
			centred.setAlignment(HorizontalAlignment.CENTER);
			number = bordered(workbook);
			number.setAlignment(HorizontalAlignment.RIGHT);
			number.setDataFormat(integers);
			boldNumber = bordered(workbook);
			boldNumber.setAlignment(HorizontalAlignment.RIGHT);
			boldNumber.setDataFormat(integers);
			boldNumber.setFont(bold);
		}

		private static CellStyle bordered(Workbook workbook) {
			CellStyle style = workbook.createCellStyle();
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
			style.setVerticalAlignment(VerticalAlignment.CENTER);
			style.setWrapText(true);
			return style;
		}

	}

	// --- PDF ---

	byte[] pdf(Report report, GroupBy groupBy) {
		return HtmlPdf.render(xhtml(report, groupBy));
	}

	/** The PDF's XHTML: the same table, every text from data escaped. */
	String xhtml(Report report, GroupBy groupBy) {
		StringBuilder h = new StringBuilder(8 * 1024);
		h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"vi\"><head>")
			.append("<meta charset=\"UTF-8\"/><meta name=\"description\" content=\"")
			.append(esc(ReportForm.TITLE + " – " + report.unit().name() + " – "
					+ ReportForm.periodLine(report.period(), fmt)))
			.append("\"/><title>")
			.append(esc(ReportForm.FORM))
			.append("</title><style>")
			.append("@page { size: A4 landscape; margin: 12mm 10mm; }")
			.append("body { font-family: '")
			.append(HtmlPdf.FONT_FAMILY)
			.append("'; font-size: 9pt; }")
			.append("h1 { font-size: 12pt; text-align: center; margin: 0 0 2mm 0; }")
			.append("p { margin: 0 0 1mm 0; } .c { text-align: center; } .r { text-align: right; } .i { font-style: italic; }")
			.append("table { width: 100%; border-collapse: collapse; -fs-table-paginate: paginate; }")
			.append("th, td { border: 0.6pt solid #000; padding: 1mm; vertical-align: middle; }")
			.append("th { font-weight: bold; text-align: center; } td.n { text-align: right; }")
			.append("tr.total td { font-weight: bold; } tr.num th { font-weight: normal; font-style: italic; }")
			.append("table.rates { margin-top: 4mm; width: 100%; } table.rates td { font-size: 9pt; }")
			.append("</style></head><body>");
		h.append("<p class=\"r i\">").append(esc(ReportForm.FORM)).append("</p>");
		h.append("<h1>").append(esc(ReportForm.TITLE)).append("</h1>");
		h.append("<p class=\"c\"><b>").append(esc(report.unit().name())).append("</b></p>");
		h.append("<p class=\"c i\">").append(esc(ReportForm.periodLine(report.period(), fmt))).append("</p>");
		h.append("<p class=\"r i\">").append(esc(ReportForm.COUNTING_UNIT)).append("</p>");
		h.append("<table><thead><tr>");
		h.append("<th rowspan=\"3\" style=\"width: 4%\">").append(ReportForm.NO).append("</th>");
		h.append("<th rowspan=\"3\" style=\"width: 24%\">").append(esc(ReportForm.groupHeading(groupBy))).append("</th>");
		h.append("<th colspan=\"4\">").append(esc(ReportForm.RECEIVED)).append("</th>");
		h.append("<th colspan=\"4\">").append(esc(ReportForm.RESOLVED)).append("</th>");
		h.append("<th colspan=\"3\">").append(esc(ReportForm.IN_PROGRESS)).append("</th></tr><tr>");
		int[][] groups = { { 0, 3 }, { 4, 7 }, { 8, 10 } };
		for (int[] g : groups) {
			h.append("<th rowspan=\"2\">").append(esc(ReportForm.COLUMNS.get(g[0]).heading())).append("</th>");
			h.append("<th colspan=\"").append(g[1] - g[0]).append("\">").append(ReportForm.OF_WHICH).append("</th>");
		}
		h.append("</tr><tr>");
		for (int[] g : groups) {
			for (int i = g[0] + 1; i <= g[1]; i++) {
				h.append("<th>").append(esc(ReportForm.COLUMNS.get(i).heading())).append("</th>");
			}
		}
		h.append("</tr><tr class=\"num\">");
		for (int i = 1; i <= 13; i++) {
			h.append("<th>(").append(i).append(")</th>");
		}
		h.append("</tr></thead><tbody>");
		for (Line line : ReportForm.lines(report)) {
			h.append(line.total() ? "<tr class=\"total\">" : "<tr>");
			h.append("<td class=\"c\">").append(line.total() ? "" : line.no()).append("</td>");
			h.append("<td>").append(esc(line.name())).append("</td>");
			for (Column column : ReportForm.COLUMNS) {
				h.append("<td class=\"n\">").append(fmt.number(column.value().applyAsLong(line.counts()))).append("</td>");
			}
			h.append("</tr>");
		}
		h.append("</tbody></table>");
		h.append("<table class=\"rates\"><thead><tr><th style=\"width: 55%\">Chỉ tiêu</th><th>Tỷ lệ</th>")
			.append("<th>Tử số / mẫu số</th><th>Cách tính</th></tr></thead><tbody>");
		for (Rate rate : ReportForm.rates(report.counts())) {
			h.append("<tr><td>").append(esc(rate.label())).append("</td><td class=\"n\">")
				.append(esc(fmt.percent(rate.value())))
				.append("</td><td class=\"n\">")
				.append(fmt.number(rate.numerator()))
				.append(" / ")
				.append(fmt.number(rate.denominator()))
				.append("</td><td>")
				.append(esc(rate.formula()))
				.append("</td></tr>");
		}
		h.append("<tr><td>").append(esc(ReportForm.WITHDRAWN)).append("</td><td class=\"n\">")
			.append(fmt.number(report.counts().withdrawn()))
			.append("</td><td></td><td></td></tr>");
		h.append("</tbody></table></body></html>");
		return h.toString();
	}

	/** XML-safe text: only {@code < > & " '} become references, every Vietnamese letter stays as it is. */
	private static String esc(String value) {
		return value == null ? "" : HtmlUtils.htmlEscape(value, StandardCharsets.UTF_8.name());
	}

}
