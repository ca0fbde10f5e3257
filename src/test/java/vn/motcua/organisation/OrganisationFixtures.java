package vn.motcua.organisation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Test data of one's own: units with unique codes and users with a known password, so that tests sharing the one
 * database never see each other's rows.
 */
@Component
public class OrganisationFixtures {

	public static final String PASSWORD = "Mat-khau-2026";

	private static final AtomicLong SEQUENCE = new AtomicLong();

	private final OrganisationUnitRepository units;

	private final UserAccountRepository users;

	private final PasswordEncoder passwords;

	private final Clock clock;

	OrganisationFixtures(OrganisationUnitRepository units, UserAccountRepository users, PasswordEncoder passwords,
			Clock clock) {
		this.units = units;
		this.users = users;
		this.passwords = passwords;
		this.clock = clock;
	}

	/** A code no other test uses: prefix, the JVM's start and a counter. */
	public static String uniqueCode(String prefix) {
		return (prefix + Long.toString(ProcessHandle.current().pid(), 36) + Long.toString(System.nanoTime() % 1_000_000_000L, 36)
				+ SEQUENCE.incrementAndGet()).toUpperCase();
	}

	@Transactional
	public UnitView unit(UnitKind kind, UnitView parent) {
		String code = uniqueCode(kind.name().substring(0, 1));
		OrganisationUnit unit = new OrganisationUnit(code, "Đơn vị thử " + code, kind,
				parent == null ? null : units.findById(parent.id()).orElseThrow(), clock.instant());
		unit.describe(unit.getName(), kind, null, null, LocalDate.of(2020, 1, 1), clock.instant());
		return units.saveAndFlush(unit).view();
	}

	@Transactional
	public String user(UnitView unit, Role... roles) {
		String username = uniqueCode("u").toLowerCase();
		UserAccount account = new UserAccount(username, passwords.encode(PASSWORD), "Người dùng " + username,
				units.findById(unit.id()).orElseThrow(), EnumSet.copyOf(List.of(roles)), clock.instant());
		users.saveAndFlush(account);
		return username;
	}

	/** The principal a signed-in user would have, for calling services directly. */
	@Transactional(readOnly = true)
	public CurrentUser principal(String username) {
		UserAccount account = users.findByUsername(username).orElseThrow();
		return new CurrentUser(account, false);
	}

	/** A small tree of its own: province → district → two communes, plus a commune directly under the province. */
	public Tree tree() {
		UnitView province = unit(UnitKind.PROVINCE, null);
		UnitView district = unit(UnitKind.DISTRICT, province);
		UnitView communeA = unit(UnitKind.COMMUNE, district);
		UnitView communeB = unit(UnitKind.COMMUNE, district);
		UnitView direct = unit(UnitKind.COMMUNE, province);
		return new Tree(province, district, communeA, communeB, direct);
	}

	public record Tree(UnitView province, UnitView district, UnitView communeA, UnitView communeB, UnitView direct) {
	}

}
