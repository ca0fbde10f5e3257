package vn.motcua.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.motcua.IntegrationTest;
import vn.motcua.calendar.CalendarDays;
import vn.motcua.citizen.RatingBulkLoad;
import vn.motcua.dossier.DossierBulkLoad;
import vn.motcua.dossier.DossierImport;
import vn.motcua.organisation.CurrentUser;
import vn.motcua.organisation.OrganisationFixtures;
import vn.motcua.organisation.OrganisationUnits;
import vn.motcua.organisation.Role;
import vn.motcua.organisation.UnitImport;
import vn.motcua.organisation.UnitKind;
import vn.motcua.organisation.UnitView;
import vn.motcua.organisation.UserAccounts;
import vn.motcua.procedure.ProcedureImport;
import vn.motcua.procedure.Procedures;
import vn.motcua.statistics.StatisticsReport;
import vn.motcua.statistics.StatisticsReport.Counts;
import vn.motcua.statistics.StatisticsReport.GroupBy;
import vn.motcua.web.ImportReport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generator through the modules' own paths: a province (units and procedures through their imports, users), and
 * dossiers written as the historical import's CSV, which that import then accepts whole; the statistics count them.
 */
@IntegrationTest
class BenchGeneratorTests {

	@Autowired
	UserDetailsService accounts;

	@Autowired
	UnitImport unitImport;

	@Autowired
	ProcedureImport procedureImport;

	@Autowired
	OrganisationUnits units;

	@Autowired
	UserAccounts users;

	@Autowired
	Procedures procedures;

	@Autowired
	CalendarDays calendar;

	@Autowired
	DossierBulkLoad bulk;

	@Autowired
	RatingBulkLoad ratingBulk;

	@Autowired
	DossierImport dossierImport;

	@Autowired
	StatisticsReport reports;

	@Autowired
	ConfigurableApplicationContext context;

	@Autowired
	Clock clock;

	@Autowired
	OrganisationFixtures organisation;

	@TempDir
	Path directory;

	@Test
	void aProvinceThroughTheImportsAndItsDossiersAsAnImportFileTheImportAccepts() throws Exception {
		UnitView root = organisation.unit(UnitKind.PROVINCE, null);
		String admin = organisation.user(root, Role.ADMIN);
		Path csv = directory.resolve("dossiers.csv");
		BenchGenerator generator = new BenchGenerator(accounts, unitImport, procedureImport, units, users, procedures,
				calendar, bulk, ratingBulk, context, clock, 600, 8, "2026-06-30", 1, 12, 60, 3, 1, admin, "Bench-2026-motcua", 0,
				csv.toString(), false, false);
		generator.generate();

		List<UnitView> children = units.childrenOf(root.code());
		assertThat(children).extracting(UnitView::kind).contains(UnitKind.DISTRICT, UnitKind.COMMUNE);
		assertThat(units.subtreeIds(root.id())).hasSize(12);
		assertThat(procedures.find("1.001040.H" + ProvinceShapeMarker.of(root.code()))).isPresent();
		CurrentUser statistician = (CurrentUser) accounts.loadUserByUsername(BenchGenerator.STATISTICIAN);
		assertThat(statistician.unitCode()).isEqualTo(root.code());
		assertThat(((CurrentUser) accounts.loadUserByUsername(BenchGenerator.CLERK_PREFIX + "03")).roles())
			.containsExactly(Role.RECEPTION_CLERK);

		List<String> lines = Files.readAllLines(csv);
		assertThat(lines.get(0)).isEqualTo(BenchGenerator.CsvOut.HEADER);
		assertThat(lines).hasSize(601);
		ImportReport report;
		try (InputStream in = Files.newInputStream(csv)) {
			report = dossierImport.importCsv((CurrentUser) accounts.loadUserByUsername(admin), in);
		}
		assertThat(report.problems()).isEmpty();
		assertThat(report.createdCount()).isEqualTo(600);

		Counts year = reports.report(statistician, root.code(), LocalDate.of(2025, 7, 1), LocalDate.of(2026, 6, 30),
				GroupBy.NONE).counts();
		assertThat(year.receivedTotal() + year.withdrawn()).isEqualTo(600);
		assertThat(year.resolvedTotal()).isGreaterThan(500);
		assertThat(year.late()).isPositive().isLessThan(40);
	}

	/** The procedure codes' province marker, as {@link ProvinceShape} derives it from the root code. */
	static final class ProvinceShapeMarker {

		static String of(String rootCode) {
			String digits = rootCode.replaceAll("\\D", "");
			return digits.isEmpty() ? "80" : digits.substring(Math.max(0, digits.length() - 2));
		}

	}

}
