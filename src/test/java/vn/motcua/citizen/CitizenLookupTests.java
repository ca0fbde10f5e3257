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
		String address = newAddress();
		// before the return: refused (and no rating form is offered)
		assertThat(lookup(d.code(), "5678", address).getResponse().getContentAsString()).doesNotContain("danh-gia");
		mvc.perform(post("/tra-cuu/danh-gia").with(csrf()).with(from(address)).param("ma", d.code())
			.param("kiemTra", "5678")
			.param("mucDo", "SATISFIED"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Chỉ đánh giá được sau khi đã nhận kết quả.")));
		d = dossiers.assign(office.clerk(), d.code(), d.version(), office.specialist().username(), null);
		d = dossiers.submitForApproval(office.specialist(), d.code(), d.version(), null);
		d = dossiers.approve(office.leader(), d.code(), d.version(), null);
		d = dossiers.resultReady(office.clerk(), d.code(), d.version(), null);
		d = dossiers.returnResult(office.clerk(), d.code(), d.version(), null);
		// the returned dossier's page offers the form, carrying the check the citizen gave
		assertThat(lookup(d.code(), "5678", address).getResponse().getContentAsString())
			.contains("action=\"/tra-cuu/danh-gia\"", "name=\"kiemTra\" value=\"5678\"");
		mvc.perform(post("/tra-cuu/danh-gia").with(csrf()).with(from(address)).param("ma", d.code())
			.param("kiemTra", "5678")
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
		mvc.perform(post("/tra-cuu/danh-gia").with(csrf()).with(from(address)).param("ma", d.code())
			.param("kiemTra", "2345")
			.param("mucDo", "DISSATISFIED"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("mỗi hồ sơ chỉ đánh giá một lần")));
		mvc.perform(post("/dossiers/" + code + "/danh-gia").with(csrf()).with(user(office.clerk())).param("mucDo", "SATISFIED"));
		assertThat(events.stream(RatingRecorded.class).filter(e -> e.dossierCode().equals(code))).hasSize(1);
	}

	@Test
	void noRatingWithoutLookingTheDossierUpFirst() throws Exception {
		Office office = fixtures.office(5, SupplementPolicy.PAUSE);
		DossierView d = returned(office);
		mvc.perform(post("/tra-cuu/danh-gia").with(csrf()).with(from(newAddress())).param("ma", d.code())
			.param("mucDo", "DISSATISFIED"))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("Vui lòng tra cứu lại hồ sơ trước khi đánh giá.")));
		assertThat(jdbc.queryForObject("select count(*) from citizen_rating where dossier_code = ?", Long.class,
				d.code())).isZero();
	}

	/**
	 * The server keeps nothing between the lookup and the rating, so the rating verifies code and check again, as a
	 * lookup: a wrong check is refused, changes nothing and counts as a wrong try; after five, even the right one is
	 * refused from that address.
	 */
	@Test
	void aRatingWithAWrongCheckIsRefusedChangesNothingAndCountsAsAWrongTry() throws Exception {
		Office office = fixtures.office(5, SupplementPolicy.PAUSE);
		DossierView d = returned(office);
		String address = newAddress();
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/tra-cuu/danh-gia").with(csrf()).with(from(address)).param("ma", d.code())
				.param("kiemTra", String.format("%04d", i))
				.param("mucDo", "DISSATISFIED"))
				.andExpect(status().isForbidden())
				.andExpect(content().string(containsString("Vui lòng tra cứu lại hồ sơ trước khi đánh giá.")));
		}
		mvc.perform(post("/tra-cuu/danh-gia").with(csrf()).with(from(address)).param("ma", d.code())
			.param("kiemTra", "5678")
			.param("mucDo", "DISSATISFIED"))
			.andExpect(status().is(429))
			.andExpect(content().string(containsString("nhập sai quá nhiều lần")));
		String code = d.code();
		assertThat(jdbc.queryForObject("select count(*) from citizen_rating where dossier_code = ?", Long.class, code))
			.isZero();
		assertThat(events.stream(RatingRecorded.class).filter(e -> e.dossierCode().equals(code))).isEmpty();
	}

	/**
	 * The citizen's pages keep no server-side session: no cookie for one, and no row in the sessions' table. As a
	 * browser does it: the form's CSRF token (from the page) and its cookie go back with each post.
	 */
	@Test
	void lookingUpAndRatingCreateNoSession() throws Exception {
		Office office = fixtures.office(5, SupplementPolicy.PAUSE);
		DossierView d = returned(office);
		String address = newAddress();
		long since = System.currentTimeMillis();
		realCsrfTokens();
		MvcResult form = mvc.perform(get("/tra-cuu").param("ma", d.code()).param("lang", "en")).andReturn();
		Cookie csrfCookie = form.getResponse().getCookie("MOTCUA-CSRF");
		Cookie language = form.getResponse().getCookie("MOTCUA-LANG");
		assertThat(csrfCookie).isNotNull();
		assertThat(csrfCookie.isHttpOnly()).isTrue();
		assertThat(language).isNotNull();
		MvcResult looked = mvc.perform(post("/tra-cuu").with(from(address)).cookie(csrfCookie, language)
			.param("_csrf", token(form))
			.param("ma", d.code())
			.param("kiemTra", "5678")).andReturn();
		assertThat(looked.getResponse().getStatus()).isEqualTo(200);
		// the language chosen on the form holds for the answer
		assertThat(looked.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("lang=\"en\"");
		MvcResult rated = mvc.perform(post("/tra-cuu/danh-gia").with(from(address)).cookie(csrfCookie, language)
			.param("_csrf", token(looked))
			.param("ma", d.code())
			.param("kiemTra", "5678")
			.param("mucDo", "SATISFIED")).andReturn();
		assertThat(rated.getResponse().getStatus()).isEqualTo(200);
		for (MvcResult result : new MvcResult[] { form, looked, rated }) {
			assertThat(result.getResponse().getCookie("SESSION")).isNull();
		}
		assertThat(jdbc.queryForObject("select count(*) from spring_session where creation_time >= ?", Long.class, since))
			.isZero();
	}

	/**
	 * Many lookups at once of a unit whose name is not cached yet: each must get by with one pooled connection at a
	 * time (a JPA read of the unit's name inside the lookup's JDBC read took a second one, and 32 lookups at once
	 * waited on each other until the pool's timeout, in the benchmark).
	 */
	@Test
	void manyLookupsAtOnceDoNotExhaustThePool() throws Exception {
		Office office = fixtures.office(5, SupplementPolicy.PAUSE);
		DossierView d = received(office);
		int n = 24;
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(n);
		try {
			java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(n);
			java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
			for (int i = 0; i < n; i++) {
				answers.add(pool.submit(() -> {
					start.await();
					return lookup(d.code(), "5678", newAddress()).getResponse().getStatus();
				}));
			}
			for (java.util.concurrent.Future<Integer> answer : answers) {
				assertThat(answer.get(20, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(200);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** Cross-site posts stay refused: the form's token must come with the cookie it belongs to. */
	@Test
	void aLookupWithoutTheFormsTokenAndCookieIsRefused() throws Exception {
		Office office = fixtures.office(5, SupplementPolicy.PAUSE);
		DossierView d = received(office);
		realCsrfTokens();
		MvcResult form = mvc.perform(get("/tra-cuu")).andReturn();
		Cookie csrfCookie = form.getResponse().getCookie("MOTCUA-CSRF");
		MvcResult other = mvc.perform(get("/tra-cuu")).andReturn();
		// no token; a token without its cookie; a token with another browser's cookie
		mvc.perform(post("/tra-cuu").with(from(newAddress())).cookie(csrfCookie).param("ma", d.code())
			.param("kiemTra", "5678")).andExpect(status().isForbidden());
		mvc.perform(post("/tra-cuu").with(from(newAddress())).param("_csrf", token(form)).param("ma", d.code())
			.param("kiemTra", "5678")).andExpect(status().isForbidden());
		mvc.perform(post("/tra-cuu").with(from(newAddress())).cookie(other.getResponse().getCookie("MOTCUA-CSRF"))
			.param("_csrf", token(form))
			.param("ma", d.code())
			.param("kiemTra", "5678")).andExpect(status().isForbidden());
		mvc.perform(post("/tra-cuu/danh-gia").with(from(newAddress())).param("ma", d.code())
			.param("kiemTra", "5678")
			.param("mucDo", "SATISFIED")).andExpect(status().isForbidden());
		// the form's own pair is accepted
		mvc.perform(post("/tra-cuu").with(from(newAddress())).cookie(csrfCookie).param("_csrf", token(form))
			.param("ma", d.code())
			.param("kiemTra", "5678")).andExpect(status().isOk());
	}

	@Autowired
	org.springframework.security.web.csrf.CsrfTokenRepository citizenCsrfTokens;

	@Autowired
	jakarta.servlet.ServletContext servletContext;

	/**
	 * spring-security-test's {@code csrf()}, used by other tests on these pages, swaps the CSRF filter's repository
	 * for a session-based one for good (the filter is shared by the cached context): the real one is put back here.
	 */
	private void realCsrfTokens() {
		org.springframework.security.test.web.support.WebTestUtils.setCsrfTokenRepository(
				new org.springframework.mock.web.MockHttpServletRequest(servletContext, "POST", "/tra-cuu"),
				citizenCsrfTokens);
	}

	private static String token(MvcResult page) throws Exception {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
			.matcher(page.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(m.find()).as("a CSRF token in the page").isTrue();
		return m.group(1);
	}

	private DossierView returned(Office office) {
		DossierView d = received(office);
		d = dossiers.assign(office.clerk(), d.code(), d.version(), office.specialist().username(), null);
		d = dossiers.submitForApproval(office.specialist(), d.code(), d.version(), null);
		d = dossiers.approve(office.leader(), d.code(), d.version(), null);
		d = dossiers.resultReady(office.clerk(), d.code(), d.version(), null);
		return dossiers.returnResult(office.clerk(), d.code(), d.version(), null);
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
