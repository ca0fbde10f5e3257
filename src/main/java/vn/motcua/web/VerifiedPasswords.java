package vn.motcua.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * BCrypt, remembering for a few minutes the passwords it has just verified. HTTP Basic sends the password with every
 * API call, and a BCrypt check costs ~100 ms of CPU on these servers: a portal syncing or a province reading
 * statistics would spend most of each request proving the same password again.
 *
 * <p>Only successes are remembered, so every wrong guess still pays a full BCrypt check. The key is an HMAC, under a
 * random key that lives and dies with the process, of the stored hash and the password: a new password (new hash)
 * never matches a remembered entry, and the memory holds no password. Lock-out and deactivation are checked on every
 * request before the password (DaoAuthenticationProvider), so they take effect at once.
 */
final class VerifiedPasswords implements PasswordEncoder {

	private final PasswordEncoder delegate;

	private final Cache<String, Boolean> verified;

	private final SecretKeySpec key;

	VerifiedPasswords(PasswordEncoder delegate, Duration remembered, long maximumEntries) {
		this.delegate = delegate;
		this.verified = Caffeine.newBuilder().expireAfterWrite(remembered).maximumSize(maximumEntries).build();
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.key = new SecretKeySpec(secret, "HmacSHA256");
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return delegate.encode(rawPassword);
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		if (rawPassword == null || encodedPassword == null || encodedPassword.isEmpty()) {
			return delegate.matches(rawPassword, encodedPassword);
		}
		String entry = fingerprint(rawPassword, encodedPassword);
		if (verified.getIfPresent(entry) != null) {
			return true;
		}
		boolean matches = delegate.matches(rawPassword, encodedPassword);
		if (matches) {
			verified.put(entry, Boolean.TRUE);
		}
		return matches;
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return delegate.upgradeEncoding(encodedPassword);
	}

	private String fingerprint(CharSequence rawPassword, String encodedPassword) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			return Base64.getEncoder()
				.encodeToString(mac.doFinal(rawPassword.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", ex);
		}
	}

}
