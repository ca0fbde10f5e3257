package vn.motcua.dossier;

import java.time.ZonedDateTime;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.IntegrationTest;
import vn.motcua.TestClock;
import vn.motcua.calendar.SupplementPolicy;
import vn.motcua.dossier.DossierFixtures.Office;
import vn.motcua.organisation.CurrentUser;
import vn.motcua.web.MotCuaTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The PDFs a dossier's page serves, read back as text. */
@IntegrationTest
class DossierFormsPageTests {

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

	private String text(String path, CurrentUser user) throws Exception {
		byte[] pdf = mvc.perform(get(path).with(user(user)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			// the layout wraps lines: compare words, not line breaks
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	@Test
	void theReceiptCarriesTheCodeTheAppointmentAndTheApplicant() throws Exception {
		Office office = fixtures.office(5, SupplementPolicy.PAUSE);
		clock.set(ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0, MotCuaTime.ZONE));
		DossierView d = dossiers.receive(office.clerk(), DossierFixtures.citizen(office.procedure().code()));
		String receipt = text("/dossiers/" + d.code() + "/forms/receipt.pdf", office.clerk());
		assertThat(receipt).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", d.code(), "Nguyễn Thị Hương",
				"Tờ khai đăng ký khai sinh", "05 ngày làm việc");
		assertThat(receipt).contains("17 giờ 00 phút, ngày 09 tháng 3 năm 2026");
		// another commune cannot print it
		Office other = fixtures.office(5, SupplementPolicy.PAUSE);
		mvc.perform(get("/dossiers/" + d.code() + "/forms/receipt.pdf").with(user(other.clerk())))
			.andExpect(status().isForbidden());
	}

	@Test
	void theControlSheetJudgesEachEndingStep() throws Exception {
		Office office = fixtures.office(5, SupplementPolicy.PAUSE);
		clock.set(ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0, MotCuaTime.ZONE));
		DossierView d = dossiers.receive(office.clerk(), DossierFixtures.citizen(office.procedure().code()));
		d = dossiers.assign(office.clerk(), d.code(), d.version(), office.specialist().username(), null);
		d = dossiers.requestSupplement(office.specialist(), d.code(), d.version(), "Bản sao sổ hộ khẩu\nGiấy xác nhận cư trú",
				"Thiếu giấy tờ");
		String supplement = text("/dossiers/" + d.code() + "/forms/supplement.pdf", office.clerk());
		assertThat(supplement).contains("Bản sao sổ hộ khẩu", "Giấy xác nhận cư trú", d.code());
		d = dossiers.supplementReceived(office.clerk(), d.code(), d.version(), false);
		d = dossiers.submitForApproval(office.specialist(), d.code(), d.version(), null);
		d = dossiers.approve(office.leader(), d.code(), d.version(), null);
		d = dossiers.resultReady(office.clerk(), d.code(), d.version(), null);
		String sheet = text("/dossiers/" + d.code() + "/forms/control-sheet.pdf", office.leader());
		assertThat(sheet).contains(d.code(), office.specialist().username(), "Trước hạn");
	}

	@Test
	void aRefusalAtTheDeskHasItsSlip() throws Exception {
		Office office = fixtures.office(5, SupplementPolicy.PAUSE);
		DossierView refused = dossiers.refuseAtDesk(office.clerk(), DossierFixtures.citizen(office.procedure().code()),
				"Không thuộc thẩm quyền của xã");
		String slip = text("/dossiers/refusals/" + refused.id() + ".pdf", office.clerk());
		assertThat(slip).contains("Không thuộc thẩm quyền của xã", "Nguyễn Thị Hương");
		Office other = fixtures.office(5, SupplementPolicy.PAUSE);
		mvc.perform(get("/dossiers/refusals/" + refused.id() + ".pdf").with(user(other.clerk())))
			.andExpect(status().isForbidden());
	}

}
