package vn.motcua.dossier;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/** A file over the upload limit is stopped before any controller runs: answer with the Vietnamese 400 page. */
@ControllerAdvice
class UploadErrors {

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge() {
		ModelAndView page = new ModelAndView("error/400");
		page.setStatus(org.springframework.http.HttpStatus.CONTENT_TOO_LARGE);
		page.addObject("messageKey", "dossier.attachment.tooLarge");
		page.addObject("messageArguments", new Object[0]);
		return page;
	}

}
