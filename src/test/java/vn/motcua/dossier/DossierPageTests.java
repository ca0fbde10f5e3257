package vn.motcua.dossier;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.motcua.IntegrationTest;
import vn.motcua.calendar.SupplementPolicy;
import vn.motcua.dossier.DossierFixtures.Office;
import vn.motcua.organisation.CurrentUser;
import vn.motcua.procedure.Procedures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The desk's pages: every bad input gets a Vietnamese message in the page and changes nothing. */
@IntegrationTest
class DossierPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DossierFixtures fixtures;

	@Autowired
	Dossiers dossiers;

	@Autowired
	Procedures procedures;

	@Autowired
	JdbcTemplate jdbc;

	private long dossierCount() {
		return jdbc.queryForObject("select count(*) from dossier", Long.class);
	}

	private static MockHttpServletRequestBuilder receive(CurrentUser clerk, String procedure, String name, String id) {
		return post("/dossiers").with(csrf())
			.with(user(clerk))
			.param("procedureCode", procedure)
			.param("channel", "DIRECT")
			.param("applicantKind", "PERSON")
			.param("applicantName", name)
			.param("idNumber", id)
			.param("phone", "0912345678")
			.param("received", "1", "2");
	}

	@Test
	void receivesFromTheFormAndShowsTheDossier() throws Exception {
		Office office = fixtures.office(5, SupplementPolicy.PAUSE);
		String location = mvc.perform(receive(office.clerk(), office.procedure().code(), "Trần Văn Bình", "079203001234"))
			.andExpect(redirectedUrlPattern("/dossiers/*?moi"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String code = location.substring("/dossiers/".length(), location.indexOf('?'));
		mvc.perform(get("/dossiers/" + code).with(user(office.clerk())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Trần Văn Bình")))
			.andExpect(content().string(containsString("Đã tiếp nhận")))
			.andExpect(content().string(containsString("Chuyển xử lý")))
			.andExpect(content().string(not(containsString("Mời in giấy tiếp nhận"))));
		// the receipt page right after the reception says so (from "?moi", without a flash attribute in the session)
		mvc.perform(get("/dossiers/" + code).param("moi", "").with(user(office.clerk())))
			.andExpect(content().string(containsString("Đã tiếp nhận hồ sơ. Mời in giấy tiếp nhận")));
		// the specialist's list is empty until the dossier is assigned; then it is there
		mvc.perform(get("/dossiers").with(user(office.specialist())))
			.andExpect(content().string(not(containsString(code))));
		DossierView d = dossiers.get(office.clerk(), code);
		mvc.perform(post("/dossiers/" + code + "/assign").with(csrf()).with(user(office.clerk()))
			.param("version", String.valueOf(d.version()))
			.param("specialist", office.specialist().username())).andExpect(status().is3xxRedirection());
		mvc.perform(get("/dossiers").with(user(office.specialist())))
			.andExpect(content().string(containsString(code)))
			.andExpect(content().string(containsString("Hồ sơ tôi xử lý")));
		// staff search finds it by the name without diacritics, within the unit only
		mvc.perform(get("/dossiers").param("queue", "ALL").param("q", "tran van binh").with(user(office.clerk())))
			.andExpect(content().string(containsString(code)));
		Office other = fixtures.office(5, SupplementPolicy.PAUSE);
		mvc.perform(get("/dossiers").param("queue", "ALL").param("q", code).with(user(other.clerk())))
			.andExpect(content().string(containsString("Không có hồ sơ nào trong danh sách này.")));
		mvc.perform(get("/dossiers/" + code).with(user(other.clerk()))).andExpect(status().isForbidden());
	}

	@Test
	void badReceptionInputIsExplainedAndNothingIsStored() throws Exception {
		Office office = fixtures.office(5, SupplementPolicy.PAUSE);
		long before = dossierCount();
		mvc.perform(receive(office.clerk(), office.procedure().code(), "", "079203001234"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vui lòng nhập tên người nộp hồ sơ")));
		mvc.perform(receive(office.clerk(), office.procedure().code(), "Trần Văn Bình", "12345"))
			.andExpect(content().string(containsString("Số định danh cá nhân (CCCD) phải gồm đúng 12 chữ số")));
		mvc.perform(receive(office.clerk(), office.procedure().code(), "Trần Văn Bình", "003203001234"))
			.andExpect(content().string(containsString("Số định danh cá nhân (CCCD) phải gồm đúng 12 chữ số")));
		mvc.perform(receive(office.clerk(), office.procedure().code(), "Trần Văn Bình", ""))
			.andExpect(content().string(containsString("Vui lòng nhập số định danh cá nhân")));
		mvc.perform(receive(office.clerk(), "", "Trần Văn Bình", "079203001234"))
			.andExpect(content().string(containsString("Vui lòng chọn thủ tục.")));
		mvc.perform(receive(office.clerk(), office.procedure().code(), "Trần Văn Bình", "079203001234")
			.param("phone", "12ab"))
			.andExpect(content().string(containsString("Số điện thoại không hợp lệ")));
		procedures.setActive(office.procedure().code(), false);
		mvc.perform(receive(office.clerk(), office.procedure().code(), "Trần Văn Bình", "079203001234"))
			.andExpect(content().string(containsString("đã ngừng áp dụng, không thể tiếp nhận")));
		assertThat(dossierCount()).isEqualTo(before);
	}

	@Test
	void onlyClerksReceive() throws Exception {
		Office office = fixtures.office(5, SupplementPolicy.PAUSE);
		long before = dossierCount();
		mvc.perform(receive(office.specialist(), office.procedure().code(), "Trần Văn Bình", "079203001234"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/dossiers/new").with(user(office.leader()))).andExpect(status().isForbidden());
		assertThat(dossierCount()).isEqualTo(before);
	}

	@Test
	void aStepNotAllowedNowIsExplainedInThePage() throws Exception {
		Office office = fixtures.office(5, SupplementPolicy.PAUSE);
		DossierView d = dossiers.receive(office.clerk(), DossierFixtures.citizen(office.procedure().code()));
		mvc.perform(post("/dossiers/" + d.code() + "/approve").with(csrf()).with(user(office.leader()))
			.param("version", String.valueOf(d.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Không thể thực hiện thao tác này khi hồ sơ đang ở trạng thái hiện tại (Đã tiếp nhận → Đã phê duyệt).")));
		mvc.perform(post("/dossiers/" + d.code() + "/withdraw").with(csrf()).with(user(office.clerk()))
			.param("version", String.valueOf(d.version() - 1))
			.param("reason", "rút"))
			.andExpect(content().string(containsString("Hồ sơ đã được cập nhật bởi người khác, vui lòng tải lại trang.")));
		assertThat(dossiers.get(office.clerk(), d.code()).status()).isEqualTo(DossierStatus.RECEIVED);
	}

	@Test
	void thePickerTheChecklistTheAppointmentAndTheRecall() throws Exception {
		Office office = fixtures.office(5, SupplementPolicy.PAUSE);
		mvc.perform(get("/dossiers/new/procedures").param("q", office.procedure().code()).with(user(office.clerk())))
			.andExpect(content().string(containsString(office.procedure().code())));
		String panel = mvc.perform(get("/dossiers/new/procedure").param("procedureCode", office.procedure().code())
			.with(user(office.clerk())))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(panel).contains("Tờ khai đăng ký khai sinh", "Giấy chứng sinh", "Ngày hẹn trả kết quả",
				"name=\"procedureCode\"");
		dossiers.receive(office.clerk(), DossierFixtures.citizen(office.procedure().code()));
		String recalled = org.springframework.web.util.HtmlUtils.htmlUnescape(mvc
			.perform(get("/dossiers/new/applicant").param("idNumber", "001195012345").with(user(office.clerk())))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(recalled).contains("value=\"Nguyễn Thị Hương\"", "value=\"Thôn Đông, xã Bình Minh\"",
				"value=\"0912345678\"");
		// another commune's clerk recalls nothing of this applicant
		Office other = fixtures.office(5, SupplementPolicy.PAUSE);
		String nothing = org.springframework.web.util.HtmlUtils.htmlUnescape(mvc
			.perform(get("/dossiers/new/applicant").param("idNumber", "001195012345").with(user(other.clerk())))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(nothing).doesNotContain("Nguyễn Thị Hương");
		mvc.perform(get("/dossiers/new/applicant").param("idNumber", "001195012345").with(user(other.clerk())))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().string("HX-Reswap", "none"));
	}

}
