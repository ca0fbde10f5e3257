package vn.motcua.citizen;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.IntegrationTest;
import vn.motcua.calendar.SupplementPolicy;
import vn.motcua.dossier.DossierFixtures;
import vn.motcua.dossier.DossierFixtures.Office;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.Dossiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public lookup and rating, on the real database (and Bucket4j's buckets in it). */
@IntegrationTest
@RecordApplicationEvents
class CitizenLookupTests {

	private static final AtomicInteger ADDRESS = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	DossierFixtures fixtures;

	@Autowired
	Dossiers dossiers;

	@Autowired
	ApplicationEvents events;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	/** A client address of its own, so that no other test's wrong tries count against this one. */
	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static String newAddress() {
		int n = ADDRESS.incrementAndGet();
		return "10." + (ProcessHandle.current().pid() % 250) + "." + (n / 250) + "." + (n % 250);
	}

	private MvcResult lookup(String code, String check, String address) throws Exception {
		return mvc.perform(post("/tra-cuu").with(csrf()).with(from(address)).param("ma", code).param("kiemTra", check))
			.andReturn();
	}

	private DossierView received(Office office) {
		return dossiers.receive(office.clerk(), DossierFixtures.citizen(office.procedure().code()));
	}

	@Test
	void theQrCodeOpensTheFormWithTheCodeFilledIn() throws Exception {
		mvc.perform(get("/tra-cuu").param("ma", "000.01.31.H99-260302-0001"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"000.01.31.H99-260302-0001\"")))
			.andExpect(content().string(containsString("lang=\"vi\"")));
	}

	@Test
	void theRightCheckShowsWhereTheDossierStandsWithoutPersonalData() throws Exception {
		Office office = fixtures.office(5, SupplementPolicy.PAUSE);
		DossierView d = received(office);
		// 0912 345 678 → 5678; CCCD 001195012345 → 2345: either works
		for (String check : new String[] { "5678", "2345" }) {
			MvcResult result = lookup(d.code().toLowerCase(), check, newAddress());
			String page = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(result.getResponse().getStatus()).isEqualTo(200);
			assertThat(page).contains(d.code(), "Đăng ký khai sinh (thử)",
					"Hồ sơ đã được tiếp nhận và đang được chuyển đến bộ phận giải quyết.")
				.doesNotContain("Nguyễn Thị Hương", "0912345678", "001195012345", "Thôn Đông");
		}
	}

	@Test
	void aWrongCheckAnswersExactlyLikeAnUnknownCode() throws Exception {
		Office office = fixtures.office(5, SupplementPolicy.PAUSE);
		DossierView d = received(office);
		MvcResult wrong = lookup(d.code(), "0000", newAddress());
		MvcResult unknown = lookup(d.code() + "9", "0000", newAddress());
		assertThat(wrong.getResponse().getStatus()).isEqualTo(404).isEqualTo(unknown.getResponse().getStatus());
		String wrongPage = wrong.getResponse().getContentAsString(StandardCharsets.UTF_8).replace(d.code(), "CODE");
		String unknownPage = unknown.getResponse().getContentAsString(StandardCharsets.UTF_8)
			.replace(d.code() + "9", "CODE");
		assertThat(wrongPage.replaceAll("name=\"_csrf\" value=\"[^\"]+\"", ""))
			.isEqualTo(unknownPage.replaceAll("name=\"_csrf\" value=\"[^\"]+\"", ""))
			.contains("Không tìm thấy hồ sơ khớp với mã");
	}

	@Test
	void theSixthWrongTryFromOneAddressIsRefused() throws Exception {
		Office office = fixtures.office(5, SupplementPolicy.PAUSE);
		String address = newAddress();
		for (int i = 0; i < 5; i++) {
			// five different codes, so only the address limit is reached
			assertThat(lookup(received(office).code(), "0000", address).getResponse().getStatus()).isEqualTo(404);
		}
		DossierView d = received(office);
		MvcResult sixth = lookup(d.code(), "5678", address);
		assertThat(sixth.getResponse().getStatus()).isEqualTo(429);
		assertThat(sixth.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("nhập sai quá nhiều lần")
			.doesNotContain("Đăng ký khai sinh (thử)");
		// another address is not affected
		assertThat(lookup(d.code(), "5678", newAddress()).getResponse().getStatus()).isEqualTo(200);
	}

	/** Only a wrong try creates a bucket: right lookups neither write nor lock one (the benchmark's lookup path). */
	@Test
	void rightLookupsLeaveNoBucketAndAWrongTryDoes() throws Exception {
		Office office = fixtures.office(5, SupplementPolicy.PAUSE);
		DossierView d = received(office);
		String address = newAddress();
		for (int i = 0; i < 3; i++) {
			assertThat(lookup(d.code(), "5678", address).getResponse().getStatus()).isEqualTo(200);
		}
		String buckets = "select count(*) from citizen_lookup_bucket where id in (?, ?)";
		assertThat(jdbc.queryForObject(buckets, Long.class, "ip:" + address, "code:" + d.code())).isZero();
		assertThat(lookup(d.code(), "0000", address).getResponse().getStatus()).isEqualTo(404);
		assertThat(jdbc.queryForObject(buckets, Long.class, "ip:" + address, "code:" + d.code())).isEqualTo(2);
		// the address still has tries left: the right check works again
		assertThat(lookup(d.code(), "5678", address).getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void theSixthWrongTryOnOneCodeIsRefusedWhateverTheAddress() throws Exception {
		Office office = fixtures.office(5, SupplementPolicy.PAUSE);
		DossierView d = received(office);
		for (int i = 0; i < 5; i++) {
			lookup(d.code(), String.format("%04d", i), newAddress());
		}
		assertThat(lookup(d.code(), "5678", newAddress()).getResponse().getStatus()).isEqualTo(429);
	}

	@Test
	void ratingOnlyAfterReturnOnceAndPublished() throws Exception {
		Office office = fixtures.office(5, SupplementPolicy.PAUSE);
		DossierView d = received(office);
		MvcResult looked = lookup(d.code(), "5678", newAddress());
		Cookie session = looked.getResponse().getCookie("SESSION");
		// before the return: refused
		mvc.perform(post("/tra-cuu/danh-gia").with(csrf()).cookie(session).param("ma", d.code()).param("mucDo", "SATISFIED"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Chỉ đánh giá được sau khi đã nhận kết quả.")));
		d = dossiers.assign(office.clerk(), d.code(), d.version(), office.specialist().username(), null);
		d = dossiers.submitForApproval(office.specialist(), d.code(), d.version(), null);
		d = dossiers.approve(office.leader(), d.code(), d.version(), null);
		d = dossiers.resultReady(office.clerk(), d.code(), d.version(), null);
		d = dossiers.returnResult(office.clerk(), d.code(), d.version(), null);
		mvc.perform(post("/tra-cuu/danh-gia").with(csrf()).cookie(session).param("ma", d.code())
			.param("mucDo", "VERY_SATISFIED")
			.param("gopY", "Cán bộ hướng dẫn tận tình"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Cảm ơn ông/bà đã đánh giá.")));
		String code = d.code();
		assertThat(events.stream(RatingRecorded.class).filter(e -> e.dossierCode().equals(code)))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.level()).isEqualTo(RatingLevel.VERY_SATISFIED);
				assertThat(e.atCounter()).isFalse();
				assertThat(e.unitId()).isEqualTo(office.commune().id());
			});
		// a second rating, online or at the counter, is refused politely
		mvc.perform(post("/tra-cuu/danh-gia").with(csrf()).cookie(session).param("ma", d.code()).param("mucDo", "DISSATISFIED"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("mỗi hồ sơ chỉ đánh giá một lần")));
		mvc.perform(post("/dossiers/" + code + "/danh-gia").with(csrf()).with(user(office.clerk())).param("mucDo", "SATISFIED"));
		assertThat(events.stream(RatingRecorded.class).filter(e -> e.dossierCode().equals(code))).hasSize(1);
	}

	@Test
	void noRatingWithoutLookingTheDossierUpFirst() throws Exception {
		Office office = fixtures.office(5, SupplementPolicy.PAUSE);
		DossierView d = received(office);
		mvc.perform(post("/tra-cuu/danh-gia").with(csrf()).param("ma", d.code()).param("mucDo", "DISSATISFIED"))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("Vui lòng tra cứu lại hồ sơ trước khi đánh giá.")));
	}

	@Test
	void theClerkRecordsARatingAtTheCounter() throws Exception {
		Office office = fixtures.office(5, SupplementPolicy.PAUSE);
		DossierView d = received(office);
		d = dossiers.assign(office.clerk(), d.code(), d.version(), office.specialist().username(), null);
		d = dossiers.submitForApproval(office.specialist(), d.code(), d.version(), null);
		d = dossiers.approve(office.leader(), d.code(), d.version(), null);
		d = dossiers.resultReady(office.clerk(), d.code(), d.version(), null);
		d = dossiers.returnResult(office.clerk(), d.code(), d.version(), null);
		mvc.perform(post("/dossiers/" + d.code() + "/danh-gia").with(csrf()).with(user(office.clerk())).param("mucDo", "SATISFIED"))
			.andExpect(status().is3xxRedirection());
		String code = d.code();
		assertThat(events.stream(RatingRecorded.class).filter(e -> e.dossierCode().equals(code)))
			.singleElement()
			.satisfies(e -> assertThat(e.atCounter()).isTrue());
	}

}
