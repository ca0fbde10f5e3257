package vn.motcua.dossier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.IntegrationTest;
import vn.motcua.calendar.SupplementPolicy;
import vn.motcua.dossier.DossierFixtures.Office;
import vn.motcua.organisation.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Số hóa: files are judged by their content, limited in size, stored with a checksum, served only within scope. */
@IntegrationTest
class AttachmentTests {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };

	@Autowired
	MockMvc mvc;

	@Autowired
	DossierFixtures fixtures;

	@Autowired
	Dossiers dossiers;

	@Autowired
	JdbcTemplate jdbc;

	private long attachments(Long dossierId) {
		return jdbc.queryForObject("select count(*) from dossier_attachment where dossier_id = ?", Long.class, dossierId);
	}

	private org.springframework.test.web.servlet.ResultActions upload(CurrentUser user, String code, String name,
			byte[] content) throws Exception {
		return mvc.perform(multipart("/dossiers/" + code + "/attachments")
			.file(new MockMultipartFile("file", name, "application/pdf", content))
			.with(csrf())
			.with(user(user)));
	}

	@Test
	void storesAPdfWithItsChecksumAndServesItBack() throws Exception {
		Office office = fixtures.office(5, SupplementPolicy.PAUSE);
		DossierView d = dossiers.receive(office.clerk(), DossierFixtures.citizen(office.procedure().code()));
		upload(office.clerk(), d.code(), "giấy chứng sinh.pdf", PDF).andExpect(status().is3xxRedirection());
		upload(office.clerk(), d.code(), "anh.png", PNG).andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select sha256 from dossier_attachment where dossier_id = ? and content_type = 'application/pdf'",
				String.class, d.id())).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)));
		Long id = jdbc.queryForObject("select id from dossier_attachment where dossier_id = ? and content_type = 'application/pdf'",
				Long.class, d.id());
		mvc.perform(get("/dossiers/" + d.code() + "/attachments/" + id).with(user(office.specialist())))
			.andExpect(status().isOk())
			.andExpect(content().bytes(PDF))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().contentType("application/pdf"));
		mvc.perform(get("/dossiers/" + d.code()).with(user(office.clerk())))
			.andExpect(content().string(containsString("giấy chứng sinh.pdf")));
		assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'dossier.attached' and target_id = ?",
				Integer.class, d.code())).isEqualTo(2);
	}

	@Test
	void aFakePdfAnEmptyFileAndAnOversizedFileAreRefused() throws Exception {
		Office office = fixtures.office(5, SupplementPolicy.PAUSE);
		DossierView d = dossiers.receive(office.clerk(), DossierFixtures.citizen(office.procedure().code()));
		upload(office.clerk(), d.code(), "hop-dong.pdf", "MZ\u0090 this is an executable".getBytes(StandardCharsets.ISO_8859_1))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chỉ nhận tệp PDF, JPEG hoặc PNG")));
		upload(office.clerk(), d.code(), "trong.pdf", new byte[0])
			.andExpect(content().string(containsString("Vui lòng chọn tệp cần tải lên.")));
		byte[] big = new byte[Dossiers.MAX_ATTACHMENT_BYTES + 1];
		System.arraycopy(PDF, 0, big, 0, PDF.length);
		upload(office.clerk(), d.code(), "lon.pdf", big)
			.andExpect(content().string(containsString("Tệp quá lớn")));
		assertThat(attachments(d.id())).isZero();
	}

	@Test
	void anotherCommuneNeitherUploadsNorDownloads() throws Exception {
		Office office = fixtures.office(5, SupplementPolicy.PAUSE);
		Office other = fixtures.office(5, SupplementPolicy.PAUSE);
		DossierView d = dossiers.receive(office.clerk(), DossierFixtures.citizen(office.procedure().code()));
		upload(office.clerk(), d.code(), "a.pdf", PDF).andExpect(status().is3xxRedirection());
		Long id = jdbc.queryForObject("select id from dossier_attachment where dossier_id = ?", Long.class, d.id());
		upload(other.clerk(), d.code(), "b.pdf", PDF).andExpect(status().isForbidden());
		mvc.perform(get("/dossiers/" + d.code() + "/attachments/" + id).with(user(other.clerk())))
			.andExpect(status().isForbidden());
		// an attachment id of another dossier is not served through this dossier
		DossierView mine = dossiers.receive(other.clerk(), DossierFixtures.citizen(other.procedure().code()));
		mvc.perform(get("/dossiers/" + mine.code() + "/attachments/" + id).with(user(other.clerk())))
			.andExpect(status().isForbidden());
		assertThat(attachments(d.id())).isEqualTo(1);
	}

}
