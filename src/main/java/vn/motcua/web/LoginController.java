package vn.motcua.web;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, HttpSession session, Model model) {
		if (error != null) {
			Object exception = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
			String key = "login.error.badCredentials";
			if (exception instanceof LockedException) {
				key = "login.error.locked";
			}
			else if (exception instanceof DisabledException) {
				key = "login.error.disabled";
			}
			model.addAttribute("loginError", key);
		}
		return "login";
	}

}
