package vn.motcua.organisation;

import java.time.Instant;
import java.util.Set;

/** A user account as pages show it (never the password hash). */
public record UserView(Long id, String username, String fullName, String unitCode, String unitName, Set<Role> roles,
		boolean active, Instant lockedUntil) {

	public boolean locked() {
		return lockedUntil != null;
	}

}
