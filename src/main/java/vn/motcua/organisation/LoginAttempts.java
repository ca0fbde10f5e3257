package vn.motcua.organisation;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Counts failed logins (pages and API alike) towards the lock-out, and audits interactive logins. */
@Component
class LoginAttempts {

	private final UserAccounts accounts;

	LoginAttempts(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@EventListener
	void on(AuthenticationFailureBadCredentialsEvent event) {
		accounts.loginFailed(event.getAuthentication().getName());
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		accounts.loginSucceeded(event.getAuthentication().getName(), false);
	}

	@EventListener
	void on(InteractiveAuthenticationSuccessEvent event) {
		accounts.loginSucceeded(event.getAuthentication().getName(), true);
	}

}
