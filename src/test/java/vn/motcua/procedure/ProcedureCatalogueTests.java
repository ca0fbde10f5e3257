package vn.motcua.procedure;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.IntegrationTest;
import vn.motcua.calendar.ProcessingTime;
import vn.motcua.calendar.SupplementPolicy;
import vn.motcua.organisation.OrganisationFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ProcedureCatalogueTests {

	@Autowired
	Procedures procedures;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	/** A field and a procedure of this test's own, with a unique word in the name. */
	private ProcedureView procedure(String name, String days, String legal) {
		String fieldCode = OrganisationFixtures.uniqueCode("LV");
		procedures.fieldFor(fieldCode, "Lĩnh vực thử " + fieldCode);
		return procedures.create(new ProcedureForm(OrganisationFixtures.uniqueCode("9."), name, fieldCode,
				ProcedureLevel.COMMUNE, Set.of(ProcedureLevel.COMMUNE), OnlineLevel.PARTIAL, null,
				SupplementPolicy.PAUSE, new BigDecimal(days), legal == null ? null : new BigDecimal(legal),
				ProcessingTime.Unit.WORKING_DAY, LocalDate.of(2020, 1, 1), "Giấy khai sinh", "Luật Hộ tịch 2014",
				"Bộ phận một cửa", "Công dân", "thử nghiệm", null));
	}

	@Test
	void searchIgnoresDiacriticsAndCase() throws Exception {
		String unique = OrganisationFixtures.uniqueCode("Q").toLowerCase();
		ProcedureView p = procedure("Đăng ký khai sinh lưu động " + unique, "3", "5");
		for (String query : new String[] { "dang ky khai sinh " + unique, "Đăng ký khai sinh " + unique,
				"khai sinh " + unique, "ĐĂNG KÝ " + unique.toUpperCase(), "luu dong " + unique,
				// decomposed (NFD) input, as some phones send it
				java.text.Normalizer.normalize("Đăng ký " + unique, java.text.Normalizer.Form.NFD) }) {
			assertThat(procedures.search(query, null, null, false)).as(query)
				.extracting(ProcedureSummary::code)
				.containsExactly(p.code());
		}
		assertThat(procedures.search("khai tu " + unique, null, null, false)).isEmpty();
		// wildcards typed by a user are plain characters, not patterns
		assertThat(procedures.search("% " + unique, null, null, false)).isEmpty();
		mvc.perform(get("/thu-tuc").param("q", "dang ky khai sinh " + unique))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đăng ký khai sinh lưu động " + unique)))
			.andExpect(content().string(containsString("Tìm thấy 1 thủ tục.")));
	}

	@Test
	void publicDetailShowsWhatToBringWithoutLogin() throws Exception {
		ProcedureView p = procedure("Chứng thực bản sao từ bản chính " + OrganisationFixtures.uniqueCode("Q"), "2", "2");
		procedures.addDocument(p.code(), new DocumentFormData("Bản chính giấy tờ cần chứng thực", DocumentForm.ORIGINAL, 1, true));
		procedures.addFee(p.code(), new FeeFormData(FeeKind.FEE, "Phí chứng thực bản sao, mỗi trang", 2000L));
		mvc.perform(get("/thu-tuc/" + p.code()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bản chính giấy tờ cần chứng thực")))
			.andExpect(content().string(containsString("2.000 đồng")))
			.andExpect(content().string(containsString("2 ngày làm việc")));
		procedures.setActive(p.code(), false);
		mvc.perform(get("/thu-tuc/" + p.code())).andExpect(status().isNotFound());
	}

	@Test
	void posterQrCodeOpensTheDetailPage() throws Exception {
		ProcedureView p = procedure("Đăng ký kết hôn " + OrganisationFixtures.uniqueCode("Q"), "5", "5");
		String poster = mvc.perform(get("/thu-tuc/" + p.code() + "/ap-phich"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Matcher img = Pattern.compile("<img src=\"([^\"]+qr\\.png[^\"]+)\"").matcher(poster);
		assertThat(img.find()).as("poster has a QR image").isTrue();
		String src = img.group(1).replace("&amp;", "&");
		byte[] png = mvc.perform(get(java.net.URI.create(src)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/png"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		String decoded = new QRCodeReader()
			.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
			.getText();
		assertThat(decoded).isEqualTo("http://localhost/thu-tuc/" + p.code());
		mvc.perform(get(java.net.URI.create(decoded).getPath())).andExpect(status().isOk())
			.andExpect(content().string(containsString(p.name())));
	}

	@Test
	void fieldPosterListsTheFieldsProcedures() throws Exception {
		ProcedureView p = procedure("Đăng ký khai tử " + OrganisationFixtures.uniqueCode("Q"), "1", "1");
		mvc.perform(get("/thu-tuc/linh-vuc/" + p.field().code() + "/ap-phich"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(p.name())))
			.andExpect(content().string(containsString("qr.png")));
	}

	@Test
	void qrCodesAreMadeOnlyForOurOwnPages() throws Exception {
		mvc.perform(get("/thu-tuc/qr.png").param("path", "https://evil.example/")).andExpect(status().isBadRequest());
		mvc.perform(get("/thu-tuc/qr.png").param("path", "/thu-tuc//evil.example")).andExpect(status().isBadRequest());
	}

	@Test
	void aDossierUsesTheProcessingTimeInForceOnItsReceptionDay() {
		ProcedureView p = procedure("Cấp giấy chứng nhận " + OrganisationFixtures.uniqueCode("Q"), "5", "5");
		ProcedureForm reduced = ProcedureForm.of(p);
		procedures.update(p.code(), new ProcedureForm(reduced.code(), reduced.name(), reduced.fieldCode(),
				reduced.mainLevel(), reduced.levels(), reduced.onlineLevel(), null, reduced.supplementPolicy(),
				new BigDecimal("3"), new BigDecimal("5"), ProcessingTime.Unit.WORKING_DAY, LocalDate.of(2025, 7, 1),
				null, null, null, null, null, null));
		assertThat(procedures.processingTimeOn(p.code(), LocalDate.of(2025, 6, 30))).contains(ProcessingTime.workingDays(5));
		assertThat(procedures.processingTimeOn(p.code(), LocalDate.of(2025, 7, 1))).contains(ProcessingTime.workingDays(3));
		assertThat(procedures.processingTimeOn(p.code(), LocalDate.of(2019, 12, 31))).isEmpty();
		assertThat(procedures.get(p.code()).processingTimes()).hasSize(2);
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_record where action = 'procedure.processingTimeChanged' and target_id = ?",
				Integer.class, p.code())).isEqualTo(1);
	}

	@Test
	void reductionReportReproducesSeed002() throws Exception {
		// seed 002: eight procedures cut from 101 to 67 days in all: 34 / 101 = 33,66% (the article's 29,69% does not follow)
		String fieldCode = OrganisationFixtures.uniqueCode("CG");
		procedures.fieldFor(fieldCode, "Cắt giảm " + fieldCode);
		int[][] days = { { 20, 13 }, { 15, 10 }, { 15, 10 }, { 12, 8 }, { 12, 8 }, { 10, 7 }, { 10, 7 }, { 7, 4 } };
		for (int[] d : days) {
			procedures.create(new ProcedureForm(OrganisationFixtures.uniqueCode("8."), "Thủ tục cắt giảm " + d[0],
					fieldCode, ProcedureLevel.DISTRICT, Set.of(), OnlineLevel.NONE, null, SupplementPolicy.PAUSE,
					BigDecimal.valueOf(d[1]), BigDecimal.valueOf(d[0]), ProcessingTime.Unit.WORKING_DAY,
					LocalDate.of(2020, 1, 1), null, null, null, null, null, null));
		}
		String page = mvc.perform(get("/procedures/reduction").with(
				org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("thongke")
					.roles("STATISTICS")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		int row = page.indexOf("Cắt giảm " + fieldCode);
		assertThat(row).isPositive();
		String cells = page.substring(row, page.indexOf("</tr>", row));
		assertThat(cells).contains(">101<", ">67<", ">34<", "33,66%");
	}

}
