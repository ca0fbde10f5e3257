package vn.motcua.statistics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.motcua.IntegrationTest;
import vn.motcua.calendar.SupplementPolicy;
import vn.motcua.citizen.RatingBulkLoad;
import vn.motcua.citizen.RatingLevel;
import vn.motcua.citizen.RatingRecorded;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierBulkLoad;
import vn.motcua.dossier.DossierBulkLoad.Generated;
import vn.motcua.dossier.DossierBulkLoad.SupplementRound;
import vn.motcua.dossier.DossierFixtures;
import vn.motcua.dossier.DossierFixtures.Office;
import vn.motcua.organisation.OrganisationFixtures;
import vn.motcua.organisation.UnitView;
import vn.motcua.statistics.ReportClassification.Period;
import vn.motcua.statistics.StatisticsReport.GroupBy;
import vn.motcua.statistics.StatisticsReport.Report;
import vn.motcua.web.MotCuaTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read model's fast path for a large import ({@link StatisticsBulkFill}): rows inserted without the flow trigger
 * and their flows appended by one grouped statement must be exactly what the triggers would have appended. Proven two
 * ways over random generated dossiers (every outcome, day boundaries, appointments before reception, supplements
 * awaited, ratings recorded before the dossiers' event and after it): the reports from the flows equal the raw rows
 * for random periods, and deleting the rows through the triggers (which append minus their own deltas) leaves every
 * flow key of those units at zero.
 */
@IntegrationTest
class StatisticsBulkFillTests {

	@Autowired
	DossierBulkLoad bulk;

	@Autowired
	RatingBulkLoad ratings;

	@Autowired
	StatisticsBulkFill fill;

	@Autowired
	DossierFixtures fixtures;

	@Autowired
	StatisticsReport reports;

	@Autowired
	JdbcTemplate jdbc;

	final Random random = new Random(8_2026);

	final LocalDate first = LocalDate.of(2025, 1, 1);

	final int days = 400;

	@Test
	void theBulkPathAppendsExactlyTheFlowsOfTheTriggers() {
		Office a = fixtures.office(5, SupplementPolicy.PAUSE);
		Office b = fixtures.office(3, SupplementPolicy.PAUSE);
		String prefix = OrganisationFixtures.uniqueCode("BULK");
		List<Generated> generated = new ArrayList<>();
		for (int i = 0; i < 800; i++) {
			generated.add(dossier(i % 3 == 0 ? b : a, prefix + "-" + i));
		}
		List<RatingRecorded> ratedBefore = new ArrayList<>();
		List<RatingRecorded> ratedAfter = new ArrayList<>();
		for (Generated d : generated) {
			if (d.returnedAt() != null && !d.rejected() && random.nextInt(3) > 0) {
				RatingRecorded r = new RatingRecorded(d.code(), d.unitId(),
						RatingLevel.values()[random.nextInt(RatingLevel.values().length)], random.nextBoolean(),
						d.returnedAt().plus(Duration.ofMinutes(random.nextInt(3 * 24 * 60))));
				(random.nextBoolean() ? ratedBefore : ratedAfter).add(r);
			}
		}

		long filledBefore = fill.filled();
		int threshold = fill.threshold(1);
		try {
			// two imports: the second finds rows and flows there already (in a fresh database the first finds none)
			List<Generated> firstHalf = generated.subList(0, 400);
			bulk.load("bench.quantri", "thử", firstHalf.iterator(), () -> ratings.load(
					ratedBefore.stream().filter(r -> firstHalf.stream().anyMatch(d -> d.code().equals(r.dossierCode())))
						.toList(), "thử"));
			List<Generated> secondHalf = generated.subList(400, generated.size());
			bulk.load("bench.quantri", "thử", secondHalf.iterator(), () -> ratings.load(
					ratedBefore.stream().filter(r -> secondHalf.stream().anyMatch(d -> d.code().equals(r.dossierCode())))
						.toList(), "thử"));
		}
		finally {
			fill.threshold(threshold);
		}
		assertThat(fill.filled() - filledBefore).as("rows added by the fast path").isEqualTo(generated.size());
		ratings.load(ratedAfter, "thử");
		assertThat(jdbc.queryForObject("select count(*) from statistics_dossier where code like ? and rated_at "
				+ "is not null", Long.class, prefix + "-%")).isEqualTo(ratedBefore.size() + ratedAfter.size());

		UnitView[] units = { a.commune(), b.commune() };
		int compared = 0;
		for (int i = 0; i < 40; i++) {
			LocalDate from = first.plusDays(random.nextInt(days) - 20);
			LocalDate to = from.plusDays(random.nextInt(random.nextBoolean() ? 40 : 400));
			Instant now = random.nextBoolean() ? Instant.parse("2030-01-01T00:00:00Z")
					: to.atTime(random.nextInt(24), random.nextInt(60)).atZone(MotCuaTime.ZONE).toInstant();
			Period period = Period.of(from, to, now, MotCuaTime.ZONE);
			for (UnitView unit : units) {
				for (GroupBy groupBy : List.of(GroupBy.NONE, GroupBy.FIELD)) {
					Report flows = reports.report(unit, period, groupBy);
					assertThat(flows).as("%s %s by %s", unit.code(), period, groupBy)
						.isEqualTo(reports.rawReport(unit, period, groupBy));
					compared++;
				}
			}
		}
		assertThat(compared).isEqualTo(40 * 2 * 2);

		Long[] ids = { a.commune().id(), b.commune().id() };
		assertThat(flowSums(ids)).as("flows appended").isNotEmpty();
		// the triggers take the rows out again with minus their own deltas: nothing may be left over
		jdbc.update("delete from statistics_dossier where code like ?", prefix + "-%");
		assertThat(flowSums(ids)).as("flow keys left non-zero after the triggers removed the rows").isEmpty();
	}

	/** Each flow key of the units whose sums are not all zero, with its sums. */
	private List<Map<String, Object>> flowSums(Long[] ids) {
		return jdbc.queryForList("""
				select span, start, unit_id, field_code, sum(received_online) ro, sum(received_direct) rd,
				    sum(received_postal) rp, sum(early) e, sum(on_time) o, sum(late) l, sum(withdrawn) w, sum(closed) c,
				    sum(due) du, sum(due_closed) dc, sum(rated) ra, sum(rated_satisfied) rs
				from statistics_flow where unit_id = any(?)
				group by span, start, unit_id, field_code
				having sum(received_online) <> 0 or sum(received_direct) <> 0 or sum(received_postal) <> 0
				    or sum(early) <> 0 or sum(on_time) <> 0 or sum(late) <> 0 or sum(withdrawn) <> 0 or sum(closed) <> 0
				    or sum(due) <> 0 or sum(due_closed) <> 0 or sum(rated) <> 0 or sum(rated_satisfied) <> 0""",
				(Object) ids);
	}

	/** A random story: open, awaiting a supplement, resolved early, on the day or late, rejected, withdrawn. */
	private Generated dossier(Office office, String code) {
		Instant received = randomInstant();
		Instant due = random.nextInt(40) == 0 ? received.minus(Duration.ofHours(2))
				: received.plus(Duration.ofHours(random.nextInt(24 * 15)));
		Instant resolved = null;
		Instant returned = null;
		Instant withdrawn = null;
		boolean rejected = false;
		SupplementRound supplement = null;
		switch (random.nextInt(10)) {
			case 0 -> withdrawn = received.plus(Duration.ofMinutes(30 + random.nextInt(60 * 24 * 20)));
			case 1 -> supplement = new SupplementRound(received.plus(Duration.ofHours(5)), null, due, null, "Bản sao");
			case 2 -> {
			}
			default -> {
				resolved = switch (random.nextInt(4)) {
					case 0 -> due.plus(Duration.ofMinutes(1 + random.nextInt(60 * 24 * 5)));
					case 1 -> due.minus(Duration.ofMinutes(random.nextInt(60 * 8)));
					default -> received.plus(Duration.ofMinutes(30 + random.nextInt(60 * 24 * 10)));
				};
				rejected = random.nextInt(15) == 0;
				if (random.nextInt(5) > 0) {
					returned = resolved.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 3)));
				}
			}
		}
		Channel channel = Channel.values()[random.nextInt(3)];
		return new Generated(code, office.commune().id(), office.commune().code(), office.procedure().code(),
				office.procedure().name(), office.procedure().field().code(), channel, false, "Nguyễn Văn An",
				"068195012345", null, "0912345678", "Thôn 1, xã Thử", received, due, resolved, rejected, returned,
				withdrawn, supplement, office.procedure().currentProcessingTime(), SupplementPolicy.PAUSE);
	}

	/** Mostly working hours, sometimes at midnight or the last microsecond of a day (the day boundaries). */
	private Instant randomInstant() {
		ZonedDateTime day = first.plusDays(random.nextInt(days)).atStartOfDay(MotCuaTime.ZONE);
		return switch (random.nextInt(8)) {
			case 0 -> day.toInstant();
			case 1 -> day.plusDays(1).minusNanos(1000).toInstant();
			default -> day.plusMinutes(7 * 60 + random.nextInt(11 * 60)).toInstant();
		};
	}

}
