package vn.motcua.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import vn.motcua.IntegrationTest;
import vn.motcua.calendar.ProcessingTime;
import vn.motcua.calendar.SupplementPolicy;
import vn.motcua.dossier.DossierBulkLoad.Generated;
import vn.motcua.dossier.DossierBulkLoad.SupplementRound;
import vn.motcua.dossier.DossierEvents.DossiersImported;
import vn.motcua.dossier.DossierFixtures.Office;
import vn.motcua.organisation.CurrentUser;
import vn.motcua.organisation.Role;
import vn.motcua.statistics.StatisticsReport;
import vn.motcua.statistics.StatisticsReport.Counts;
import vn.motcua.statistics.StatisticsReport.GroupBy;
import vn.motcua.web.MotCuaTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bulk path for generated dossiers (the benchmark's generator): COPY into the dossier tables, one history row
 * each, supplement rounds, one event that brings the statistics up to date through their own path, and code
 * sequences raised so that the desk never hands out a generated code again.
 */
@IntegrationTest
@RecordApplicationEvents
class DossierBulkLoadTests {

	@Autowired
	DossierBulkLoad bulk;

	@Autowired
	DossierFixtures fixtures;

	@Autowired
	Dossiers dossiers;

	@Autowired
	StatisticsReport reports;

	@Autowired
	ApplicationEvents events;

	@Autowired
	Clock clock;

	static Instant at(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(MotCuaTime.ZONE).toInstant();
	}

	static Generated dossier(Office office, String code, Instant received, Instant due, Instant resolved,
			Instant returned, Instant withdrawn, SupplementRound supplement) {
		return new Generated(code, office.commune().id(), office.commune().code(), office.procedure().code(),
				office.procedure().name(), office.procedure().field().code(), Channel.DIRECT, false,
				"Nguyễn Văn \"An\"\tTab\\", "068195012345", null, "0912345678", "Thôn 1, xã Thử", received, due, resolved,
				false, returned, withdrawn, supplement, office.procedure().currentProcessingTime(), SupplementPolicy.PAUSE);
	}

	@Test
	void generatedDossiersKeepTheirStoryAndReachTheStatisticsThroughTheEvent() {
		Office office = fixtures.office(5, SupplementPolicy.PAUSE);
		String agency = office.commune().code();
		Instant received = at(2025, 3, 3, 8, 0);
		Instant due = at(2025, 3, 10, 17, 0);
		List<Generated> generated = List.of(
				dossier(office, agency + "-250303-0001", received, due, at(2025, 3, 5, 9, 0), at(2025, 3, 6, 9, 0),
						null, null),
				dossier(office, agency + "-250303-0002", received, due, at(2025, 3, 12, 9, 0), null, null, null),
				dossier(office, agency + "-250303-0003", received, due, null, null, at(2025, 3, 4, 10, 0), null),
				dossier(office, agency + "-250303-0004", received, due, null, null, null,
						new SupplementRound(at(2025, 3, 5, 10, 0), null, due, null, "Bản sao giấy khai sinh")),
				dossier(office, agency + "-250303-0005", at(2025, 3, 31, 8, 0), at(2025, 4, 7, 17, 0), null, null, null,
						null));
		DossierBulkLoad.Loaded loaded = bulk.load("bench.quantri", "thử", generated.iterator());

		assertThat(loaded.dossiers()).isEqualTo(5);
		assertThat(loaded.supplements()).isEqualTo(1);
		assertThat(events.stream(DossiersImported.class).filter(e -> e.importId() == loaded.importId()))
			.singleElement()
			.extracting(DossiersImported::created)
			.isEqualTo(5);
		CurrentUser leader = office.leader();
		assertThat(dossiers.get(leader, agency + "-250303-0001").status()).isEqualTo(DossierStatus.RETURNED);
		assertThat(dossiers.get(leader, agency + "-250303-0002").status()).isEqualTo(DossierStatus.RESULT_READY);
		assertThat(dossiers.get(leader, agency + "-250303-0003").status()).isEqualTo(DossierStatus.WITHDRAWN);
		DossierView waiting = dossiers.get(leader, agency + "-250303-0004");
		assertThat(waiting.status()).isEqualTo(DossierStatus.AWAITING_SUPPLEMENT);
		assertThat(waiting.supplements()).singleElement().satisfies(s -> assertThat(s.items()).contains("khai sinh"));
		DossierView first = dossiers.get(leader, agency + "-250303-0001");
		assertThat(first.applicantName()).isEqualTo("Nguyễn Văn \"An\"\tTab\\");
		assertThat(first.history()).singleElement().satisfies(t -> assertThat(t.action()).isEqualTo("import"));
		// like imported history, out of the portal's change feed
		assertThat(jdbc.queryForObject("select count(*) from dossier_change c join dossier d on d.id = c.dossier_id"
				+ " where d.import_id = ?", Long.class, loaded.importId())).isZero();
		assertThat(dossiers.publicStatus(agency + "-250303-0001", "5678")).isPresent();

		// March 2025 through the statistics module's own report: resolved early and late, one withdrawn, one paused
		// (in progress, within its deadline), one still running past its appointment at the end of the month
		CurrentUser statistician = fixtures.user(office.commune(), Role.STATISTICS);
		Counts march = reports.report(statistician, office.commune().code(), LocalDate.of(2025, 3, 1),
				LocalDate.of(2025, 3, 31), GroupBy.NONE).counts();
		assertThat(march.direct()).isEqualTo(4);
		assertThat(march.early()).isEqualTo(1);
		assertThat(march.late()).isEqualTo(1);
		assertThat(march.withdrawn()).isEqualTo(1);
		assertThat(march.withinDeadline()).isEqualTo(2);
		assertThat(march.overdue()).isZero();
	}

	@Test
	void theDeskContinuesAfterTheHighestGeneratedNumberOfTheDay() {
		Office office = fixtures.office(5, SupplementPolicy.PAUSE);
		LocalDate today = LocalDate.now(clock.withZone(MotCuaTime.ZONE));
		String day = today.format(DateTimeFormatter.ofPattern("yyMMdd"));
		String agency = office.commune().agencyId() != null ? office.commune().agencyId() : office.commune().code();
		Instant received = today.atTime(7, 45).atZone(MotCuaTime.ZONE).toInstant();
		bulk.load("bench.quantri", "thử", List.of(
				dossier(office, agency + "-" + day + "-0007", received, received.plusSeconds(86_400 * 7), null, null,
						null, null))
			.iterator());
		DossierView live = dossiers.receive(office.clerk(), DossierFixtures.citizen(office.procedure().code()));
		assertThat(live.code()).isEqualTo(agency + "-" + day + "-0008");
	}

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	/** Into an empty table the indexes are dropped for the load and built again: exactly as the migrations made them. */
	@Test
	void theIndexesDroppedForALoadComeBackAsTheyWere() {
		Office office = fixtures.office(5, SupplementPolicy.PAUSE);
		String indexes = """
				select string_agg(tablename || ': ' || indexdef, E'\n' order by tablename, indexname) from pg_indexes
				where tablename in ('dossier', 'dossier_transition')""";
		String constraints = """
				select string_agg(conname || ' ' || pg_get_constraintdef(oid), E'\n' order by conname) from pg_constraint
				where conrelid in (cast('dossier' as regclass), cast('dossier_transition' as regclass))""";
		String indexesBefore = jdbc.queryForObject(indexes, String.class);
		String constraintsBefore = jdbc.queryForObject(constraints, String.class);
		Instant received = at(2025, 5, 5, 8, 0);
		DossierBulkLoad.Loaded loaded = bulk.load("bench.quantri", "thử", List.of(dossier(office,
				office.commune().code() + "-250505-0001", received, at(2025, 5, 12, 17, 0), null, null, null, null))
			.iterator(), true);
		assertThat(jdbc.queryForObject(indexes, String.class)).isEqualTo(indexesBefore).contains("gin_trgm_ops");
		assertThat(jdbc.queryForObject(constraints, String.class)).isEqualTo(constraintsBefore)
			.contains("dossier_code_uk UNIQUE (code)");
		assertThat(loaded.dossiers()).isEqualTo(1);
		assertThat(dossiers.get(office.leader(), office.commune().code() + "-250505-0001").history()).hasSize(1);
	}

	@Test
	void timestampsAreWrittenAsCopyReadsThem() {
		assertThat(DossierBulkLoad.Timestamps.format(Instant.parse("2025-03-03T01:00:00Z")))
			.isEqualTo("2025-03-03 01:00:00+00");
		assertThat(DossierBulkLoad.Timestamps.format(Instant.parse("1999-12-31T23:59:59.123456Z")))
			.isEqualTo("1999-12-31 23:59:59.123456+00");
		assertThat(new ProcessingTime(java.math.BigDecimal.ONE, ProcessingTime.Unit.WORKING_DAY, null).value())
			.isEqualTo(java.math.BigDecimal.ONE);
	}

}
