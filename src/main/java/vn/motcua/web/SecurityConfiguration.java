package vn.motcua.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.servlet.DispatcherType;
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
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two filter chains over the same users: pages with form login, sessions (in PostgreSQL) and CSRF; {@code /api/**}
 * stateless with HTTP Basic for scripts and portal sync, answering in JSON.
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

	@Bean
	@Order(2)
	SecurityFilterChain pageSecurity(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
			.requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
					"/actuator/health", "/thu-tuc", "/thu-tuc/**", "/tra-cuu", "/tra-cuu/**")
			.permitAll()
			.requestMatchers("/admin/**").hasRole("ADMIN")
			// a portal's technical account (role PORTAL) uses the API only, never the staff pages
			.anyRequest().access(AuthorizationManagers.allOf(AuthenticatedAuthorizationManager.authenticated(),
					AuthorizationManagers.not(AuthorityAuthorizationManager.hasRole("PORTAL")))))
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.frameOptions(frame -> frame.deny()));
		return http.build();
	}

	private static void json(HttpServletResponse response, int status, String message) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("{\"status\":" + status + ",\"error\":\"" + message.replace("\"", "\\\"") + "\"}");
	}

}
