package vn.motcua.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout shows on every page: the signed-in user and their unit, and where we are (for the menu). */
@ControllerAdvice
class LayoutModel {

	@ModelAttribute("currentUser")
	UnitMember currentUser(Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof UnitMember member) {
			return member;
		}
		return null;
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
