package vn.motcua.web;

import java.util.Set;

/**
 * What every page and audit record needs to know of the signed-in user. Implemented by the organisation module's
 * principal, so that shared code does not depend on that module.
 */
public interface UnitMember {

	String username();

	String fullName();

	String unitCode();

	String unitName();

	/** Role names without the {@code ROLE_} prefix, e.g. {@code RECEPTION_CLERK}. */
	Set<String> roleNames();

	default boolean hasRole(String role) {
		return roleNames().contains(role);
	}

}
