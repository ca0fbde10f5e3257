package vn.motcua.organisation;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads users for form login and HTTP Basic alike. */
@Service
class AccountDetailsService implements UserDetailsService {

	private final UserAccountRepository users;

	private final Clock clock;

	AccountDetailsService(UserAccountRepository users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		UserAccount account = users.findByUsername(UserAccounts.normalise(username))
			.orElseThrow(() -> new UsernameNotFoundException(username));
		return new CurrentUser(account, account.isLockedAt(clock.instant()));
	}

}
