package vn.motcua.organisation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditLog;

/**
 * A small fictional province for trying MotCua out ({@code demo} profile only, which {@code ./mvnw spring-boot:run}
 * uses and production never does): one district with three communes, and one commune attached directly to the
 * province as after the 2025 reform; one user per role per unit, all with the password {@code motcua.demo.password}.
 * Idempotent: existing units and users are left as they are. Instances starting together on one database take
 * turns through {@link #BOOTSTRAP_LOCK}: without it both saw no unit and one failed to start on the unique code.
 */
@Component
@Profile("demo")
@Order(0)
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	/**
	 * PostgreSQL advisory lock ("MotCuaOr" in ASCII) held for the transaction of a start-up job that creates units
	 * and users (this one, {@link InitialAdministrator}), so that only one instance does it.
	 */
	static final long BOOTSTRAP_LOCK = 0x4d6f744375614f72L;

	static void waitForBootstrapLock(JdbcClient jdbc) {
		jdbc.sql("select 1 from pg_advisory_xact_lock(?)").param(BOOTSTRAP_LOCK).query(Integer.class).single();
	}

	record DemoUnit(String code, String name, UnitKind kind, String parentCode, String adminCode, String agencyId,
			String userPrefix) {
	}

	static final List<DemoUnit> UNITS = List.of(
			new DemoUnit("T99", "Tỉnh An Khang", UnitKind.PROVINCE, null, "99", "000.00.00.H99", "tinh"),
			new DemoUnit("H991", "Huyện Bình An", UnitKind.DISTRICT, "T99", "991", "000.00.31.H99", "huyen"),
			new DemoUnit("X99101", "Xã Bình Minh", UnitKind.COMMUNE, "H991", "99101", "000.01.31.H99", "binhminh"),
			new DemoUnit("X99102", "Xã Bình Phước", UnitKind.COMMUNE, "H991", "99102", "000.02.31.H99", "binhphuoc"),
			new DemoUnit("X99103", "Thị trấn Bình An", UnitKind.COMMUNE, "H991", "99103", "000.03.31.H99", "binhan"),
			new DemoUnit("X99201", "Xã Tân Lập", UnitKind.COMMUNE, "T99", "99201", "000.01.32.H99", "tanlap"));

	/** Username suffix per role: {@code <unit>.<suffix>}, e.g. {@code binhminh.motcua}. */
	static String suffix(Role role) {
		return switch (role) {
			case ADMIN -> "quantri";
			case RECEPTION_CLERK -> "motcua";
			case SPECIALIST -> "chuyenvien";
			case LEADER -> "lanhdao";
			case STATISTICS -> "thongke";
			case PORTAL -> "congdvc";
		};
	}

	private static String roleTitle(Role role) {
		return switch (role) {
			case ADMIN -> "Quản trị";
			case RECEPTION_CLERK -> "Cán bộ một cửa";
			case SPECIALIST -> "Chuyên viên";
			case LEADER -> "Lãnh đạo";
			case STATISTICS -> "Cán bộ thống kê";
			case PORTAL -> "Cổng dịch vụ công";
		};
	}

	private final OrganisationUnitRepository units;

	private final UserAccountRepository users;

	private final UserAccounts accounts;

	private final AuditLog audit;

	private final Clock clock;

	private final String password;

	private final JdbcClient jdbc;

	DemoData(OrganisationUnitRepository units, UserAccountRepository users, UserAccounts accounts,
			AuditLog audit, Clock clock,
			@Value("${motcua.demo.password:demo}") String password, JdbcClient jdbc) {
		this.units = units;
		this.users = users;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
		this.password = password;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		waitForBootstrapLock(jdbc);
		int created = 0;
		for (DemoUnit demo : UNITS) {
			OrganisationUnit unit = units.findByCode(demo.code()).orElse(null);
			if (unit == null) {
				OrganisationUnit parent = demo.parentCode() == null ? null
						: units.findByCode(demo.parentCode()).orElseThrow();
				unit = new OrganisationUnit(demo.code(), demo.name(), demo.kind(), parent, clock.instant());
				unit.describe(demo.name(), demo.kind(), demo.adminCode(), demo.agencyId(), LocalDate.of(2025, 7, 1),
						clock.instant());
				units.save(unit);
				audit.record("unit.created", "OrganisationUnit", demo.code(), "dữ liệu mẫu (demo): " + demo.name());
			}
			for (Role role : Role.values()) {
				String username = username(demo, role);
				if (!users.existsByUsername(username)) {
					accounts.createForBootstrap(username, roleTitle(role) + " " + demo.name(), unit, EnumSet.of(role),
							password);
					created++;
				}
			}
		}
		log.info("Demo data: {} users created; every demo user (e.g. binhminh.motcua, tinh.quantri) has the password "
				+ "'{}' (motcua.demo.password)", created, password);
	}

	static String username(DemoUnit unit, Role role) {
		return (unit.userPrefix() + "." + suffix(role)).toLowerCase(Locale.ROOT);
	}

}
