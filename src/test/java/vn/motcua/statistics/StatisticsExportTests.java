package vn.motcua.statistics;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.motcua.IntegrationTest;
import vn.motcua.TestClock;
import vn.motcua.calendar.SupplementPolicy;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierFixtures;
import vn.motcua.dossier.DossierFixtures.Office;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.ReceiveForm;
import vn.motcua.organisation.CurrentUser;
import vn.motcua.organisation.OrganisationFixtures;
import vn.motcua.organisation.OrganisationUnits;
import vn.motcua.organisation.Role;
import vn.motcua.organisation.UnitKind;
import vn.motcua.organisation.UnitView;
import vn.motcua.web.MotCuaTime;
import vn.motcua.web.VnFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The three exports of the report against the JSON API for the same query, over a small set of dossiers of their own
 * (driven through the real dossier flow, counted for March 2026 on 10/04/2026): at commune X one carried over from
 * February and resolved on time, one resolved early, one late, one open and overdue, one withdrawn; at commune Y
 * one online, open; at the province itself one of another field, open.
 */
@IntegrationTest
class StatisticsExportTests {

	static final String[] FORMATS = { "xlsx", "pdf", "csv" };

	static DataSet set;

	record DataSet(UnitView province, UnitView commune, String statistics, String communeStatistics,
			String specialist) {
	}

	@Autowired
	Dossiers dossiers;

	@Autowired
	DossierFixtures fixtures;

	@Autowired
	OrganisationFixtures organisation;

	@Autowired
	OrganisationUnits units;

	@Autowired
	TestClock clock;

	@Autowired
	MockMvc mvc;

	final VnFormat fmt = new VnFormat();

	static ZonedDateTime at(int year, int month, int day, int hour, int minute) {
		return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, MotCuaTime.ZONE);
	}

	@BeforeEach
	void dataSet() {
		if (set == null) {
			set = build();
		}
		clock.set(at(2026, 4, 10, 10, 0));
	}

	@AfterEach
	void realTime() {
		clock.reset();
	}

	private DataSet build() {
		Office office = fixtures.office(5, SupplementPolicy.PAUSE);
		Office otherOffice = fixtures.office(5, SupplementPolicy.PAUSE);
		UnitView province = units.find(office.commune().parentCode()).orElseThrow();
		UnitView communeY = organisation.unit(UnitKind.COMMUNE, province);
		CurrentUser clerkY = fixtures.user(communeY, Role.RECEPTION_CLERK);
		CurrentUser provinceClerk = fixtures.user(province, Role.RECEPTION_CLERK);
		String procedure = office.procedure().code();
		// carried over: received 26/02, resolved on its appointment day
		DossierView a = receive(office.clerk(), procedure, Channel.DIRECT, at(2026, 2, 26, 9, 0));
		resolve(office, a, a.dueAt().minus(Duration.ofHours(2)));
		// late: received 02/03, appointment 09/03, resolved 10/03
		DossierView b = receive(office.clerk(), procedure, Channel.DIRECT, at(2026, 3, 2, 9, 0));
		resolve(office, b, at(2026, 3, 10, 10, 0).toInstant());
		// early: received 03/03, resolved 05/03
		DossierView c = receive(office.clerk(), procedure, Channel.POSTAL, at(2026, 3, 3, 9, 0));
		resolve(office, c, at(2026, 3, 5, 10, 0).toInstant());
		// open and overdue at the end of March
		receive(office.clerk(), procedure, Channel.DIRECT, at(2026, 3, 16, 9, 0));
		// withdrawn in March
		DossierView g = receive(office.clerk(), procedure, Channel.DIRECT, at(2026, 3, 5, 9, 0));
		clock.set(at(2026, 3, 6, 9, 0));
		dossiers.withdraw(office.clerk(), g.code(), g.version(), "Người nộp xin rút", false);
		// commune Y: online, open
		receive(clerkY, procedure, Channel.ONLINE, at(2026, 3, 25, 9, 0));
		// the province itself, another field, open
		receive(provinceClerk, otherOffice.procedure().code(), Channel.DIRECT, at(2026, 3, 30, 9, 0));
		clock.reset();
		return new DataSet(province, office.commune(), organisation.user(province, Role.STATISTICS),
				organisation.user(office.commune(), Role.STATISTICS), organisation.user(province, Role.SPECIALIST));
	}

	private DossierView receive(CurrentUser clerk, String procedure, Channel channel, ZonedDateTime when) {
		clock.set(when);
		ReceiveForm f = DossierFixtures.citizen(procedure);
		ReceiveForm form = new ReceiveForm(f.procedureCode(), channel, f.applicantKind(), f.applicantName(),
				f.idNumber(), f.taxCode(), f.phone(), f.email(), f.address(), f.subject(), f.note(), f.received(),
				f.feeStatus(), f.feeAmount(), f.feeReceiptNumber(), f.feeMethod());
		return dossiers.receive(clerk, form);
	}

	private void resolve(Office office, DossierView d, Instant when) {
		clock.set(when.atZone(MotCuaTime.ZONE));
		d = dossiers.assign(office.clerk(), d.code(), d.version(), office.specialist().username(), null);
		d = dossiers.submitForApproval(office.specialist(), d.code(), d.version(), null);
		d = dossiers.approve(office.leader(), d.code(), d.version(), null);
		dossiers.resultReady(office.clerk(), d.code(), d.version(), null);
	}

	// --- helpers ---

	private MockHttpServletRequestBuilder query(String path, String unit, String groupBy) {
		MockHttpServletRequestBuilder request = get(path).param("unit", unit)
			.param("from", "2026-03-01")
			.param("to", "2026-03-31");
		if (groupBy != null) {
			request.param("groupBy", groupBy);
		}
		return request;
	}

	private DocumentContext api(String groupBy) throws Exception {
		MockHttpServletResponse response = mvc
			.perform(query("/api/v1/statistics", set.province().code(), groupBy)
				.with(httpBasic(set.statistics(), OrganisationFixtures.PASSWORD)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return JsonPath.parse(response.getContentAsString(StandardCharsets.UTF_8));
	}

	private MockHttpServletResponse export(String format, String groupBy, String username) throws Exception {
		return mvc
			.perform(query("/statistics/export." + format, set.province().code(), groupBy)
				.with(user(organisation.principal(username))))
			.andReturn()
			.getResponse();
	}

	private static long n(DocumentContext json, String path) {
		return json.read(path, Number.class).longValue();
	}

	/** The API's figures of one line (root "$" or "$.groups[i]") in the order of columns (3)…(13). */
	private static long[] columns(DocumentContext json, String line) {
		return new long[] { n(json, line + ".received.total"), n(json, line + ".received.online"),
				n(json, line + ".received.direct") + n(json, line + ".received.postal"),
				n(json, line + ".received.carriedOver"), n(json, line + ".resolved.total"),
				n(json, line + ".resolved.early"), n(json, line + ".resolved.onTime"), n(json, line + ".resolved.late"),
				n(json, line + ".inProgress.total"), n(json, line + ".inProgress.withinDeadline"),
				n(json, line + ".inProgress.overdue") };
	}

	/** Each line of the API's answer: groups then the total, as {@code path}. */
	private static List<String> lines(DocumentContext json) {
		int groups = json.read("$.groups.length()", Integer.class);
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < groups; i++) {
			lines.add("$.groups[" + i + "]");
		}
		lines.add("$");
		return lines;
	}

	private static String name(DocumentContext json, String line) {
		return line.equals("$") ? ReportForm.TOTAL : json.read(line + ".name", String.class);
	}

	// --- the tests ---

	@Test
	void theWorkbookHoldsTheApiNumbers() throws Exception {
		for (String groupBy : new String[] { null, "field", "unit" }) {
			DocumentContext json = api(groupBy);
			MockHttpServletResponse response = export("xlsx", groupBy, set.statistics());
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getContentType()).isEqualTo(StatisticsExportController.XLSX);
			assertThat(response.getHeader("Content-Disposition")).contains("attachment")
				.contains("bieu-06-" + set.province().code() + "-2026-03-01-2026-03-31.xlsx");
			try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
				Sheet sheet = workbook.getSheetAt(0);
				assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(ReportForm.TITLE);
				assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(set.province().name());
				assertThat(sheet.getRow(2).getCell(0).getStringCellValue())
					.isEqualTo("Từ ngày 01/03/2026 đến ngày 31/03/2026");
				assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).contains("Đơn vị tính: Số hồ sơ TTHC");
				// the header: groups merged over their columns, "Tổng số" over two rows, numbered (1)…(13)
				int h = StatisticsExport.HEADER_ROW;
				assertThat(sheet.getRow(h).getCell(2).getStringCellValue()).isEqualTo("Số hồ sơ nhận giải quyết");
				assertThat(sheet.getRow(h).getCell(6).getStringCellValue()).isEqualTo("Số hồ sơ đã giải quyết");
				assertThat(sheet.getRow(h).getCell(10).getStringCellValue()).isEqualTo("Số hồ sơ đang giải quyết");
				assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(h, h, 2, 5),
						new CellRangeAddress(h, h, 6, 9), new CellRangeAddress(h, h, 10, 12),
						new CellRangeAddress(h + 1, h + 2, 2, 2), new CellRangeAddress(h, h + 2, 0, 0));
				assertThat(sheet.getRow(h + 2).getCell(4).getStringCellValue()).isEqualTo("Trực tiếp, dịch vụ bưu chính");
				for (int c = 0; c < 13; c++) {
					assertThat(sheet.getRow(h + 3).getCell(c).getStringCellValue()).isEqualTo("(" + (c + 1) + ")");
				}
				assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
				assertThat(sheet.getPaneInformation().getHorizontalSplitPosition())
					.isEqualTo((short) StatisticsExport.FIRST_LINE_ROW);
				assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
				assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
				// every count cell, line by line
				List<String> lines = lines(json);
				int r = StatisticsExport.FIRST_LINE_ROW;
				for (int i = 0; i < lines.size(); i++) {
					Row row = sheet.getRow(r + i);
					String line = lines.get(i);
					assertThat(row.getCell(1).getStringCellValue()).as("%s %s", groupBy, line)
						.isEqualTo(name(json, line));
					if (!line.equals("$")) {
						assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(i + 1);
					}
					long[] expected = columns(json, line);
					for (int c = 0; c < expected.length; c++) {
						Cell cell = row.getCell(2 + c);
						assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
						assertThat((long) cell.getNumericCellValue()).as("%s %s column (%d)", groupBy, line, c + 3)
							.isEqualTo(expected[c]);
						assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo(StatisticsExport.INTEGER_FORMAT);
					}
				}
				assertThat(sheet.getRow(r + lines.size())).isNull();
				// the rates with their numerators and denominators, and the withdrawn figure
				int rates = r + lines.size() + 1;
				assertThat(sheet.getRow(rates).getCell(9).getStringCellValue()).isEqualTo("Tử số");
				long early = n(json, "$.resolved.early") + n(json, "$.resolved.onTime");
				Object[][] expectedRates = { { json.read("$.onTimeRate"), early, n(json, "$.resolved.total") },
						{ json.read("$.onTimeShareOfReceived"), early, n(json, "$.received.total") },
						{ json.read("$.onlineShare"), n(json, "$.received.online"), n(json, "$.received.newInPeriod") } };
				for (int i = 0; i < expectedRates.length; i++) {
					Row row = sheet.getRow(rates + 1 + i);
					Object rate = expectedRates[i][0];
					assertThat(row.getCell(8).getStringCellValue())
						.isEqualTo(rate == null ? "—" : fmt.percent(new java.math.BigDecimal(rate.toString())));
					assertThat((long) row.getCell(9).getNumericCellValue()).isEqualTo(expectedRates[i][1]);
					assertThat((long) row.getCell(10).getNumericCellValue()).isEqualTo(expectedRates[i][2]);
				}
				Row withdrawn = sheet.getRow(rates + 1 + ReportForm.rates(StatisticsReport.Counts.ZERO).size());
				assertThat(withdrawn.getCell(1).getStringCellValue()).startsWith("Số hồ sơ rút");
				assertThat((long) withdrawn.getCell(8).getNumericCellValue()).isEqualTo(n(json, "$.withdrawn"));
			}
		}
		// the figures of this set, as a check on the comparison itself
		DocumentContext json = api(null);
		assertThat(columns(json, "$")).containsExactly(6, 1, 4, 1, 3, 1, 1, 1, 3, 2, 1);
		assertThat(n(json, "$.withdrawn")).isEqualTo(1);
	}

	@Test
	void thePdfHasTheVietnameseTitleAndTheTotals() throws Exception {
		for (String groupBy : new String[] { null, "unit" }) {
			DocumentContext json = api(groupBy);
			MockHttpServletResponse response = export("pdf", groupBy, set.statistics());
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getContentType()).isEqualTo("application/pdf");
			try (PDDocument document = Loader.loadPDF(response.getContentAsByteArray())) {
				PDPage page = document.getPage(0);
				assertThat(page.getMediaBox().getWidth()).isGreaterThan(page.getMediaBox().getHeight());
				String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
				assertThat(text).contains(ReportForm.TITLE)
					.contains(set.province().name())
					.contains("Từ ngày 01/03/2026 đến ngày 31/03/2026")
					.contains("Số hồ sơ nhận giải quyết")
					.contains("Trực tiếp, dịch vụ bưu chính");
				for (String line : lines(json)) {
					StringBuilder expected = new StringBuilder(name(json, line));
					for (long value : columns(json, line)) {
						expected.append(' ').append(fmt.number(value));
					}
					assertThat(text).as("%s %s", groupBy, line).contains(expected.toString());
				}
				assertThat(text).contains(fmt.percent(new java.math.BigDecimal(json.read("$.onTimeRate").toString())));
				for (var name : document.getPage(0).getResources().getFontNames()) {
					assertThat(document.getPage(0).getResources().getFont(name).isEmbedded()).isTrue();
				}
			}
		}
	}

	@Test
	void theCsvRoundTrips() throws Exception {
		for (String groupBy : new String[] { null, "field", "unit" }) {
			DocumentContext json = api(groupBy);
			MockHttpServletResponse response = export("csv", groupBy, set.statistics());
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getContentType()).startsWith("text/csv");
			byte[] bytes = response.getContentAsByteArray();
			assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
			String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
			assertThat(text).startsWith(String.join(",", StatisticsExport.CSV_COLUMNS) + "\r\n");
			List<CSVRecord> records;
			try (CSVParser parser = CSVParser.parse(new StringReader(text),
					CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
				assertThat(parser.getHeaderNames()).isEqualTo(StatisticsExport.CSV_COLUMNS);
				records = parser.getRecords();
			}
			List<String> lines = lines(json);
			assertThat(records).hasSize(lines.size());
			for (int i = 0; i < lines.size(); i++) {
				CSVRecord record = records.get(i);
				String line = lines.get(i);
				boolean total = line.equals("$");
				assertThat(record.get("group_code")).isEqualTo(total ? "" : json.read(line + ".code", String.class));
				assertThat(record.get("group_name")).isEqualTo(name(json, line));
				String[] names = { "received_total", "received_online", "received_direct_postal",
						"received_carried_over", "resolved_total", "resolved_early", "resolved_on_time", "resolved_late",
						"in_progress_total", "in_progress_within", "in_progress_overdue" };
				long[] expected = columns(json, line);
				for (int c = 0; c < names.length; c++) {
					assertThat(Long.parseLong(record.get(names[c]))).as("%s %s %s", groupBy, line, names[c])
						.isEqualTo(expected[c]);
				}
				assertThat(Long.parseLong(record.get("received_new"))).isEqualTo(n(json, line + ".received.newInPeriod"));
				assertThat(Long.parseLong(record.get("withdrawn"))).isEqualTo(n(json, line + ".withdrawn"));
			}
		}
	}

	@Test
	void outsideTheScopeIs403() throws Exception {
		for (String format : FORMATS) {
			// the commune's statistician asks for the province
			MockHttpServletResponse response = export(format, null, set.communeStatistics());
			assertThat(response.getStatus()).as(format).isEqualTo(403);
			assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("không có quyền");
			// a role that does not read reports
			assertThat(export(format, null, set.specialist()).getStatus()).as(format).isEqualTo(403);
			// the commune's own figures are the commune statistician's to export
			MockHttpServletResponse own = mvc
				.perform(query("/statistics/export." + format, set.commune().code(), null)
					.with(user(organisation.principal(set.communeStatistics()))))
				.andReturn()
				.getResponse();
			assertThat(own.getStatus()).as(format).isEqualTo(200);
			// nobody signed in: sent to log in
			MockHttpServletResponse anonymous = mvc.perform(query("/statistics/export." + format,
					set.province().code(), null)).andReturn().getResponse();
			assertThat(anonymous.getStatus()).isEqualTo(302);
			assertThat(anonymous.getRedirectedUrl()).contains("/login");
		}
	}

	@Test
	void badParametersAre400WithAVietnameseMessage() throws Exception {
		String unit = set.province().code();
		String[][] bad = { { null, "2026-03-01", "2026-03-31", null }, { unit, "2026-03-31", "2026-03-01", null },
				{ unit, "2026-02-30", "2026-03-31", null }, { unit, "01/03/2026", "2026-03-31", null },
				{ unit, "2026-03-01", null, null }, { unit, null, "2026-03-31", null },
				{ "KHONG-CO-DON-VI-NAY", "2026-03-01", "2026-03-31", null },
				{ unit, "2026-03-01", "2026-03-31", "year" }, { unit, "0000-01-01", "2026-03-31", null },
				{ unit, "2026-03-01", "+99999-01-01", null }, { " ", "2026-03-01", "2026-03-31", null } };
		String[] names = { "unit", "from", "to", "groupBy" };
		for (String format : FORMATS) {
			for (String[] p : bad) {
				MockHttpServletRequestBuilder request = get("/statistics/export." + format)
					.with(user(organisation.principal(set.statistics())));
				for (int i = 0; i < names.length; i++) {
					if (p[i] != null) {
						request.param(names[i], p[i]);
					}
				}
				MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
				assertThat(response.getStatus()).as("%s %s", format, String.join(",", String.valueOf(p[0]),
						String.valueOf(p[1]), String.valueOf(p[2]), String.valueOf(p[3]))).isEqualTo(400);
				assertThat(response.getContentType()).startsWith("text/plain");
				assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isNotBlank()
					.containsAnyOf("Thiếu", "không hợp lệ", "Ngày", "Không có đơn vị", "groupBy");
			}
		}
		MockHttpServletResponse reversed = mvc.perform(query("/statistics/export.csv", unit, null).param("to", "2026-02-01")
			.with(user(organisation.principal(set.statistics())))).andReturn().getResponse();
		assertThat(reversed.getStatus()).isEqualTo(400);
	}

}
