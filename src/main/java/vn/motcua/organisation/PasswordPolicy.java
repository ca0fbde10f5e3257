package vn.motcua.organisation;

import java.util.Locale;

/**
 * Passwords set by an administrator: at least 10 characters, not only letters or only digits, and not the username
 * (OWASP ASVS 2.1 favours length over composition rules; the mixed-class rule stops "1234567890"-style choices).
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 10;

	static final int MAX_LENGTH = 128;

	private PasswordPolicy() {
	}

	/** @return the message key of the first rule broken, or {@code null} if the password is acceptable */
	static String check(String username, String password) {
		if (password == null || password.length() < MIN_LENGTH) {
			return "user.password.tooShort";
		}
		if (password.length() > MAX_LENGTH) {
			return "user.password.tooLong";
		}
		boolean letters = password.chars().anyMatch(Character::isLetter);
		boolean others = password.chars().anyMatch(c -> !Character.isLetter(c));
		if (!letters || !others) {
			return "user.password.tooSimple";
		}
		if (username != null && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
			return "user.password.containsUsername";
		}
		return null;
	}

}
