package vn.motcua.organisation;

import java.io.Serial;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import vn.motcua.web.UnitMember;

/**
 * The signed-in user: kept in the session (serialised into PostgreSQL by Spring Session), so it holds only plain
 * values, never entities.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer, UnitMember {

	@Serial
	private static final long serialVersionUID = 1L;

	private final Long userId;

	private final String username;

	private String passwordHash;

	private final String fullName;

	private final Long unitId;

	private final String unitCode;

	private final String unitName;

	private final Set<Role> roles;

	private final boolean enabled;

	private final boolean locked;

	CurrentUser(UserAccount account, boolean locked) {
		this.userId = account.getId();
		this.username = account.getUsername();
		this.passwordHash = account.getPasswordHash();
		this.fullName = account.getFullName();
		this.unitId = account.getUnit().getId();
		this.unitCode = account.getUnit().getCode();
		this.unitName = account.getUnit().getName();
		this.roles = Set.copyOf(account.getRoles());
		this.enabled = account.isActive();
		this.locked = locked;
	}

	public Long userId() {
		return userId;
	}

	public Long unitId() {
		return unitId;
	}

	public Set<Role> roles() {
		return roles;
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	/** Whether any of the user's roles reaches the units below their own. */
	public boolean reachesSubordinateUnits() {
		return roles.stream().anyMatch(Role::reachesSubordinateUnits);
	}

	@Override
	public String username() {
		return username;
	}

	@Override
	public String fullName() {
		return fullName;
	}

	@Override
	public String unitCode() {
		return unitCode;
	}

	@Override
	public String unitName() {
		return unitName;
	}

	@Override
	public Set<String> roleNames() {
		return roles.stream().map(Enum::name).collect(Collectors.toUnmodifiableSet());
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roles.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CurrentUser user && user.username.equals(username);
	}

	@Override
	public int hashCode() {
		return username.hashCode();
	}

	@Override
	public String toString() {
		return username;
	}

}
