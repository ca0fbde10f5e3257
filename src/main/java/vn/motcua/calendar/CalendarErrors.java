package vn.motcua.calendar;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/** A calendar rule no form caught still answers with a page in the reader's language, never a 500. */
@ControllerAdvice(assignableTypes = { CalendarAdminController.class, OfficeHoursController.class })
class CalendarErrors {

	@ExceptionHandler(CalendarException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	ModelAndView brokenRule(CalendarException ex) {
		ModelAndView page = new ModelAndView("error/400");
		page.addObject("messageKey", ex.messageKey());
		page.addObject("messageArguments", ex.arguments());
		return page;
	}

}
