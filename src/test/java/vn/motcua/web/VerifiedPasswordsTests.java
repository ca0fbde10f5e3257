package vn.motcua.web;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class VerifiedPasswordsTests {

	/** Real BCrypt (cost 4 to keep the test quick), counting the checks it really performs. */
	static final class CountingBCrypt implements PasswordEncoder {

		final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);

		final AtomicInteger checks = new AtomicInteger();

		@Override
		public String encode(CharSequence rawPassword) {
			return bcrypt.encode(rawPassword);
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			checks.incrementAndGet();
			return bcrypt.matches(rawPassword, encodedPassword);
		}

	}

	final CountingBCrypt bcrypt = new CountingBCrypt();

	final VerifiedPasswords passwords = new VerifiedPasswords(bcrypt, Duration.ofMinutes(5), 100);

	@Test
	void aVerifiedPasswordIsNotCheckedByBCryptAgain() {
		String hash = passwords.encode("Mat-khau-2026");
		assertThat(hash).startsWith("$2a$");
		assertThat(passwords.matches("Mat-khau-2026", hash)).isTrue();
		assertThat(passwords.matches("Mat-khau-2026", hash)).isTrue();
		assertThat(passwords.matches("Mat-khau-2026", hash)).isTrue();
		assertThat(bcrypt.checks).hasValue(1);
	}

	@Test
	void everyWrongGuessPaysAFullCheck() {
		String hash = passwords.encode("Mat-khau-2026");
		assertThat(passwords.matches("Mat-khau-2025", hash)).isFalse();
		assertThat(passwords.matches("Mat-khau-2025", hash)).isFalse();
		assertThat(bcrypt.checks).hasValue(2);
		// a right password after wrong ones is still recognised, and the wrong one stays wrong
		assertThat(passwords.matches("Mat-khau-2026", hash)).isTrue();
		assertThat(passwords.matches("Mat-khau-2025", hash)).isFalse();
		assertThat(bcrypt.checks).hasValue(4);
	}

	@Test
	void aNewPasswordHashForgetsTheOldPassword() {
		String before = passwords.encode("Cu-2026");
		assertThat(passwords.matches("Cu-2026", before)).isTrue();
		String after = passwords.encode("Moi-2026");
		assertThat(passwords.matches("Cu-2026", after)).isFalse();
		assertThat(passwords.matches("Moi-2026", after)).isTrue();
		// the same password saved again gets a new salt, hence a new hash: verified afresh once
		String again = passwords.encode("Moi-2026");
		int checks = bcrypt.checks.get();
		assertThat(passwords.matches("Moi-2026", again)).isTrue();
		assertThat(bcrypt.checks).hasValue(checks + 1);
	}

	@Test
	void forgetsAfterItsTime() throws InterruptedException {
		VerifiedPasswords brief = new VerifiedPasswords(bcrypt, Duration.ofMillis(50), 100);
		String hash = brief.encode("Mat-khau-2026");
		assertThat(brief.matches("Mat-khau-2026", hash)).isTrue();
		Thread.sleep(120);
		assertThat(brief.matches("Mat-khau-2026", hash)).isTrue();
		assertThat(bcrypt.checks).hasValue(2);
	}

	@Test
	void emptyOrMissingValuesGoToBCrypt() {
		assertThat(passwords.matches("x", "")).isFalse();
		assertThat(passwords.matches("", passwords.encode("Mat-khau-2026"))).isFalse();
	}

}
