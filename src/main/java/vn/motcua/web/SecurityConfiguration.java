package vn.motcua.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Three filter chains over the same users: pages with form login, sessions (in PostgreSQL) and CSRF; {@code /api/**}
 * stateless with HTTP Basic for scripts and portal sync, answering in JSON; the citizen lookup {@code /tra-cuu/**}
 * without any server-side session.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/** No inline scripts or styles anywhere: htmx is told not to inject its indicator style (see layout). */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/** Where springdoc serves the OpenAPI description ({@code springdoc.api-docs.path} in application.properties). */
	static final String[] OPENAPI_PATHS = { "/api/v1/openapi", "/api/v1/openapi.yaml" };

	/** BCrypt; a password just verified is remembered for 5 minutes so HTTP Basic does not pay BCrypt per call. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return new VerifiedPasswords(new BCryptPasswordEncoder(), Duration.ofMinutes(5), 10_000);
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
		AuthenticationEntryPoint unauthorized = (request, response, ex) -> {
			response.setHeader("WWW-Authenticate", "Basic realm=\"MotCua\", charset=\"UTF-8\"");
			json(response, HttpServletResponse.SC_UNAUTHORIZED, "Cần đăng nhập (HTTP Basic) để dùng API.");
		};
		http.securityMatcher("/api/**")
			// the OpenAPI description of the portal API is a published contract, readable without an account
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, OPENAPI_PATHS)
				.permitAll()
				.anyRequest()
				.authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// credentials travel with every request and no cookie is issued, so there is nothing to forge
			.csrf(csrf -> csrf.disable())
			.exceptionHandling(errors -> errors.authenticationEntryPoint(unauthorized)
				.accessDeniedHandler((request, response, ex) -> json(response, HttpServletResponse.SC_FORBIDDEN,
						"Bạn không có quyền thực hiện thao tác này.")))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")));
		return http.build();
	}

	/**
	 * The citizen lookup, the busiest public page (QR codes on every receipt): nobody signs in there, so it keeps no
	 * session. Reading and writing a session row in PostgreSQL for each lookup cost more than the lookup itself
	 * (issue 8). Its forms are still protected against cross-site posts, with the token in a cookie (double submit:
	 * the form's masked token must match the cookie, which another site can neither read nor set), path-scoped to
	 * these pages and SameSite=Lax.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain citizenSecurity(HttpSecurity http, CsrfTokenRepository citizenCsrfTokens) throws Exception {
		http.securityMatcher(CITIZEN_PATH, CITIZEN_PATH + "/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.csrfTokenRepository(citizenCsrfTokens))
			// the form's token is read while the page renders; load it before, so its cookie is set before any output
			.addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class);
		return pageHeaders(http).build();
	}

	/** The citizen pages' CSRF tokens, in an HttpOnly cookie of their own (a bean, so that tests can restore it). */
	@Bean
	CsrfTokenRepository citizenCsrfTokens() {
		CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
		tokens.setCookieName("MOTCUA-CSRF");
		tokens.setCookiePath(CITIZEN_PATH);
		tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
		return tokens;
	}

	/** Where the citizen's lookup pages live (CitizenController). */
	static final String CITIZEN_PATH = "/tra-cuu";

	@Bean
	@Order(3)
	SecurityFilterChain pageSecurity(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
			.requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
					"/actuator/health", "/thu-tuc", "/thu-tuc/**")
			.permitAll()
			.requestMatchers("/admin/**").hasRole("ADMIN")
			// a portal's technical account (role PORTAL) uses the API only, never the staff pages
			.anyRequest().access(AuthorizationManagers.allOf(AuthenticatedAuthorizationManager.authenticated(),
					AuthorizationManagers.not(AuthorityAuthorizationManager.hasRole("PORTAL")))))
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
		return pageHeaders(http).build();
	}

	private static HttpSecurity pageHeaders(HttpSecurity http) throws Exception {
		return http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.frameOptions(frame -> frame.deny()));
	}

	/** Loads the deferred CSRF token of a page, so that a new token's cookie goes out with the response headers. */
	private static final class CsrfCookieFilter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
				token.getToken();
			}
			chain.doFilter(request, response);
		}

	}

	private static void json(HttpServletResponse response, int status, String message) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("{\"status\":" + status + ",\"error\":\"" + message.replace("\"", "\\\"") + "\"}");
	}

}
