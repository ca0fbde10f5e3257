package vn.motcua.dossier.forms;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.motcua.web.VnFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * Every form of both sets rendered to PDF and read back: text with its diacritics (PDFBox), page size, embedded fonts,
 * the receipt's QR code (ZXing on a 300 dpi image of the page). The PDFs and a 150 dpi PNG of each first page are
 * left in {@code target/forms/} for a look.
 */
class DossierFormsTests {

	private static final Path OUT = Path.of("target", "forms");

	/** A5 and A4 in PDF points (1 pt = 1/72 in). */
	private static final float[] A5 = { 148 / 25.4f * 72, 210 / 25.4f * 72 };

	private final DossierForms forms = new DossierForms(new VnFormat());

	@ParameterizedTest
	@EnumSource(FormSet.class)
	void receiptHasEveryItemWithItsDiacritics(FormSet set) throws IOException {
		byte[] pdf = write(set, "mau-01-giay-tiep-nhan", this.forms.receipt(FormSamples.receipt(set)));

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			assertPageSize(document.getPage(0), A5);
			assertFontsEmbeddedDejaVu(document);
			assertThat(text(document)).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
					FormSamples.header(set).parentBody(), FormSamples.header(set).officeName(),
					(set == FormSet.TT01_2018) ? "Số: 125/BPTNTKQ" : "Số: 125/TTPVHCC", "Bình An, ngày 17 tháng 02 năm 2026",
					"GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "Mã hồ sơ: 000.00.31.H99-260217-0001",
					"Ông/Bà: Nguyễn Thị Hương", "Địa chỉ: Số 12, đường Lê Lợi, thôn Đông Hưng, xã Bình An",
					"Số điện thoại: 0912 345 678", "Email: huong.nt@example.vn",
					"Nội dung yêu cầu giải quyết: Đăng ký khai sinh", "Tờ khai đăng ký khai sinh",
					"Giấy chứng nhận kết hôn của cha, mẹ", "Bản sao", "2. Số lượng hồ sơ: 1 (bộ)",
					"3. Thời gian giải quyết hồ sơ theo quy định: 05 ngày làm việc",
					"4. Thời gian nhận hồ sơ: 08 giờ 15 phút, ngày 17 tháng 02 năm 2026",
					"5. Thời gian trả kết quả giải quyết hồ sơ: 17 giờ 00 phút, ngày 27 tháng 02 năm 2026",
					"6. Đăng ký nhận kết quả tại: Bộ phận Một cửa UBND xã Bình An", "Phí, lệ phí: 8.000 đồng",
					"NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ", "(Ký và ghi rõ họ tên)", "Trần Văn Bình",
					"Quét mã để tra cứu hồ sơ");
		}
	}

	@ParameterizedTest
	@EnumSource(FormSet.class)
	void receiptQrCodeOpensTheLookupPage(FormSet set) throws Exception {
		byte[] pdf = this.forms.receipt(FormSamples.receipt(set));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 300, ImageType.GRAY);
			assertThat(decodeQr(page)).isEqualTo(FormSamples.LOOKUP_URL);
		}
	}

	@Test
	void receiptWithoutLookupUrlHasNoQrCode() throws IOException {
		ReceiptData sample = FormSamples.receipt(FormSet.TT03_2025);
		ReceiptData withoutUrl = new ReceiptData(sample.header(), sample.dossierCode(), null, sample.applicant(),
				sample.procedureName(), sample.documents(), sample.setCount(), sample.processingTimeText(),
				sample.receivedAt(), sample.dueAt(), sample.returnPlace(), null, null, sample.clerkName(),
				sample.formSet());
		try (PDDocument document = Loader.loadPDF(this.forms.receipt(withoutUrl))) {
			assertThat(text(document)).contains("Số: ……", FormSamples.NAME)
				.doesNotContain("tra cứu", "Phí, lệ phí");
			assertThat(document.getPage(0).getResources().getXObjectNames()).isEmpty();
		}
	}

	@ParameterizedTest
	@EnumSource(FormSet.class)
	void supplementRequest(FormSet set) throws IOException {
		byte[] pdf = write(set, "mau-02-yeu-cau-bo-sung", this.forms.supplementRequest(FormSamples.supplement(set)));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertPageSize(document.getPage(0), A5);
			assertFontsEmbeddedDejaVu(document);
			assertThat(text(document)).contains("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", FormSamples.CODE,
					"Hồ sơ của: Nguyễn Thị Hương", "Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:",
					"1. Bản sao Giấy chứng nhận kết hôn của cha, mẹ có chứng thực",
					"2. Văn bản ủy quyền của người đi đăng ký (nếu người nộp không phải cha, mẹ)",
					"Lý do: Hồ sơ thiếu giấy tờ chứng minh quan hệ cha, mẹ, con",
					"liên hệ Bộ phận Một cửa, số điện thoại 0236 3821 456 để được hướng dẫn./.", "NGƯỜI HƯỚNG DẪN",
					"Trần Văn Bình");
		}
	}

	@ParameterizedTest
	@EnumSource(FormSet.class)
	void refusal(FormSet set) throws IOException {
		byte[] pdf = write(set, "mau-03-tu-choi", this.forms.refusal(FormSamples.refusal(set)));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertPageSize(document.getPage(0), A5);
			assertFontsEmbeddedDejaVu(document);
			assertThat(text(document)).contains("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ",
					"Ông/Bà: Nguyễn Thị Hương", "Cấp giấy phép xây dựng nhà ở riêng lẻ",
					"1. Thủ tục không thuộc thẩm quyền giải quyết của Ủy ban nhân dân cấp xã",
					"2. Đề nghị Ông/Bà nộp hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh");
		}
	}

	@Test
	void apologyOf2018PromisesANewAppointment() throws IOException {
		byte[] pdf = write(FormSet.TT01_2018, "mau-04-xin-loi",
				this.forms.apology(FormSamples.apology(FormSet.TT01_2018)));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertPageSize(document.getPage(0), A5);
			String text = text(document);
			assertThat(text).contains("PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG", "Bình An, ngày 25 tháng 02 năm 2026",
					"PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", "Kính gửi: Ông/Bà Nguyễn Thị Hương",
					"Ngày 17/02/2026", FormSamples.CODE, "17 giờ 00 phút, ngày 27 tháng 02 năm 2026",
					"Lý do: Cần xác minh thông tin nơi cư trú của người mẹ tại địa phương khác",
					"hẹn lại thời gian trả kết quả giải quyết hồ sơ vào: 16 giờ 30 phút, ngày 06 tháng 3 năm 2026",
					"TRƯỞNG PHÒNG", "Phạm Quốc Dũng")
				.doesNotContain("GIA HẠN");
		}
	}

	@Test
	void apologyOf2025AsksForAnExtension() throws IOException {
		byte[] pdf = write(FormSet.TT03_2025, "mau-04-xin-loi-gia-han",
				this.forms.apology(FormSamples.apology(FormSet.TT03_2025)));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertPageSize(document.getPage(0), A5);
			assertThat(text(document)).contains("VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT",
					"đề nghị gia hạn thời gian giải quyết hồ sơ đến: 16 giờ 30 phút, ngày 06 tháng 3 năm 2026",
					"Nơi nhận:", "- Ông/Bà Nguyễn Thị Hương;", "- Lưu: VT.", "Phạm Quốc Dũng")
				.doesNotContain("HẸN LẠI NGÀY");
		}
	}

	@Test
	void stopNoticeExistsFrom2025Only() throws IOException {
		byte[] pdf = write(FormSet.TT03_2025, "mau-05-dung-giai-quyet",
				this.forms.stopNotice(FormSamples.stopNotice(FormSet.TT03_2025)));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertPageSize(document.getPage(0), A5);
			assertFontsEmbeddedDejaVu(document);
			assertThat(text(document)).contains("THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ", "Kính gửi: Ông/Bà Nguyễn Thị Hương",
					FormSamples.CODE, "được tiếp nhận lúc 08 giờ 15 phút, ngày 17 tháng 02 năm 2026",
					"Lý do: Người yêu cầu có văn bản đề nghị rút hồ sơ ngày 20/02/2026", "GIÁM ĐỐC", "Đỗ Thị Lụa");
		}
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.forms.stopNotice(FormSamples.stopNotice(FormSet.TT01_2018)))
			.withMessageContaining("TT 01/2018/TT-VPCP");
	}

	@ParameterizedTest
	@EnumSource(FormSet.class)
	void controlSheetHasOneRowPerHandover(FormSet set) throws IOException {
		String name = (set == FormSet.TT01_2018) ? "mau-05-phieu-kiem-soat" : "mau-06-phieu-kiem-soat";
		byte[] pdf = write(set, name, this.forms.controlSheet(FormSamples.controlSheet(set)));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertPageSize(document.getPage(0), A5);
			assertFontsEmbeddedDejaVu(document);
			assertThat(text(document)).contains("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", FormSamples.CODE,
					"Kèm theo hồ sơ của: Nguyễn Thị Hương",
					"Ngày, giờ nhận: 08 giờ 15 phút, ngày 17 tháng 02 năm 2026",
					"Ngày, giờ hẹn trả: 17 giờ 00 phút, ngày 27 tháng 02 năm 2026",
					"Cơ quan (bộ phận) giải quyết hồ sơ: Công chức Tư pháp - Hộ tịch",
					"Cơ quan phối hợp giải quyết hồ sơ: Công an xã Bình An", "TÊN CƠ QUAN",
					"THỜI GIAN GIAO, NHẬN HỒ SƠ", "KẾT QUẢ GIẢI QUYẾT HỒ SƠ", "GHI CHÚ",
					"1. Giao: Bộ phận Tiếp nhận và Trả kết quả", "2. Nhận: Công chức Tư pháp - Hộ tịch",
					"09 giờ 00 phút, ngày 17 tháng 02 năm 2026", "15 giờ 20 phút, ngày 24 tháng 02 năm 2026",
					"Người giao", "Người nhận", "Lê Thị Mai", "Hoàng Văn Tuấn", "Đúng hạn", "Trước hạn",
					"Đã ký, trả kết quả");
		}
	}

	@Test
	void formSetFollowsTheReceptionDate() {
		assertThat(FormSet.forReceptionDate(LocalDate.of(2025, 6, 30))).isEqualTo(FormSet.TT01_2018);
		assertThat(FormSet.forReceptionDate(LocalDate.of(2025, 7, 1))).isEqualTo(FormSet.TT03_2025);
		assertThat(FormSet.forReceptionDate(LocalDate.of(2019, 1, 6))).isEqualTo(FormSet.TT01_2018);
	}

	@Test
	void formNumbersFollowEachCircular() {
		assertThat(FormSet.TT01_2018.template(FormKind.CONTROL_SHEET)).isEqualTo("tt01-2018/mau-05");
		assertThat(FormSet.TT03_2025.template(FormKind.CONTROL_SHEET)).isEqualTo("tt03-2025/mau-06");
		assertThat(FormSet.TT03_2025.template(FormKind.STOP_NOTICE)).isEqualTo("tt03-2025/mau-05");
		assertThat(FormSet.TT03_2025.number(FormKind.TRACKING_BOOK)).isEqualTo("07");
		assertThat(FormSet.TT01_2018.number(FormKind.TRACKING_BOOK)).isEqualTo("06");
		assertThat(FormSet.TT01_2018.has(FormKind.STOP_NOTICE)).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> FormSet.TT01_2018.template(FormKind.STOP_NOTICE));
		assertThat(FormSet.TT01_2018.paperSize(FormKind.TRACKING_BOOK)).isEqualTo("A4");
		assertThat(FormSet.TT03_2025.paperSize(FormKind.RECEIPT)).isEqualTo("A5");
	}

	@Test
	void datesAreWrittenAsOnTheOfficialForms() {
		FormDates dates = new FormDates();
		assertThat(dates.timeAndDate(FormSamples.RECEIVED)).isEqualTo("08 giờ 15 phút, ngày 17 tháng 02 năm 2026");
		assertThat(dates.date(LocalDate.of(2026, 3, 5))).isEqualTo("ngày 05 tháng 3 năm 2026");
		assertThat(dates.date(LocalDate.of(2025, 12, 1))).isEqualTo("ngày 01 tháng 12 năm 2025");
		assertThat(dates.dateline("Bình An", LocalDate.of(2026, 1, 9))).isEqualTo("Bình An, ngày 09 tháng 01 năm 2026");
	}

	@Test
	void userTextIsEscapedNotInterpreted() throws IOException {
		ReceiptData sample = FormSamples.receipt(FormSet.TT03_2025);
		Applicant tricky = new Applicant("Công ty TNHH A & B <img src=\"file:///etc/passwd\"/>", null, null, null,
				null);
		ReceiptData data = new ReceiptData(sample.header(), sample.dossierCode(), null, tricky,
				sample.procedureName(), sample.documents(), 1, null, sample.receivedAt(), sample.dueAt(), null, null,
				null, null, sample.formSet());
		try (PDDocument document = Loader.loadPDF(this.forms.receipt(data))) {
			assertThat(text(document)).contains("Công ty TNHH A & B <img src=\"file:///etc/passwd\"/>",
					"Địa chỉ: ……", "3. Thời gian giải quyết hồ sơ theo quy định: ……… ngày");
		}
	}

	/** Page text with runs of white space (line breaks included) collapsed to one space. */
	private static String text(PDDocument document) throws IOException {
		return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
	}

	private static void assertPageSize(PDPage page, float[] size) {
		PDRectangle box = page.getMediaBox();
		assertThat(box.getWidth()).isCloseTo(size[0], within(1f));
		assertThat(box.getHeight()).isCloseTo(size[1], within(1f));
	}

	/** Every font the pages use is an embedded DejaVu subset: no fallback to a base-14 font without diacritics. */
	private static void assertFontsEmbeddedDejaVu(PDDocument document) throws IOException {
		List<String> names = new ArrayList<>();
		for (PDPage page : document.getPages()) {
			PDResources resources = page.getResources();
			for (COSName fontName : resources.getFontNames()) {
				PDFont font = resources.getFont(fontName);
				assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				names.add(font.getName());
			}
		}
		assertThat(names).isNotEmpty().allSatisfy((name) -> assertThat(name).contains("DejaVuSerifCondensed"));
	}

	private static String decodeQr(BufferedImage image) throws Exception {
		BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
		try {
			Result result = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
			return result.getText();
		}
		catch (NotFoundException ex) {
			throw new AssertionError("No QR code found on the page", ex);
		}
	}

	/** Keeps the PDF and a 150 dpi PNG of its first page in target/forms/ for a human look. */
	private static byte[] write(FormSet set, String name, byte[] pdf) throws IOException {
		Files.createDirectories(OUT);
		String base = ((set == FormSet.TT01_2018) ? "tt01-2018-" : "tt03-2025-") + name;
		Files.write(OUT.resolve(base + ".pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 150, ImageType.RGB);
			ImageIO.write(image, "png", OUT.resolve(base + ".png").toFile());
		}
		return pdf;
	}

}
