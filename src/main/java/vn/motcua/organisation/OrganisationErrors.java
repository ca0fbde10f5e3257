package vn.motcua.organisation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/** A broken rule that no form caught still answers with a Vietnamese page, never a 500. */
@ControllerAdvice(basePackageClasses = OrganisationErrors.class)
class OrganisationErrors {

	@ExceptionHandler(OrganisationException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	ModelAndView brokenRule(OrganisationException ex) {
		ModelAndView page = new ModelAndView("error/400");
		page.addObject("messageKey", ex.messageKey());
		page.addObject("messageArguments", ex.arguments());
		return page;
	}

}
