package vn.motcua.organisation;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person who signs in. Belongs to exactly one unit; never deleted, only deactivated. */
@Entity
@Table(name = "app_user")
class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, updatable = false)
	private String username;

	@Column(nullable = false)
	private String passwordHash;

	@Column(nullable = false)
	private String fullName;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "unit_id")
	private OrganisationUnit unit;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "role")
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private boolean active = true;

	private int failedAttempts;

	private Instant lockedUntil;

	@Column(nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected UserAccount() {
	}

	UserAccount(String username, String passwordHash, String fullName, OrganisationUnit unit, Set<Role> roles,
			Instant now) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.fullName = fullName;
		this.unit = unit;
		this.roles = EnumSet.copyOf(roles);
		this.createdAt = now;
	}

	void update(String fullName, OrganisationUnit unit, Set<Role> roles) {
		this.fullName = fullName;
		this.unit = unit;
		this.roles.clear();
		this.roles.addAll(roles);
	}

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
		unlock();
	}

	void deactivate() {
		this.active = false;
	}

	void activate() {
		this.active = true;
	}

	/**
	 * Counts a failed login; the {@code max}-th failure in a row locks the account for {@code lockFor}.
	 * @return whether this failure locked the account
	 */
	boolean loginFailed(int max, Duration lockFor, Instant now) {
		failedAttempts++;
		if (failedAttempts >= max) {
			lockedUntil = now.plus(lockFor);
			failedAttempts = 0;
			return true;
		}
		return false;
	}

	void loginSucceeded() {
		failedAttempts = 0;
		lockedUntil = null;
	}

	boolean hasFailedAttempts() {
		return failedAttempts > 0 || lockedUntil != null;
	}

	void unlock() {
		failedAttempts = 0;
		lockedUntil = null;
	}

	boolean isLockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	Long getId() {
		return id;
	}

	String getUsername() {
		return username;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	String getFullName() {
		return fullName;
	}

	OrganisationUnit getUnit() {
		return unit;
	}

	Set<Role> getRoles() {
		return roles;
	}

	boolean isActive() {
		return active;
	}

	Instant getLockedUntil() {
		return lockedUntil;
	}

	UserView view(Instant now) {
		return new UserView(id, username, fullName, unit.getCode(), unit.getName(), Set.copyOf(roles), active,
				isLockedAt(now) ? lockedUntil : null);
	}

}
