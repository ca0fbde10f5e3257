package vn.motcua.web;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.motcua.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Headers, cookies and the audit trail that the pages rely on (OWASP ASVS level 2 basics). */
@IntegrationTest
class SecurityHeadersTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void pagesCarryTheProtectiveHeaders() throws Exception {
		MvcResult page = mvc.perform(get("/login")).andReturn();
		String csp = page.getResponse().getHeader("Content-Security-Policy");
		assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
			.doesNotContain("unsafe-inline", "unsafe-eval");
		assertThat(page.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(page.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
		assertThat(page.getResponse().getHeader("Referrer-Policy")).isEqualTo("same-origin");
		// the API answers data only: nothing in it may run in a browser
		MvcResult api = mvc.perform(get("/api/v1/me")).andReturn();
		assertThat(api.getResponse().getHeader("Content-Security-Policy")).isEqualTo("default-src 'none'");
	}

	@Test
	void theSessionCookieIsHttpOnlySameSiteAndSecureBehindTls() throws Exception {
		Cookie plain = mvc.perform(get("/login")).andReturn().getResponse().getCookie("SESSION");
		assertThat(plain).isNotNull();
		assertThat(plain.isHttpOnly()).isTrue();
		assertThat(plain.getAttribute("SameSite")).isEqualTo("Lax");
		Cookie tls = mvc.perform(get("/login").secure(true)).andReturn().getResponse().getCookie("SESSION");
		assertThat(tls.getSecure()).isTrue();
	}

	@Test
	void auditRecordsCannotBeChangedOrDeleted() {
		jdbc.update("""
				insert into audit_record (occurred_at, actor, action, target_type, target_id)
				values (now(), 'test', 'test.recorded', 'Test', 'x')""");
		assertThatThrownBy(() -> jdbc.update("update audit_record set actor = 'someone else' where actor = 'test'"))
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.update("delete from audit_record where actor = 'test'"))
			.isInstanceOf(DataAccessException.class);
		assertThat(jdbc.queryForObject("select count(*) from audit_record where actor = 'test'", Integer.class))
			.isPositive();
	}

}
