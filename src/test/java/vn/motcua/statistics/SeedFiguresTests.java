package vn.motcua.statistics;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.motcua.IntegrationTest;
import vn.motcua.calendar.ProcessingTime;
import vn.motcua.calendar.SupplementPolicy;
import vn.motcua.organisation.OrganisationFixtures;
import vn.motcua.organisation.Role;
import vn.motcua.organisation.UnitKind;
import vn.motcua.organisation.UnitView;
import vn.motcua.procedure.OnlineLevel;
import vn.motcua.procedure.ProcedureForm;
import vn.motcua.procedure.ProcedureLevel;
import vn.motcua.procedure.Procedures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The seed figures of DOMAIN.md §6.5 (issue 7), reproduced end to end: the dossiers are generated as a historical CSV,
 * go in through {@code POST /api/v1/dossiers/import}, and the figures are read back from {@code GET /api/v1/statistics}
 * as a STATISTICS user of the unit, for units, fields and procedures of the test's own.
 */
@IntegrationTest
class SeedFiguresTests {

	static final String HEADER = "code,unit_code,procedure_code,channel,received_at,due_at,resolved_at,outcome,"
			+ "withdrawn_at,returned_at\n";

	static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationFixtures organisation;

	@Autowired
	Procedures procedures;

	/** A unit of its own with an administrator above it and a statistics officer in it. */
	record Place(UnitView unit, String admin, String statistics) {
	}

	Place place(UnitKind kind) {
		UnitView province = organisation.unit(UnitKind.PROVINCE, null);
		UnitView unit = organisation.unit(kind, province);
		return new Place(unit, organisation.user(province, Role.ADMIN), organisation.user(unit, Role.STATISTICS));
	}

	/** A procedure in a field of its own; returns the procedure code (the field code is {@code field}). */
	String procedure(String field) {
		procedures.ensureField(field, "Lĩnh vực " + field);
		return procedures.create(new ProcedureForm(OrganisationFixtures.uniqueCode("2."), "Thủ tục thử " + field, field,
				ProcedureLevel.COMMUNE, Set.of(ProcedureLevel.COMMUNE), OnlineLevel.PARTIAL, null,
				SupplementPolicy.PAUSE, BigDecimal.valueOf(3), BigDecimal.valueOf(3), ProcessingTime.Unit.WORKING_DAY,
				LocalDate.of(2015, 1, 1), null, null, null, null, null, null)).code();
	}

	/** Rows written straight into the CSV text, never kept as objects. */
	static final class Csv {

		final StringBuilder text = new StringBuilder(HEADER);

		final String prefix = OrganisationFixtures.uniqueCode("SEED") + "-";

		int rows;

		/**
		 * One dossier received on {@code day} at 08:00, due 3 days later at 17:00; resolved the next day at 10:00
		 * (early) when {@code resolved}, otherwise open.
		 */
		void add(String unit, String procedure, boolean online, LocalDate day, boolean resolved) {
			LocalDateTime received = day.atTime(8, 0);
			text.append(prefix).append(rows++).append(',').append(unit).append(',').append(procedure).append(',')
				.append(online ? "ONLINE" : "DIRECT").append(',').append(received.format(MINUTE)).append(',')
				.append(received.plusDays(3).withHour(17).format(MINUTE)).append(',');
			if (resolved) {
				text.append(received.plusDays(1).withHour(10).format(MINUTE)).append(",APPROVED,,\n");
			}
			else {
				text.append(",,,\n");
			}
		}

	}

	/** The day of the {@code i}-th of {@code n} dossiers spread over {@code from}..{@code to} (inclusive). */
	static LocalDate spread(LocalDate from, LocalDate to, int i, int n) {
		long days = to.toEpochDay() - from.toEpochDay() + 1;
		return from.plusDays(i * days / n);
	}

	void importAll(Place place, Csv csv) throws Exception {
		mvc.perform(post("/api/v1/dossiers/import").with(httpBasic(place.admin(), OrganisationFixtures.PASSWORD))
			.contentType("text/csv")
			.content(csv.text.toString().getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(csv.rows));
	}

	ResultActions report(Place place, String from, String to, String groupBy) throws Exception {
		var request = get("/api/v1/statistics").param("unit", place.unit().code()).param("from", from).param("to", to);
		if (groupBy != null) {
			request.param("groupBy", groupBy);
		}
		return mvc.perform(request.with(httpBasic(place.statistics(), OrganisationFixtures.PASSWORD)))
			.andExpect(status().isOk());
	}

	/** The statistics page of the same report as the reader sees it (figures in the Vietnamese format). */
	String page(Place place, String from, String to, String groupBy) throws Exception {
		var request = get("/statistics").param("unit", place.unit().code()).param("from", from).param("to", to);
		if (groupBy != null) {
			request.param("groupBy", groupBy);
		}
		return mvc.perform(request.with(user(organisation.principal(place.statistics()))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** Seed 000, xã Quang Thuận, 10 months of 2022: 1.273 = 2 người có công + 10 bảo trợ xã hội + 1.215 chứng thực + 46 hộ tịch. */
	@Test
	void quangThuanSplitsByField() throws Exception {
		Place place = place(UnitKind.COMMUNE);
		String[] fields = { OrganisationFixtures.uniqueCode("NCC"), OrganisationFixtures.uniqueCode("BTXH"),
				OrganisationFixtures.uniqueCode("CT"), OrganisationFixtures.uniqueCode("HT") };
		int[] counts = { 2, 10, 1215, 46 };
		Csv csv = new Csv();
		LocalDate from = LocalDate.of(2022, 1, 1);
		LocalDate last = LocalDate.of(2022, 10, 25);
		for (int f = 0; f < fields.length; f++) {
			String procedure = procedure(fields[f]);
			for (int i = 0; i < counts[f]; i++) {
				csv.add(place.unit().code(), procedure, i % 4 == 0, spread(from, last, i, counts[f]), true);
			}
		}
		importAll(place, csv);
		ResultActions result = report(place, "2022-01-01", "2022-10-31", "field")
			.andExpect(jsonPath("$.received.total").value(1273))
			.andExpect(jsonPath("$.resolved.total").value(1273))
			.andExpect(jsonPath("$.groups.length()").value(4));
		for (int f = 0; f < fields.length; f++) {
			result.andExpect(jsonPath("$.groups[?(@.code == '%s')].received.total", fields[f]).value(counts[f]));
		}
		assertThat(page(place, "2022-01-01", "2022-10-31", "field")).contains(">1.273<", ">1.215<", ">46<", ">10<",
				">2<");
	}

	/** Seed 001, xã Phước Đức 2023: 227 received and resolved, 213 online → 93,83% (not the reported 86,23%). */
	@Test
	void phuocDucOnlineShare() throws Exception {
		Place place = place(UnitKind.COMMUNE);
		String procedure = procedure(OrganisationFixtures.uniqueCode("LV"));
		Csv csv = new Csv();
		for (int i = 0; i < 227; i++) {
			csv.add(place.unit().code(), procedure, i < 213,
					spread(LocalDate.of(2023, 1, 3), LocalDate.of(2023, 12, 20), i, 227), true);
		}
		importAll(place, csv);
		report(place, "2023-01-01", "2023-12-31", null).andExpect(jsonPath("$.received.total").value(227))
			.andExpect(jsonPath("$.received.online").value(213))
			.andExpect(jsonPath("$.resolved.total").value(227))
			.andExpect(jsonPath("$.onlineShare").value(93.83));
		assertThat(page(place, "2023-01-01", "2023-12-31", null)).contains(">227<", ">213<", "93,83%");
	}

	/** Seed 002, huyện Cao Lộc 2021: 69.938 received, 69.917 early or on time, 21 open → 99,97% of received. */
	@Test
	void caoLocOnTimeShareOfReceived() throws Exception {
		Place place = place(UnitKind.DISTRICT);
		String procedure = procedure(OrganisationFixtures.uniqueCode("LV"));
		Csv csv = new Csv();
		for (int i = 0; i < 69_917; i++) {
			csv.add(place.unit().code(), procedure, i % 2 == 0,
					spread(LocalDate.of(2021, 1, 4), LocalDate.of(2021, 12, 20), i, 69_917), true);
		}
		for (int i = 0; i < 21; i++) { // received 30/12, due 02/01/2022: in progress within the deadline
			csv.add(place.unit().code(), procedure, false, LocalDate.of(2021, 12, 30), false);
		}
		importAll(place, csv);
		report(place, "2021-01-01", "2021-12-31", null).andExpect(jsonPath("$.received.total").value(69_938))
			.andExpect(jsonPath("$.resolved.total").value(69_917))
			.andExpect(jsonPath("$.resolved.late").value(0))
			.andExpect(jsonPath("$.inProgress.total").value(21))
			.andExpect(jsonPath("$.onTimeShareOfReceived").value(99.97))
			.andExpect(jsonPath("$.onTimeRate").value(100.0));
		assertThat(page(place, "2021-01-01", "2021-12-31", null)).contains(">69.938<", ">69.917<", ">21<", "99,97%");
	}

	/** Seed 003, thị xã Ngã Năm H1/2019: 5.343 received, 4.817 on time, 526 open within the deadline. */
	@Test
	void ngaNamBothDenominators() throws Exception {
		Place place = place(UnitKind.DISTRICT);
		String procedure = procedure(OrganisationFixtures.uniqueCode("LV"));
		Csv csv = new Csv();
		for (int i = 0; i < 4_817; i++) {
			csv.add(place.unit().code(), procedure, i % 5 == 0,
					spread(LocalDate.of(2019, 1, 2), LocalDate.of(2019, 6, 25), i, 4_817), true);
		}
		for (int i = 0; i < 526; i++) { // received 28–29/06, due 01–02/07: within the deadline at 30/06
			csv.add(place.unit().code(), procedure, false, LocalDate.of(2019, 6, 28 + i % 2), false);
		}
		importAll(place, csv);
		report(place, "2019-01-01", "2019-06-30", null).andExpect(jsonPath("$.received.total").value(5_343))
			.andExpect(jsonPath("$.resolved.total").value(4_817))
			.andExpect(jsonPath("$.inProgress.withinDeadline").value(526))
			.andExpect(jsonPath("$.inProgress.overdue").value(0))
			.andExpect(jsonPath("$.onTimeRate").value(100.0))
			.andExpect(jsonPath("$.onTimeShareOfReceived").value(90.16));
		assertThat(page(place, "2019-01-01", "2019-06-30", null)).contains(">5.343<", ">4.817<", ">526<", "90,16%");
	}

}
