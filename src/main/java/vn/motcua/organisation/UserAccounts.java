package vn.motcua.organisation;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditLog;

/** User accounts: created, edited, reset and deactivated by an ADMIN within their units; audited. */
@Service
@Transactional
public class UserAccounts {

	private final UserAccountRepository users;

	private final OrganisationUnits units;

	private final PasswordEncoder passwords;

	private final AuditLog audit;

	private final Clock clock;

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final int maxFailedLogins;

	private final Duration lockoutDuration;

	UserAccounts(UserAccountRepository users, OrganisationUnits units, PasswordEncoder passwords, AuditLog audit,
			Clock clock, FindByIndexNameSessionRepository<? extends Session> sessions,
			@Value("${motcua.security.max-failed-logins:5}") int maxFailedLogins,
			@Value("${motcua.security.lockout-duration:15m}") Duration lockoutDuration) {
		this.users = users;
		this.units = units;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
		this.sessions = sessions;
		this.maxFailedLogins = maxFailedLogins;
		this.lockoutDuration = lockoutDuration;
	}

	@Transactional(readOnly = true)
	public List<UserView> visibleTo(CurrentUser admin) {
		return users.findByUnitIdInOrderByUsername(units.scopeOf(admin))
			.stream()
			.map(user -> user.view(clock.instant()))
			.sorted(Comparator.comparing(UserView::unitCode).thenComparing(UserView::username))
			.toList();
	}

	/** Active users of a unit holding a role, e.g. the specialists a dossier can be assigned to. */
	@Transactional(readOnly = true)
	public List<UserView> activeMembers(Long unitId, Role role) {
		return users.findByUnitIdInOrderByUsername(List.of(unitId))
			.stream()
			.filter(user -> user.isActive() && user.getRoles().contains(role))
			.map(user -> user.view(clock.instant()))
			.toList();
	}

	@Transactional(readOnly = true)
	public boolean isActiveMember(String username, Long unitId, Role role) {
		return users.findByUsername(normalise(username))
			.filter(user -> user.isActive() && user.getUnit().getId().equals(unitId) && user.getRoles().contains(role))
			.isPresent();
	}

	@Transactional(readOnly = true)
	public UserView get(CurrentUser admin, String username) {
		return manageable(admin, username).view(clock.instant());
	}

	public UserView create(CurrentUser admin, UserForm form) {
		requireTechnicalAlone(form.roles());
		String username = normalise(form.username());
		if (users.existsByUsername(username)) {
			throw OrganisationException.onField("username", "user.error.duplicateUsername", username);
		}
		String problem = PasswordPolicy.check(username, form.password());
		if (problem != null) {
			throw OrganisationException.onField("password", problem, PasswordPolicy.MIN_LENGTH);
		}
		OrganisationUnit unit = units.manageable(admin, form.unitCode(), "unitCode");
		requireActive(unit);
		UserAccount account = new UserAccount(username, passwords.encode(form.password()), form.fullName().trim(), unit,
				EnumSet.copyOf(form.roles()), clock.instant());
		users.saveAndFlush(account);
		audit.record("user.created", "UserAccount", username, "%s, đơn vị %s, vai trò %s".formatted(
				account.getFullName(), unit.getCode(), form.roles()));
		return account.view(clock.instant());
	}

	/** A portal's technical account holds that role alone: its password sits in another system's configuration. */
	private static void requireTechnicalAlone(java.util.Collection<Role> roles) {
		if (roles != null && roles.size() > 1 && roles.stream().anyMatch(Role::isTechnical)) {
			throw OrganisationException.onField("roles", "user.error.technicalAlone");
		}
	}

	/**
	 * Creates a user without the password policy or an admin's scope: for the first administrator of a new
	 * installation and for the demo data, whose shared password is chosen by whoever runs the demo.
	 */
	UserView createForBootstrap(String username, String fullName, OrganisationUnit unit, Set<Role> roles,
			String rawPassword) {
		UserAccount account = new UserAccount(normalise(username), passwords.encode(rawPassword), fullName, unit, roles,
				clock.instant());
		users.save(account);
		audit.record("user.created", "UserAccount", account.getUsername(), "tạo khi cài đặt (không qua quản trị viên), đơn vị %s, vai trò %s"
			.formatted(unit.getCode(), roles));
		return account.view(clock.instant());
	}

	public UserView update(CurrentUser admin, String username, UserForm form) {
		UserAccount account = manageable(admin, username);
		OrganisationUnit unit = units.manageable(admin, form.unitCode(), "unitCode");
		requireTechnicalAlone(form.roles());
		if (account.getUsername().equals(admin.username()) && !form.roles().contains(Role.ADMIN)) {
			throw OrganisationException.onField("roles", "user.error.ownAdminRole");
		}
		if (!unit.getId().equals(account.getUnit().getId())) {
			requireActive(unit);
		}
		String before = "%s, %s, %s".formatted(account.getFullName(), account.getUnit().getCode(), account.getRoles());
		account.update(form.fullName().trim(), unit, EnumSet.copyOf(form.roles()));
		users.saveAndFlush(account);
		audit.record("user.updated", "UserAccount", account.getUsername(), "trước: %s; sau: %s, %s, %s".formatted(
				before, account.getFullName(), unit.getCode(), account.getRoles()));
		// roles and unit are read at login: sign the user out so the change applies at once
		endSessions(account.getUsername());
		return account.view(clock.instant());
	}

	public void resetPassword(CurrentUser admin, String username, String newPassword) {
		UserAccount account = manageable(admin, username);
		String problem = PasswordPolicy.check(account.getUsername(), newPassword);
		if (problem != null) {
			throw OrganisationException.onField("password", problem, PasswordPolicy.MIN_LENGTH);
		}
		account.changePassword(passwords.encode(newPassword));
		users.saveAndFlush(account);
		audit.record("user.passwordReset", "UserAccount", account.getUsername(), "đặt lại mật khẩu, mở khoá");
		endSessions(account.getUsername());
	}

	public void deactivate(CurrentUser admin, String username) {
		UserAccount account = manageable(admin, username);
		if (account.getUsername().equals(admin.username())) {
			throw new OrganisationException("user.error.deactivateSelf");
		}
		account.deactivate();
		users.saveAndFlush(account);
		audit.record("user.deactivated", "UserAccount", account.getUsername(), "ngừng kích hoạt tài khoản");
		endSessions(account.getUsername());
	}

	public void activate(CurrentUser admin, String username) {
		UserAccount account = manageable(admin, username);
		requireActive(account.getUnit());
		account.activate();
		users.saveAndFlush(account);
		audit.record("user.activated", "UserAccount", account.getUsername(), "kích hoạt lại tài khoản");
	}

	public void unlock(CurrentUser admin, String username) {
		UserAccount account = manageable(admin, username);
		account.unlock();
		users.saveAndFlush(account);
		audit.record("user.unlocked", "UserAccount", account.getUsername(), "mở khoá đăng nhập");
	}

	// --- login attempts (called by LoginAttempts) ---

	void loginFailed(String username) {
		users.findByUsername(normalise(username)).ifPresent(account -> {
			boolean locked = account.loginFailed(maxFailedLogins, lockoutDuration, clock.instant());
			audit.recordAs(account.getUsername(), account.getUnit().getCode(), "login.failed", "UserAccount",
					account.getUsername(), locked ? "sai mật khẩu; tài khoản bị khoá tạm thời đến "
							+ account.getLockedUntil() : "sai mật khẩu");
		});
	}

	/**
	 * Resets the failure count. API calls authenticate on every request, so only interactive (form) logins are
	 * audited, and an account with nothing to reset is not written to.
	 */
	void loginSucceeded(String username, boolean interactive) {
		users.findByUsername(normalise(username)).ifPresent(account -> {
			if (account.hasFailedAttempts()) {
				account.loginSucceeded();
			}
			if (interactive) {
				audit.recordAs(account.getUsername(), account.getUnit().getCode(), "login.succeeded", "UserAccount",
						account.getUsername(), null);
			}
		});
	}

	private void endSessions(String username) {
		sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
	}

	/** The account, if it is in the admin's units; otherwise access is denied, whether it exists or not. */
	private UserAccount manageable(CurrentUser admin, String username) {
		UserAccount account = users.findByUsername(normalise(username))
			.orElseThrow(() -> new AccessDeniedException("user " + username));
		if (!units.canAccess(admin, account.getUnit().getId())) {
			throw new AccessDeniedException("user " + username);
		}
		return account;
	}

	private static void requireActive(OrganisationUnit unit) {
		if (!unit.isActive()) {
			throw OrganisationException.onField("unitCode", "user.error.unitInactive", unit.getCode());
		}
	}

	static String normalise(String username) {
		return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
	}

}
