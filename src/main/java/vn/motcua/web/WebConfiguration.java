package vn.motcua.web;

import java.time.Clock;
import java.util.Locale;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/** Vietnamese by default, English with {@code ?lang=en} (remembered in a cookie); one clock for everyone. */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

	public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	@Bean
	Clock clock() {
		return Clock.system(MotCuaTime.ZONE);
	}

	/**
	 * Sessions live in PostgreSQL (Spring Session JDBC). Two requests of one session at the same time (two tabs, htmx
	 * requests in parallel) that both set a new attribute, such as the flash message after a reception, each INSERT
	 * it: the second failed on the attributes' primary key and its user got an error page although the dossier had
	 * been received (DossierConcurrencyTests). PostgreSQL's upsert makes the last write win, as in memory.
	 */
	@Bean
	org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributesUpsert() {
		return new org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	/**
	 * The language is remembered in a cookie for the browser's session, not in the server's session: the citizen
	 * lookup keeps no session (SecurityConfiguration), and choosing a language must not create one anywhere.
	 */
	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("MOTCUA-LANG");
		resolver.setDefaultLocale(VIETNAMESE);
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite("Lax");
		return resolver;
	}

	/**
	 * Links in the pages are written as they are. Spring Boot registers Thymeleaf's {@link ResourceUrlEncodingFilter}
	 * because webjars-locator-lite switches the resource chain on; the filter asks the chain about every link of every
	 * page, and a link that is no static file ({@code /tra-cuu}, {@code /}) is searched for again on the class path,
	 * inside the jar, at each render: 60% of the citizen lookup's time in the benchmark (issue 8, JFR). No link needs
	 * rewriting (there is no versioning strategy), and a versionless webjar URL is resolved when the file itself is
	 * requested. Boot's own registration backs off when this one exists.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> linksAsWritten() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

}
