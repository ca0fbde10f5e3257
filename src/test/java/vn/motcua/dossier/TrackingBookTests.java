package vn.motcua.dossier;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import vn.motcua.IntegrationTest;
import vn.motcua.TestClock;
import vn.motcua.calendar.SupplementPolicy;
import vn.motcua.dossier.DossierFixtures.Office;
import vn.motcua.organisation.CurrentUser;
import vn.motcua.web.MotCuaTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Sổ theo dõi hồ sơ: the page and the .xlsx, each with its own communes and dossiers on the shared database. */
@IntegrationTest
class TrackingBookTests {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Autowired
	MockMvc mvc;

	@Autowired
	DossierFixtures fixtures;

	@Autowired
	Dossiers dossiers;

	@Autowired
	TestClock clock;

	@AfterEach
	void realTime() {
		clock.reset();
	}

	private static ZonedDateTime at(int year, int month, int day, int hour, int minute) {
		return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, MotCuaTime.ZONE);
	}

	/** A commune with a dossier received on Monday 02/03/2026 09:00 and handed to a specialist at 10:00. */
	private record Book(Office office, DossierView march, DossierView february, DossierView otherCommune,
			Office other) {
	}

	private Book bookOfMarch(String applicant) {
		Office office = fixtures.office(5, SupplementPolicy.PAUSE);
		Office other = fixtures.office(5, SupplementPolicy.PAUSE);
		clock.set(at(2026, 2, 10, 9, 0));
		DossierView february = dossiers.receive(office.clerk(), form(office, "Phạm Thị Tháng Hai"));
		clock.set(at(2026, 3, 2, 9, 0));
		DossierView march = dossiers.receive(office.clerk(), form(office, applicant));
		clock.advance(Duration.ofHours(1));
		dossiers.assign(office.clerk(), march.code(), march.version(), office.specialist().username(), null);
		dossiers.refuseAtDesk(office.clerk(), form(office, "Lê Văn Từ Chối"), "Thiếu giấy chứng sinh");
		DossierView otherCommune = dossiers.receive(other.clerk(), form(other, "Hoàng Văn Xã Khác"));
		return new Book(office, dossiers.get(office.clerk(), march.code()), february, otherCommune, other);
	}

	private static ReceiveForm form(Office office, String applicant) {
		ReceiveForm citizen = DossierFixtures.citizen(office.procedure().code());
		return new ReceiveForm(citizen.procedureCode(), citizen.channel(), citizen.applicantKind(), applicant,
				citizen.idNumber(), citizen.taxCode(), citizen.phone(), citizen.email(), citizen.address(),
				citizen.subject(), citizen.note(), citizen.received());
	}

	private String page(MockHttpServletRequestBuilder request, CurrentUser user, int status) throws Exception {
		return HtmlUtils.htmlUnescape(mvc.perform(request.with(user(user)))
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private static MockHttpServletRequestBuilder march(String path) {
		return get(path).param("from", "01/03/2026").param("to", "31/03/2026");
	}

	@Test
	void thePageListsTheDossiersReceivedInThePeriodWithTheirColumns() throws Exception {
		Book book = bookOfMarch("Trần Văn Bình");
		clock.set(at(2026, 3, 20, 9, 0)); // past the appointment (09/03/2026 17:00) and still open: late
		String html = page(march("/dossiers/book"), book.office().clerk(), 200);
		assertThat(html).contains("Sổ theo dõi hồ sơ", "Từ ngày 01/03/2026 đến ngày 31/03/2026",
				"Mẫu số 07 – Thông tư 03/2025/TT-VPCP", "STT", "Tên TTHC", "Số lượng hồ sơ", "Tên cá nhân, tổ chức",
				"Địa chỉ, số điện thoại", "Cơ quan chủ trì giải quyết", "Nhận hồ sơ", "Hẹn trả kết quả",
				"Chuyển hồ sơ đến cơ quan giải quyết", "Nhận kết quả", "Trả kết quả", "Ký nhận", "Ghi chú");
		assertThat(html).contains(book.march().code(), "Trần Văn Bình", book.office().procedure().name(),
				"Thôn Đông, xã Bình Minh; 0912345678", book.office().commune().name(), "02/03/2026 09:00",
				"09/03/2026 17:00", "02/03/2026 10:00", "Đang xử lý", "Quá hạn", "Tổng số: 1 hồ sơ");
		// not the one of February, not the refusal at the desk (never received), not another commune's
		assertThat(html).doesNotContain(book.february().code(), "Lê Văn Từ Chối", book.otherCommune().code(),
				"Hoàng Văn Xã Khác");
		// ISO dates, and the default period (the clock's month) give the same book
		assertThat(page(get("/dossiers/book").param("from", "2026-03-01").param("to", "2026-03-31"),
				book.office().clerk(), 200)).contains(book.march().code());
		assertThat(page(get("/dossiers/book"), book.office().clerk(), 200)).contains(book.march().code(),
				"Từ ngày 01/03/2026 đến ngày 31/03/2026").doesNotContain(book.february().code());
		// February has its own dossier only
		assertThat(page(get("/dossiers/book").param("from", "01/02/2026").param("to", "28/02/2026"),
				book.office().clerk(), 200)).contains(book.february().code()).doesNotContain(book.march().code());
		// the filters: status, unit within scope
		assertThat(page(march("/dossiers/book").param("status", "RETURNED"), book.office().clerk(), 200))
			.doesNotContain(book.march().code())
			.contains("Không có hồ sơ nào được tiếp nhận trong thời gian này.");
		assertThat(page(march("/dossiers/book").param("status", "IN_PROCESSING")
			.param("unit", book.office().commune().code()), book.office().clerk(), 200)).contains(book.march().code());
		// the dossier list links to the book
		assertThat(page(get("/dossiers"), book.office().clerk(), 200)).contains("href=\"/dossiers/book\"");
	}

	@Test
	void anotherCommuneSeesNoneOfTheFirstCommunesRows() throws Exception {
		Book book = bookOfMarch("Trần Văn Bình");
		String theirs = page(march("/dossiers/book"), book.other().leader(), 200);
		assertThat(theirs).contains(book.otherCommune().code()).doesNotContain(book.march().code(), "Trần Văn Bình");
		// asking for the first commune by its code is refused, in the page and in the export
		assertThat(page(march("/dossiers/book").param("unit", book.office().commune().code()), book.other().clerk(), 400))
			.contains("Không có đơn vị mã " + book.office().commune().code() + " trong phạm vi bạn được xem.")
			.doesNotContain(book.march().code());
		assertThat(mvc.perform(march("/dossiers/book.xlsx").param("unit", book.office().commune().code())
			.with(user(book.other().clerk())))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("Không có đơn vị mã");
		// and their export has only their own rows
		try (XSSFWorkbook workbook = xlsx(march("/dossiers/book.xlsx"), book.other().clerk())) {
			assertThat(texts(workbook.getSheetAt(0))).contains(book.otherCommune().code())
				.doesNotContain(book.march().code(), "Trần Văn Bình");
		}
	}

	@Test
	void badFiltersAreExplainedInVietnameseAndNeverFail() throws Exception {
		Office office = fixtures.office(5, SupplementPolicy.PAUSE);
		CurrentUser clerk = office.clerk();
		assertThat(page(get("/dossiers/book").param("from", "31/03/2026").param("to", "01/03/2026"), clerk, 400))
			.contains("Ngày bắt đầu (31/03/2026) phải trước hoặc trùng với ngày kết thúc (01/03/2026).");
		assertThat(page(get("/dossiers/book").param("from", "31/02/2026").param("to", "31/03/2026"), clerk, 400))
			.contains("Ngày 31/02/2026 không hợp lệ: vui lòng nhập theo dạng dd/mm/yyyy");
		assertThat(page(get("/dossiers/book").param("to", "hôm qua"), clerk, 400)).contains("Ngày hôm qua không hợp lệ");
		assertThat(page(get("/dossiers/book").param("from", "01/01/99999999"), clerk, 400)).contains("không hợp lệ");
		assertThat(page(get("/dossiers/book").param("unit", "KHONG-CO"), clerk, 400))
			.contains("Không có đơn vị mã KHONG-CO trong phạm vi bạn được xem.");
		assertThat(page(get("/dossiers/book").param("status", "BOGUS"), clerk, 400))
			.contains("Trạng thái BOGUS không hợp lệ.");
		assertThat(page(get("/dossiers/book").param("status", "REFUSED_AT_DESK"), clerk, 400))
			.contains("không hợp lệ");
		assertThat(page(get("/dossiers/book").param("field", "KHONG-CO"), clerk, 400))
			.contains("Không có lĩnh vực mã KHONG-CO trong danh mục.");
		assertThat(page(get("/dossiers/book").param("page", "abc"), clerk, 200)).contains("Tổng số: 0 hồ sơ");
		for (String[] bad : List.of(new String[] { "from", "31/02/2026" }, new String[] { "unit", "KHONG-CO" },
				new String[] { "status", "BOGUS" })) {
			String body = mvc.perform(get("/dossiers/book.xlsx").param(bad[0], bad[1]).with(user(clerk)))
				.andExpect(status().isBadRequest())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(body).containsAnyOf("không hợp lệ", "Không có đơn vị mã");
		}
		String range = mvc.perform(get("/dossiers/book.xlsx").param("from", "31/03/2026").param("to", "01/03/2026")
			.with(user(clerk))).andExpect(status().isBadRequest()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(range).contains("Ngày bắt đầu (31/03/2026)");
	}

	@Test
	void theWorkbookOpensWithTitleHeadersRowsAndRealDates() throws Exception {
		Book book = bookOfMarch("Trần Văn Bình");
		mvc.perform(march("/dossiers/book.xlsx").with(user(book.office().clerk())))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, XLSX))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"so-theo-doi-ho-so-2026-03-01-2026-03-31.xlsx\""));
		try (XSSFWorkbook workbook = xlsx(march("/dossiers/book.xlsx"), book.office().clerk())) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("SỔ THEO DÕI HỒ SƠ");
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Mẫu số 07 – Thông tư 03/2025/TT-VPCP");
			assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Từ ngày 01/03/2026 đến ngày 31/03/2026");
			Row header = sheet.getRow(TrackingBookWorkbook.HEADER_ROW);
			List<String> headers = new ArrayList<>();
			header.forEach(cell -> headers.add(cell.getStringCellValue()));
			assertThat(headers).containsExactly("STT", "Mã hồ sơ", "Tên TTHC", "Số lượng hồ sơ (bộ)",
					"Tên cá nhân, tổ chức", "Địa chỉ, số điện thoại", "Cơ quan chủ trì giải quyết", "Nhận hồ sơ",
					"Hẹn trả kết quả", "Chuyển hồ sơ đến cơ quan giải quyết", "Nhận kết quả", "Trả kết quả", "Ký nhận",
					"Ghi chú");
			assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(header.getCell(0).getCellStyle().getBorderBottom())
				.isEqualTo(org.apache.poi.ss.usermodel.BorderStyle.THIN);
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition())
				.isEqualTo((short) (TrackingBookWorkbook.HEADER_ROW + 1));
			assertThat(sheet.getColumnWidth(2)).isEqualTo(40 * 256);

			Row row = rowOf(sheet, book.march().code());
			assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(1);
			assertThat(row.getCell(2).getStringCellValue()).isEqualTo(book.office().procedure().name());
			assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(1);
			assertThat(row.getCell(4).getStringCellValue()).isEqualTo("Trần Văn Bình");
			assertThat(row.getCell(6).getStringCellValue()).isEqualTo(book.office().commune().name());
			Cell received = row.getCell(7);
			assertThat(received.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(DateUtil.isCellDateFormatted(received)).isTrue();
			assertThat(received.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy hh:mm");
			assertThat(received.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 3, 2, 9, 0));
			assertThat(row.getCell(8).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 3, 9, 17, 0));
			assertThat(row.getCell(9).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 3, 2, 10, 0));
			assertThat(row.getCell(10).getCellType()).isEqualTo(CellType.BLANK);
			assertThat(row.getCell(12).getStringCellValue()).isEmpty();
			assertThat(row.getCell(13).getStringCellValue()).startsWith("Đang xử lý");
			assertThat(texts(sheet)).doesNotContain(book.february().code(), "Lê Văn Từ Chối",
					book.otherCommune().code());
		}
	}

	@Test
	void aFormulaInAnApplicantsNameIsWrittenAsText() throws Exception {
		String formula = "=HYPERLINK(\"http://x\")";
		Book book = bookOfMarch(formula);
		try (XSSFWorkbook workbook = xlsx(march("/dossiers/book.xlsx"), book.office().clerk())) {
			Cell name = rowOf(workbook.getSheetAt(0), book.march().code()).getCell(4);
			assertThat(name.getCellType()).isEqualTo(CellType.STRING);
			assertThat(name.getStringCellValue()).isEqualTo("'" + formula).doesNotStartWith("=");
		}
		assertThat(vn.motcua.web.SpreadsheetText.safe("+84 912")).isEqualTo("'+84 912");
		assertThat(vn.motcua.web.SpreadsheetText.safe("-1")).isEqualTo("'-1");
		assertThat(vn.motcua.web.SpreadsheetText.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(vn.motcua.web.SpreadsheetText.safe("\tx")).isEqualTo("'\tx");
		assertThat(vn.motcua.web.SpreadsheetText.safe("\rx")).isEqualTo("'\rx");
		assertThat(vn.motcua.web.SpreadsheetText.safe("Nguyễn Văn A")).isEqualTo("Nguyễn Văn A");
		// the page shows the name as typed, escaped by the template
		assertThat(page(march("/dossiers/book"), book.office().clerk(), 200)).contains(formula);
	}

	private XSSFWorkbook xlsx(MockHttpServletRequestBuilder request, CurrentUser user) throws Exception {
		byte[] bytes = mvc.perform(request.with(user(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		return new XSSFWorkbook(new ByteArrayInputStream(bytes));
	}

	private static Row rowOf(XSSFSheet sheet, String code) {
		for (Row row : sheet) {
			if (row.getRowNum() > TrackingBookWorkbook.HEADER_ROW && code.equals(row.getCell(1).getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("no row for " + code);
	}

	private static List<String> texts(XSSFSheet sheet) {
		List<String> texts = new ArrayList<>();
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (cell.getCellType() == CellType.STRING) {
					texts.add(cell.getStringCellValue());
				}
			}
		}
		return texts;
	}

}
