package vn.motcua.statistics;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.motcua.organisation.UnitKind;
import vn.motcua.organisation.UnitView;
import vn.motcua.statistics.ReportClassification.Period;
import vn.motcua.statistics.StatisticsReport.Counts;
import vn.motcua.statistics.StatisticsReport.Group;
import vn.motcua.statistics.StatisticsReport.GroupBy;
import vn.motcua.statistics.StatisticsReport.Report;
import vn.motcua.web.MotCuaTime;
import vn.motcua.web.VnFormat;

import static org.assertj.core.api.Assertions.assertThat;

/** The exports' writing rules on a hand-made report, without the application: injection, escaping, number format. */
class StatisticsExportFormatTests {

	final StatisticsExport export = new StatisticsExport(new VnFormat());

	static Report report(String unitName, String groupName) {
		UnitView unit = new UnitView(1L, "T1", unitName, UnitKind.PROVINCE, null, null, null, null, true,
				LocalDate.of(2020, 1, 1), null, null);
		Period period = Period.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), Instant.parse("2027-01-01T00:00:00Z"),
				MotCuaTime.ZONE);
		Counts counts = new Counts(1_234, 69_917, 21, 0, 60_000, 3_000, 1_000, 5_950, 1_222, 3, 0, 0);
		return new Report(unit, period, counts, List.of(new Group("=G1", groupName, counts)));
	}

	@Test
	void formulasAreNeutralisedInTheCsvAndTheWorkbook() throws Exception {
		Report report = report("@Tỉnh thử", "=HYPERLINK(\"http://x\",\"bấm\")");
		String csv = new String(export.csv(report), StandardCharsets.UTF_8);
		assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"bấm\"\")\"").contains("'=G1,");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		export.xlsx(report, GroupBy.FIELD, out);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("'@Tỉnh thử");
			assertThat(sheet.getRow(StatisticsExport.FIRST_LINE_ROW).getCell(1).getStringCellValue())
				.startsWith("'=HYPERLINK");
			// large figures shown with "." between thousands
			DataFormatter formatter = new DataFormatter();
			Cell total = sheet.getRow(StatisticsExport.FIRST_LINE_ROW + 1).getCell(2);
			assertThat(total.getNumericCellValue()).isEqualTo(1_234 + 69_917 + 21);
			assertThat(formatter.formatCellValue(total)).isEqualTo("71.172");
			assertThat(formatter.formatCellValue(sheet.getRow(StatisticsExport.FIRST_LINE_ROW + 1).getCell(3)))
				.isEqualTo("69.917");
			assertThat(formatter.formatCellValue(sheet.getRow(StatisticsExport.FIRST_LINE_ROW + 1).getCell(5)))
				.isEqualTo("1.234");
			assertThat(formatter.formatCellValue(sheet.getRow(StatisticsExport.FIRST_LINE_ROW + 1).getCell(4)))
				.isEqualTo("21");
			CellStyle style = total.getCellStyle();
			Cell probe = sheet.createRow(100).createCell(0);
			probe.setCellStyle(style);
			probe.setCellValue(643_272_001);
			assertThat(formatter.formatCellValue(probe)).isEqualTo("643.272.001");
			probe.setCellValue(0);
			assertThat(formatter.formatCellValue(probe)).isEqualTo("0");
		}
	}

	/** A sample of each file in target/statistics/ (and a 110 dpi PNG of the PDF's page) for a human look. */
	@Test
	void samplesForAHumanLook() throws Exception {
		Report report = report("Ủy ban nhân dân tỉnh Lâm Đồng", "Hộ tịch");
		Path out = Path.of("target", "statistics");
		Files.createDirectories(out);
		byte[] pdf = export.pdf(report, GroupBy.FIELD);
		Files.write(out.resolve("bieu-06.pdf"), pdf);
		Files.write(out.resolve("bieu-06.csv"), export.csv(report));
		try (OutputStream xlsx = Files.newOutputStream(out.resolve("bieu-06.xlsx"))) {
			export.xlsx(report, GroupBy.FIELD, xlsx);
		}
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 110, ImageType.RGB), "png",
					out.resolve("bieu-06.png").toFile());
		}
	}

	@Test
	void markupInNamesIsEscapedInThePdf() {
		Report report = report("Tỉnh <b>thử</b> & cộng sự", "Lĩnh vực </td><script>x</script>");
		String xhtml = export.xhtml(report, GroupBy.FIELD);
		assertThat(xhtml).contains("Tỉnh &lt;b&gt;thử&lt;/b&gt; &amp; cộng sự")
			.contains("&lt;/td&gt;&lt;script&gt;")
			.doesNotContain("<script>");
		assertThat(export.pdf(report, GroupBy.FIELD)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
	}

}
