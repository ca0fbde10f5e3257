package vn.motcua.organisation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

import vn.motcua.audit.AuditLog;

/**
 * A new installation has no users, so nobody could sign in to create any. On the first start of an empty database,
 * the root unit and its first administrator are created from {@code motcua.bootstrap.*} (environment variables
 * {@code MOTCUA_BOOTSTRAP_ADMIN_PASSWORD} etc.); afterwards these settings are ignored.
 */
@Component
@Profile("!demo")
class InitialAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

	private final UserAccountRepository users;

	private final OrganisationUnitRepository units;

	private final UserAccounts accounts;

	private final AuditLog audit;

	private final Clock clock;

	private final String unitCode;

	private final String unitName;

	private final UnitKind unitKind;

	private final String username;

	private final String password;

	private final JdbcClient jdbc;

	InitialAdministrator(UserAccountRepository users, OrganisationUnitRepository units, UserAccounts accounts,
			AuditLog audit, Clock clock, @Value("${motcua.bootstrap.unit-code:}") String unitCode,
			@Value("${motcua.bootstrap.unit-name:}") String unitName,
			@Value("${motcua.bootstrap.unit-kind:PROVINCE}") UnitKind unitKind,
			@Value("${motcua.bootstrap.admin-username:quantri}") String username,
			@Value("${motcua.bootstrap.admin-password:}") String password, JdbcClient jdbc) {
		this.users = users;
		this.units = units;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
		this.unitCode = unitCode;
		this.unitName = unitName;
		this.unitKind = unitKind;
		this.username = username;
		this.password = password;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		// two instances starting on an empty database: the second waits here and then finds the administrator
		DemoData.waitForBootstrapLock(jdbc);
		if (users.count() > 0) {
			return;
		}
		if (!StringUtils.hasText(password) || !StringUtils.hasText(unitCode) || !StringUtils.hasText(unitName)) {
			log.warn("""
					No user exists yet. Set MOTCUA_BOOTSTRAP_UNIT_CODE, MOTCUA_BOOTSTRAP_UNIT_NAME, \
					MOTCUA_BOOTSTRAP_UNIT_KIND (default PROVINCE), MOTCUA_BOOTSTRAP_ADMIN_USERNAME (default quantri) and \
					MOTCUA_BOOTSTRAP_ADMIN_PASSWORD and restart to create the root unit and its first administrator.""");
			return;
		}
		String problem = PasswordPolicy.check(username, password);
		if (problem != null) {
			throw new IllegalStateException("MOTCUA_BOOTSTRAP_ADMIN_PASSWORD is too weak: at least "
					+ PasswordPolicy.MIN_LENGTH + " characters, letters and digits or symbols, not the username");
		}
		String code = OrganisationUnits.normaliseCode(unitCode);
		OrganisationUnit root = units.findByCode(code).orElseGet(() -> {
			OrganisationUnit unit = new OrganisationUnit(code, unitName.trim(), unitKind, null, clock.instant());
			unit.describe(unitName.trim(), unitKind, null, null, LocalDate.now(clock), clock.instant());
			units.save(unit);
			audit.record("unit.created", "OrganisationUnit", code, "cài đặt ban đầu: " + unitName.trim());
			return unit;
		});
		accounts.createForBootstrap(username, "Quản trị hệ thống", root, EnumSet.of(Role.ADMIN), password);
		log.info("Created the root unit {} and its administrator '{}'", code, username);
	}

}
