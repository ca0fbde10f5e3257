package vn.motcua.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

import vn.motcua.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Pages link the static files as written (no link rewriting at each render, see
 * {@link WebConfiguration#linksAsWritten()}), and those links, versionless webjars included, are served.
 */
@IntegrationTest
class StaticLinksTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void thePagesLinksToStaticFilesAreServed() throws Exception {
		mvc.perform(get("/tra-cuu"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/css/citizen.css\"")));
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/webjars/bootstrap/css/bootstrap.min.css\"")))
			.andExpect(content().string(containsString("src=\"/webjars/htmx.org/dist/htmx.min.js\"")));
		for (String file : new String[] { "/webjars/bootstrap/css/bootstrap.min.css", "/webjars/htmx.org/dist/htmx.min.js",
				"/webjars/bootstrap/js/bootstrap.bundle.min.js", "/css/citizen.css", "/css/motcua.css" }) {
			mvc.perform(get(file)).andExpect(status().isOk());
		}
	}

	@Test
	void theLinkRewritingFilterIsNotRegistered() {
		assertThat(context.getBeansOfType(FilterRegistrationBean.class).values())
			.filteredOn(r -> r.getFilter() instanceof ResourceUrlEncodingFilter)
			.singleElement()
			.satisfies(r -> assertThat(r.isEnabled()).isFalse());
	}

}
