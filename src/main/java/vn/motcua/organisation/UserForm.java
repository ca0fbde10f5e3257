package vn.motcua.organisation;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Create or edit a user. The password is only read when creating; later it is reset separately. */
public record UserForm(
		@NotBlank(message = "{user.username.required}") @Size(min = 3, max = 60, message = "{user.username.size}")
		@Pattern(regexp = "[A-Za-z0-9._-]*", message = "{user.username.pattern}") String username,
		@NotBlank(message = "{user.fullName.required}") @Size(max = 150, message = "{user.fullName.size}") String fullName,
		@NotBlank(message = "{user.unit.required}") String unitCode,
		@NotEmpty(message = "{user.roles.required}") Set<Role> roles,
		String password) {

	static UserForm empty(String unitCode) {
		return new UserForm("", "", unitCode, Set.of(), "");
	}

	static UserForm of(UserView user) {
		return new UserForm(user.username(), user.fullName(), user.unitCode(), user.roles(), "");
	}

}
