package vn.motcua.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import jakarta.servlet.http.Cookie;

import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.motcua.IntegrationTest;
import vn.motcua.organisation.OrganisationFixtures;
import vn.motcua.organisation.OrganisationFixtures.Tree;
import vn.motcua.organisation.Role;
import vn.motcua.organisation.UserAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SecurityIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserAccounts accounts;

	@Test
	void loginPageIsInVietnamese() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("lang=\"vi\"")))
			.andExpect(content().string(containsString("Tên đăng nhập")))
			.andExpect(content().string(containsString("Mật khẩu")))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")));
	}

	@Test
	void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
		mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void logsInAndOut() throws Exception {
		Tree tree = fixtures.tree();
		String clerk = fixtures.user(tree.communeA(), Role.RECEPTION_CLERK);
		MvcResult login = mvc.perform(formLogin().user(clerk).password(OrganisationFixtures.PASSWORD))
			.andExpect(authenticated().withUsername(clerk))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		Cookie session = sessionOf(login);
		mvc.perform(get("/").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Cán bộ một cửa")))
			.andExpect(content().string(containsString(tree.communeA().name())));
		mvc.perform(post("/logout").with(csrf()).cookie(session)).andExpect(redirectedUrl("/login?logout")).andExpect(unauthenticated());
		assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'login.succeeded' and actor = ?",
				Integer.class, clerk)).isEqualTo(1);
	}

	@Test
	void wrongPasswordIsRefusedWithAVietnameseMessage() throws Exception {
		String user = fixtures.user(fixtures.tree().communeA(), Role.SPECIALIST);
		MvcResult result = mvc.perform(formLogin().user(user).password("sai-mat-khau"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"))
			.andReturn();
		mvc.perform(get("/login").param("error", "").cookie(sessionOf(result)))
			.andExpect(content().string(containsString("Tên đăng nhập hoặc mật khẩu không đúng.")));
	}

	@Test
	void locksTheAccountAfterFiveFailedLogins() throws Exception {
		String user = fixtures.user(fixtures.tree().communeA(), Role.LEADER);
		for (int attempt = 1; attempt <= 4; attempt++) {
			mvc.perform(formLogin().user(user).password("sai-" + attempt)).andExpect(unauthenticated());
		}
		// four failures: the right password still works, and resets the count
		mvc.perform(formLogin().user(user).password(OrganisationFixtures.PASSWORD)).andExpect(authenticated());
		for (int attempt = 1; attempt <= 5; attempt++) {
			mvc.perform(formLogin().user(user).password("sai-" + attempt)).andExpect(unauthenticated());
		}
		MvcResult locked = mvc.perform(formLogin().user(user).password(OrganisationFixtures.PASSWORD))
			.andExpect(unauthenticated())
			.andReturn();
		mvc.perform(get("/login").param("error", "").cookie(sessionOf(locked)))
			.andExpect(content().string(containsString("tạm thời bị khoá")));
		// the API honours the same lock
		mvc.perform(get("/api/v1/me").with(httpBasic(user, OrganisationFixtures.PASSWORD)))
			.andExpect(status().isUnauthorized());
		assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'login.failed' and actor = ?",
				Integer.class, user)).isEqualTo(9);
	}

	/** The API remembers a verified password for minutes (VerifiedPasswords): a reset, deactivation or lock still acts at once. */
	@Test
	void theApiForgetsARememberedPasswordOnResetDeactivationAndLock() throws Exception {
		Tree tree = fixtures.tree();
		var admin = fixtures.principal(fixtures.user(tree.province(), Role.ADMIN));
		String user = fixtures.user(tree.communeA(), Role.SPECIALIST);
		for (int call = 0; call < 3; call++) {
			mvc.perform(get("/api/v1/me").with(httpBasic(user, OrganisationFixtures.PASSWORD))).andExpect(status().isOk());
		}
		accounts.resetPassword(admin, user, "Mat-khau-moi-2026");
		mvc.perform(get("/api/v1/me").with(httpBasic(user, OrganisationFixtures.PASSWORD)))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/me").with(httpBasic(user, "Mat-khau-moi-2026"))).andExpect(status().isOk());
		accounts.deactivate(admin, user);
		mvc.perform(get("/api/v1/me").with(httpBasic(user, "Mat-khau-moi-2026"))).andExpect(status().isUnauthorized());
		accounts.activate(admin, user);
		mvc.perform(get("/api/v1/me").with(httpBasic(user, "Mat-khau-moi-2026"))).andExpect(status().isOk());
		for (int attempt = 1; attempt <= 5; attempt++) {
			mvc.perform(get("/api/v1/me").with(httpBasic(user, "sai-" + attempt))).andExpect(status().isUnauthorized());
		}
		mvc.perform(get("/api/v1/me").with(httpBasic(user, "Mat-khau-moi-2026"))).andExpect(status().isUnauthorized());
	}

	@Test
	void formPostWithoutCsrfTokenIsRejected() throws Exception {
		Tree tree = fixtures.tree();
		String admin = fixtures.user(tree.province(), Role.ADMIN);
		long before = jdbc.queryForObject("select count(*) from organisation_unit", Long.class);
		mvc.perform(post("/admin/units").with(user(fixtures.principal(admin)))
			.param("code", OrganisationFixtures.uniqueCode("F"))
			.param("name", "Đơn vị giả mạo")
			.param("kind", "COMMUNE")
			.param("parentCode", tree.province().code())).andExpect(status().isForbidden());
		mvc.perform(post("/admin/units").with(csrf().useInvalidToken())
			.with(user(fixtures.principal(admin)))
			.param("code", OrganisationFixtures.uniqueCode("F"))
			.param("name", "Đơn vị giả mạo")
			.param("kind", "COMMUNE")
			.param("parentCode", tree.province().code())).andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select count(*) from organisation_unit", Long.class)).isEqualTo(before);
	}

	@Test
	void aCommuneUserGetsTheVietnamese403PageOnAnotherCommune() throws Exception {
		Tree tree = fixtures.tree();
		String clerkOfA = fixtures.user(tree.communeA(), Role.RECEPTION_CLERK);
		var principal = user(fixtures.principal(clerkOfA));
		mvc.perform(get("/units/" + tree.communeA().code()).with(principal)).andExpect(status().isOk());
		mvc.perform(get("/units/" + tree.communeB().code()).with(principal)).andExpect(status().isForbidden());
		// a code that does not exist answers the same way: nothing to learn from probing
		mvc.perform(get("/units/KHONGCO").with(principal)).andExpect(status().isForbidden());
		// and a clerk is not an admin
		mvc.perform(get("/admin/units").with(principal)).andExpect(status().isForbidden());

		// the page a person sees, served by the real server with its error pages
		try (WebClient browser = browser()) {
			login(browser, clerkOfA);
			HtmlPage forbidden = browser.getPage(url("/units/" + tree.communeB().code()));
			assertThat(forbidden.getWebResponse().getStatusCode()).isEqualTo(403);
			assertThat(forbidden.asNormalizedText()).contains("Không có quyền truy cập")
				.doesNotContain(tree.communeB().name())
				.doesNotContain("Exception");
			assertThat(forbidden.getDocumentElement().getAttribute("lang")).isEqualTo("vi");
		}
	}

	@Test
	void leadersReachTheUnitsBelowTheirOwnButNotBeside() throws Exception {
		Tree tree = fixtures.tree();
		var districtLeader = user(fixtures.principal(fixtures.user(tree.district(), Role.LEADER)));
		mvc.perform(get("/units/" + tree.communeB().code()).with(districtLeader)).andExpect(status().isOk());
		mvc.perform(get("/units/" + tree.direct().code()).with(districtLeader)).andExpect(status().isForbidden());
		mvc.perform(get("/units/" + tree.province().code()).with(districtLeader)).andExpect(status().isForbidden());
		// a specialist of the district sees the district only
		var districtSpecialist = user(fixtures.principal(fixtures.user(tree.district(), Role.SPECIALIST)));
		mvc.perform(get("/units/" + tree.communeB().code()).with(districtSpecialist)).andExpect(status().isForbidden());
	}

	@Test
	void apiAcceptsHttpBasicAndAnswersJson() throws Exception {
		Tree tree = fixtures.tree();
		String stats = fixtures.user(tree.district(), Role.STATISTICS);
		mvc.perform(get("/api/v1/me").with(httpBasic(stats, OrganisationFixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(stats))
			.andExpect(jsonPath("$.unitCode").value(tree.district().code()))
			.andExpect(jsonPath("$.roles[0]").value("STATISTICS"));
		mvc.perform(get("/api/v1/units").with(httpBasic(stats, OrganisationFixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(3))
			.andExpect(jsonPath("$[0].code").value(tree.district().code()));
		mvc.perform(get("/api/v1/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.error").value(containsString("đăng nhập")));
		mvc.perform(get("/api/v1/me").with(httpBasic(stats, "wrong")))
			.andExpect(status().isUnauthorized())
			.andExpect(header().doesNotExist("Set-Cookie"));
	}

	@Test
	void englishIsAvailableAndRemembered() throws Exception {
		MvcResult english = mvc.perform(get("/login?lang=en"))
			.andExpect(content().string(containsString("Username")))
			.andReturn();
		mvc.perform(get("/login").cookie(english.getResponse().getCookie("MOTCUA-LANG")))
			.andExpect(content().string(containsString("Username")))
			.andExpect(content().string(containsString("lang=\"en\"")));
	}

	@Test
	void unknownPagesGetTheVietnamese404Page() throws Exception {
		var user = user(fixtures.principal(fixtures.user(fixtures.tree().communeA(), Role.SPECIALIST)));
		mvc.perform(get("/khong-co-trang-nay").with(user)).andExpect(status().isNotFound());
		try (WebClient browser = browser()) {
			login(browser, fixtures.user(fixtures.tree().communeA(), Role.SPECIALIST));
			HtmlPage missing = browser.getPage(url("/khong-co-trang-nay"));
			assertThat(missing.getWebResponse().getStatusCode()).isEqualTo(404);
			assertThat(missing.asNormalizedText()).contains("Không tìm thấy trang").doesNotContain("Whitelabel");
		}
	}

	@LocalServerPort
	int port;

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private WebClient browser() {
		WebClient browser = new WebClient();
		browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
		browser.getOptions().setJavaScriptEnabled(false);
		browser.getOptions().setCssEnabled(false);
		return browser;
	}

	private void login(WebClient browser, String username) throws Exception {
		HtmlPage login = browser.getPage(url("/login"));
		login.getHtmlElementById("username").type(username);
		login.getHtmlElementById("password").type(OrganisationFixtures.PASSWORD);
		org.htmlunit.html.HtmlButton submit = login.getFirstByXPath("//form[@action='/login']//button");
		HtmlPage home = submit.click();
		assertThat(home.getUrl().getPath()).isEqualTo("/");
	}

	private static Cookie sessionOf(MvcResult result) {
		Cookie session = result.getResponse().getCookie("SESSION");
		assertThat(session).as("Spring Session cookie").isNotNull();
		return session;
	}

}
