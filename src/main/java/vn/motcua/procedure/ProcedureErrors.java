package vn.motcua.procedure;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/** A catalogue rule no form caught (e.g. an unknown procedure in the address) still answers with a Vietnamese page. */
@ControllerAdvice(assignableTypes = { ProcedureAdminController.class, PublicProcedureController.class,
		ReductionController.class })
class ProcedureErrors {

	@ExceptionHandler(ProcedureException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView brokenRule(ProcedureException ex) {
		ModelAndView page = new ModelAndView("error/404");
		page.addObject("messageKey", ex.messageKey());
		page.addObject("messageArguments", ex.arguments());
		return page;
	}

}
