package vn.motcua.integration;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.motcua.IntegrationTest;
import vn.motcua.TestClock;
import vn.motcua.calendar.SupplementPolicy;
import vn.motcua.dossier.DossierEvents.DossierReceived;
import vn.motcua.dossier.DossierEvents.DossierRefusedAtDesk;
import vn.motcua.dossier.DossierFixtures;
import vn.motcua.dossier.DossierFixtures.Office;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.Dossiers;
import vn.motcua.organisation.CurrentUser;
import vn.motcua.organisation.OrganisationFixtures;
import vn.motcua.organisation.OrganisationFixtures.Tree;
import vn.motcua.organisation.Role;
import vn.motcua.organisation.UnitView;
import vn.motcua.procedure.ProcedureView;
import vn.motcua.web.MotCuaTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The portal API over HTTP on the real database (issue 10, "API tests"): a submission accepted by the clerk and then
 * processed, the same submission posted twice (and at once), bad JSON, unknown procedure and a foreign unit refused
 * with a clear message and nothing stored, and the change feed giving every transition once, in order.
 */
@IntegrationTest
@RecordApplicationEvents
class PortalApiTests {

	/** "%PDF-1.4 … %%EOF": enough for the file-type check, which reads the content, not the name. */
	static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	DossierFixtures fixtures;

	@Autowired
	OrganisationFixtures organisation;

	@Autowired
	Dossiers dossiers;

	@Autowired
	vn.motcua.organisation.OrganisationUnits units;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	ApplicationEvents events;

	@AfterEach
	void realTime() {
		clock.reset();
	}

	private static ZonedDateTime at(int year, int month, int day, int hour, int minute) {
		return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, MotCuaTime.ZONE);
	}

	/** A complete submission for a citizen, with one scanned document and one kept on the portal. */
	static Map<String, Object> submission(String portalNumber, String unitCode, String procedureCode) {
		Map<String, Object> applicant = new LinkedHashMap<>();
		applicant.put("kind", "PERSON");
		applicant.put("name", "Trần Văn Bình");
		applicant.put("idNumber", "001195012345");
		applicant.put("phone", "0912 345 678");
		applicant.put("email", "binh@example.vn");
		applicant.put("address", "Thôn Đông");
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("portalNumber", portalNumber);
		body.put("unitCode", unitCode);
		body.put("procedureCode", procedureCode);
		body.put("submittedAt", "2026-02-28T20:15:00+07:00");
		body.put("applicant", applicant);
		body.put("subject", "Đăng ký khai sinh cho con");
		body.put("documents", List.of(
				Map.of("name", "Tờ khai đăng ký khai sinh",
						"file", Map.of("fileName", "to-khai.pdf", "contentBase64", Base64.getEncoder().encodeToString(PDF))),
				Map.of("name", "Giấy chứng sinh")));
		return body;
	}

	private MockHttpServletResponse postJson(CurrentUser portal, String body) throws Exception {
		return mvc.perform(post("/api/v1/dossiers").with(httpBasic(portal.username(), OrganisationFixtures.PASSWORD))
			.contentType("application/json")
			.content(body.getBytes(StandardCharsets.UTF_8))).andReturn().getResponse();
	}

	private MockHttpServletResponse submit(CurrentUser portal, Map<String, Object> body) throws Exception {
		return postJson(portal, json.writeValueAsString(body));
	}

	private JsonNode body(MockHttpServletResponse response) throws Exception {
		return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
	}

	private long count(String portalNumber) {
		return jdbc.queryForObject("select count(*) from dossier where portal_number = ?", Long.class, portalNumber);
	}

	private long idOf(String portalNumber) {
		return jdbc.queryForObject("select id from dossier where portal_number = ?", Long.class, portalNumber);
	}

	private static String number() {
		return OrganisationFixtures.uniqueCode("G22.99-");
	}

	@Test
	void aSubmissionIsAcceptedByTheClerkWithTheAppointmentCountedFromAcceptanceAndThenProcessed() throws Exception {
		Office office = fixtures.office(5, SupplementPolicy.PAUSE);
		CurrentUser portal = fixtures.user(office.commune(), Role.PORTAL);
		String number = number();
		// submitted on the portal on Saturday evening, handed over at once; received on Monday morning
		clock.set(at(2026, 2, 28, 20, 16));
		MockHttpServletResponse created = submit(portal, submission(number, office.commune().code(),
				office.procedure().code()));
		assertThat(created.getStatus()).isEqualTo(201);
		JsonNode receipt = body(created);
		assertThat(receipt.get("portalNumber").asString()).isEqualTo(number);
		assertThat(receipt.get("status").asString()).isEqualTo("SUBMITTED_ONLINE");
		assertThat(receipt.get("statusText").asString()).isEqualTo("Nộp trực tuyến – chờ kiểm tra");
		assertThat(receipt.get("submittedAt").asString()).isEqualTo("2026-02-28T20:15:00+07:00");
		assertThat(receipt.get("files")).singleElement()
			.satisfies(f -> assertThat(f.get("sha256").asString()).hasSize(64));
		long id = idOf(number);
		// waiting: no code, no clock, not counted; in the clerk's list
		assertThat(jdbc.queryForMap("select code, received_at, due_at, channel, status from dossier where id = ?", id))
			.containsEntry("code", null).containsEntry("received_at", null).containsEntry("channel", "ONLINE")
			.containsEntry("status", "SUBMITTED_ONLINE");
		assertThat(events.stream(DossierReceived.class).filter(e -> e.receivingUnitId().equals(office.commune().id())))
			.isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from dossier_statistics_facts where unit_id = ?", Long.class,
				office.commune().id())).isZero();
		String list = mvc.perform(get("/dossiers/online").with(user(office.clerk())))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(list).contains(number).contains("Trần Văn Bình");
		String page = mvc.perform(get("/dossiers/online/{id}", id).with(user(office.clerk())))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Nộp trực tuyến – chờ kiểm tra").contains("to-khai.pdf").contains("accept-form");

		// Monday 02/03/2026 08:05: 5 working days from the acceptance → Monday 09/03/2026 at closing time
		clock.set(at(2026, 3, 2, 8, 5));
		long version = jdbc.queryForObject("select version from dossier where id = ?", Long.class, id);
		MockHttpServletResponse accepted = mvc.perform(post("/dossiers/online/{id}/accept", id).with(csrf())
			.with(user(office.clerk()))
			.param("version", String.valueOf(version))
			.param("received", "1", "2")).andReturn().getResponse();
		assertThat(accepted.getStatus()).isEqualTo(302);
		String code = jdbc.queryForObject("select code from dossier where id = ?", String.class, id);
		assertThat(accepted.getRedirectedUrl()).isEqualTo("/dossiers/" + code + "?moi");
		assertThat(code).matches(".+-260302-\\d{4}");
		DossierView d = dossiers.get(office.clerk(), code);
		assertThat(d.status()).isEqualTo(DossierStatus.RECEIVED);
		assertThat(d.channel().name()).isEqualTo("ONLINE");
		assertThat(d.receivedAt()).isEqualTo(at(2026, 3, 2, 8, 5).toInstant());
		assertThat(d.dueAt()).isEqualTo(at(2026, 3, 9, 17, 0).toInstant());
		assertThat(d.documents()).extracting(doc -> doc.name() + "=" + doc.received())
			.containsExactly("Tờ khai đăng ký khai sinh=true", "Giấy chứng sinh=true");
		assertThat(d.history()).extracting(t -> t.action()).containsExactly("submitOnline", "receive");
		// counted as received from the acceptance, once, as an online dossier
		assertThat(events.stream(DossierReceived.class).filter(e -> e.code().equals(code))).singleElement()
			.satisfies(e -> {
				assertThat(e.receivedAt()).isEqualTo(at(2026, 3, 2, 8, 5).toInstant());
				assertThat(e.channel().name()).isEqualTo("ONLINE");
			});
		assertThat(jdbc.queryForMap("select channel, received_at from dossier_statistics_facts where code = ?", code))
			.containsEntry("channel", "ONLINE");
		// the receipt (Mẫu 01) names the clerk who received it, not the portal account
		MockHttpServletResponse pdf = mvc.perform(get("/dossiers/{c}/forms/receipt.pdf", code).with(user(office.clerk())))
			.andReturn().getResponse();
		assertThat(pdf.getStatus()).isEqualTo(200);
		assertThat(pdf.getContentType()).isEqualTo("application/pdf");
		// the check page of a received submission leads to the dossier
		assertThat(mvc.perform(get("/dossiers/online/{id}", id).with(user(office.clerk()))).andReturn().getResponse()
			.getRedirectedUrl()).isEqualTo("/dossiers/" + code);

		// then processed as any dossier
		clock.advance(Duration.ofHours(1));
		d = dossiers.assign(office.clerk(), code, d.version(), office.specialist().username(), null);
		d = dossiers.submitForApproval(office.specialist(), code, d.version(), null);
		d = dossiers.approve(office.leader(), code, d.version(), null);
		d = dossiers.resultReady(office.clerk(), code, d.version(), null);
		d = dossiers.returnResult(office.clerk(), code, d.version(), null);
		assertThat(d.status()).isEqualTo(DossierStatus.RETURNED);
		assertThat(jdbc.queryForList("select action from audit_record where target_id in (?, ?) order by id",
				String.class, code, "id:" + id))
			.containsExactly("dossier.submittedOnline", "dossier.received", "dossier.assigned",
					"dossier.submittedForApproval", "dossier.approved", "dossier.resultReady", "dossier.returned");

		// the portal reads it all back, in order
		JsonNode feed = body(mvc.perform(get("/api/v1/dossiers/changes").param("since", "0").param("limit", "500")
			.with(httpBasic(portal.username(), OrganisationFixtures.PASSWORD))).andReturn().getResponse());
		List<String> steps = new ArrayList<>();
		for (JsonNode change : feed.get("changes")) {
			if (number.equals(change.get("portalNumber").asString(null))) {
				steps.add(change.get("action").asString() + ">" + change.get("toStatus").asString());
			}
		}
		assertThat(steps).containsExactly("submitOnline>SUBMITTED_ONLINE", "receive>RECEIVED", "assign>IN_PROCESSING",
				"submitForApproval>PENDING_APPROVAL", "approve>APPROVED", "resultReady>RESULT_READY",
				"returnResult>RETURNED");
	}

	@Test
	void theSameSubmissionPostedTwiceCreatesOneDossierAndAnswersTheSame() throws Exception {
		Office office = fixtures.office(5, SupplementPolicy.PAUSE);
		CurrentUser portal = fixtures.user(office.commune(), Role.PORTAL);
		String number = number();
		Map<String, Object> submission = submission(number, office.commune().code(), office.procedure().code());
		MockHttpServletResponse first = submit(portal, submission);
		assertThat(first.getStatus()).isEqualTo(201);
		// the same submission again, re-serialised with its keys in another order and extra spacing
		Map<String, Object> reordered = new LinkedHashMap<>();
		List<String> keys = new ArrayList<>(submission.keySet());
		java.util.Collections.reverse(keys);
		keys.forEach(k -> reordered.put(k, submission.get(k)));
		MockHttpServletResponse second = postJson(portal, "  " + json.writeValueAsString(reordered) + "\n");
		assertThat(second.getStatus()).isEqualTo(200);
		assertThat(body(second)).isEqualTo(body(first));
		assertThat(count(number)).isEqualTo(1);
		// the clerk decides meanwhile; a late repeat still gets the first answer
		long id = idOf(number);
		assertThat(mvc.perform(post("/dossiers/online/{id}/refuse", id).with(csrf()).with(user(office.clerk()))
			.param("version", jdbc.queryForObject("select version::text from dossier where id = ?", String.class, id))
			.param("reason", "Hồ sơ không thuộc thẩm quyền")).andReturn().getResponse().getStatus()).isEqualTo(302);
		MockHttpServletResponse third = submit(portal, submission);
		assertThat(third.getStatus()).isEqualTo(200);
		assertThat(body(third)).isEqualTo(body(first));

		// a different submission under the same number: 409, nothing created or changed
		Map<String, Object> changed = new LinkedHashMap<>(submission);
		changed.put("subject", "Một yêu cầu khác");
		MockHttpServletResponse conflict = submit(portal, changed);
		assertThat(conflict.getStatus()).isEqualTo(409);
		assertThat(body(conflict).get("error").asString()).contains(number).contains("nội dung khác");
		assertThat(count(number)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'dossier.submittedOnline' "
				+ "and target_id = ?", Long.class, "id:" + id)).isEqualTo(1);
	}

	@Test
	void concurrentPostsOfOneSubmissionCreateOneDossier() throws Exception {
		Office office = fixtures.office(5, SupplementPolicy.PAUSE);
		CurrentUser portal = fixtures.user(office.commune(), Role.PORTAL);
		String number = number();
		String body = json.writeValueAsString(submission(number, office.commune().code(), office.procedure().code()));
		int posts = 4;
		ExecutorService pool = Executors.newFixedThreadPool(posts);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> answers = new ArrayList<>();
		try {
			for (int i = 0; i < posts; i++) {
				Callable<Integer> call = () -> {
					start.await();
					return postJson(portal, body).getStatus();
				};
				answers.add(pool.submit(call));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get(60, TimeUnit.SECONDS));
			}
			assertThat(statuses).containsOnly(200, 201);
			assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(count(number)).isEqualTo(1);
	}

	@Test
	void badJsonMissingFieldsAndUnknownProcedureAre400WithAClearMessageAndStoreNothing() throws Exception {
		Office office = fixtures.office(5, SupplementPolicy.PAUSE);
		CurrentUser portal = fixtures.user(office.commune(), Role.PORTAL);
		String number = number();
		long before = jdbc.queryForObject("select count(*) from dossier", Long.class);

		MockHttpServletResponse broken = postJson(portal, "{\"portalNumber\": \"" + number + "\",\n \"unitCode\": ");
		assertThat(broken.getStatus()).isEqualTo(400);
		assertThat(broken.getContentType()).startsWith("application/json");
		assertThat(body(broken).get("error").asString()).startsWith("JSON không hợp lệ ở dòng 2");

		MockHttpServletResponse notAnObject = postJson(portal, "[1, 2]");
		assertThat(notAnObject.getStatus()).isEqualTo(400);
		assertThat(body(notAnObject).get("error").asString()).contains("đối tượng JSON");

		MockHttpServletResponse duplicateKey = postJson(portal, "{\"unitCode\": \"A\", \"unitCode\": \"B\"}");
		assertThat(duplicateKey.getStatus()).isEqualTo(400);

		MockHttpServletResponse missing = postJson(portal, "{\"portalNumber\": \"" + number + "\", \"unitCode\": \""
				+ office.commune().code() + "\", \"applicant\": {\"kind\": \"PERSON\"}}");
		assertThat(missing.getStatus()).isEqualTo(400);
		JsonNode errors = body(missing).get("errors");
		List<String> fields = new ArrayList<>();
		errors.forEach(e -> fields.add(e.get("field").asString()));
		assertThat(fields).containsExactly("procedureCode", "submittedAt", "applicant.name", "documents");
		assertThat(body(missing).get("error").asString()).isEqualTo("Thiếu trường procedureCode.");

		Map<String, Object> wrongType = submission(number, office.commune().code(), office.procedure().code());
		wrongType.put("documents", "Tờ khai");
		MockHttpServletResponse type = submit(portal, wrongType);
		assertThat(type.getStatus()).isEqualTo(400);
		assertThat(body(type).get("errors").get(0).get("field").asString()).isEqualTo("documents");

		MockHttpServletResponse unknown = submit(portal, submission(number, office.commune().code(), "9.999999.KHONGCO"));
		assertThat(unknown.getStatus()).isEqualTo(400);
		assertThat(body(unknown).get("error").asString()).isEqualTo("Không tìm thấy thủ tục 9.999999.KHONGCO.");
		assertThat(body(unknown).get("errors").get(0).get("field").asString()).isEqualTo("procedureCode");

		MockHttpServletResponse unknownUnit = submit(portal, submission(number, "KHONGCO-DONVI", office.procedure().code()));
		assertThat(unknownUnit.getStatus()).isEqualTo(400);
		assertThat(body(unknownUnit).get("error").asString()).isEqualTo("Không có đơn vị mã KHONGCO-DONVI.");

		Map<String, Object> badId = submission(number, office.commune().code(), office.procedure().code());
		((Map<String, Object>) badId.get("applicant")).put("idNumber", "12345");
		MockHttpServletResponse invalidId = submit(portal, badId);
		assertThat(invalidId.getStatus()).isEqualTo(400);
		assertThat(body(invalidId).get("errors").get(0).get("field").asString()).isEqualTo("applicant.idNumber");

		Map<String, Object> notAPdf = submission(number, office.commune().code(), office.procedure().code());
		notAPdf.put("documents", List.of(Map.of("name", "Tờ khai", "file",
				Map.of("fileName", "to-khai.pdf", "contentBase64", Base64.getEncoder().encodeToString("MZ\u0090".getBytes(StandardCharsets.ISO_8859_1))))));
		MockHttpServletResponse type2 = submit(portal, notAPdf);
		assertThat(type2.getStatus()).isEqualTo(400);
		assertThat(body(type2).get("error").asString()).contains("PDF, JPEG hoặc PNG");

		Map<String, Object> notBase64 = submission(number, office.commune().code(), office.procedure().code());
		notBase64.put("documents", List.of(Map.of("name", "Tờ khai", "file", Map.of("contentBase64", "không phải base64"))));
		assertThat(submit(portal, notBase64).getStatus()).isEqualTo(400);

		Map<String, Object> future = submission(number, office.commune().code(), office.procedure().code());
		future.put("submittedAt", "2999-01-01T00:00:00+07:00");
		assertThat(submit(portal, future).getStatus()).isEqualTo(400);

		MockHttpServletResponse text = mvc.perform(post("/api/v1/dossiers")
			.with(httpBasic(portal.username(), OrganisationFixtures.PASSWORD))
			.contentType("text/plain")
			.content("portalNumber=" + number)).andReturn().getResponse();
		assertThat(text.getStatus()).isEqualTo(415);

		assertThat(jdbc.queryForObject("select count(*) from dossier", Long.class)).isEqualTo(before);
		assertThat(count(number)).isZero();
	}

	@Test
	void aPortalAccountSubmitsForItsUnitAndTheUnitsBelowButNotForAnotherUnit() throws Exception {
		ProcedureView procedure = fixtures.office(5, SupplementPolicy.PAUSE).procedure();
		Tree tree = organisation.tree();
		CurrentUser communePortal = fixtures.user(tree.communeA(), Role.PORTAL);
		CurrentUser districtPortal = fixtures.user(tree.district(), Role.PORTAL);
		String number = number();

		MockHttpServletResponse foreign = submit(communePortal, submission(number, tree.communeB().code(), procedure.code()));
		assertThat(foreign.getStatus()).isEqualTo(403);
		assertThat(foreign.getContentType()).startsWith("application/json");
		assertThat(body(foreign).get("error").asString()).contains(communePortal.username())
			.contains(tree.communeB().code());
		// refused before anything else is looked at, even an incomplete body
		assertThat(postJson(communePortal, "{\"unitCode\": \"" + tree.communeB().code() + "\"}").getStatus())
			.isEqualTo(403);
		assertThat(count(number)).isZero();

		assertThat(submit(districtPortal, submission(number, tree.communeB().code(), procedure.code())).getStatus())
			.isEqualTo(201);
		assertThat(jdbc.queryForObject("select receiving_unit_id from dossier where portal_number = ?", Long.class,
				number)).isEqualTo(tree.communeB().id());

		// the same number again from the commune's own account is not a repeat for it: its unit cannot see that dossier
		assertThat(submit(communePortal, submission(number, tree.communeA().code(), procedure.code())).getStatus())
			.isEqualTo(409);

		// a unit closed (merged, 2025) receives nothing new
		CurrentUser admin = organisation.principal(organisation.user(tree.district(), Role.ADMIN));
		units.deactivate(admin, tree.communeB().code(), java.time.LocalDate.now(MotCuaTime.ZONE));
		MockHttpServletResponse closed = submit(districtPortal, submission(number(), tree.communeB().code(),
				procedure.code()));
		assertThat(closed.getStatus()).isEqualTo(400);
		assertThat(body(closed).get("error").asString()).contains("đã ngừng hoạt động");
	}

	@Test
	void onlyPortalAccountsUseTheApiAndPortalAccountsNoPage() throws Exception {
		Office office = fixtures.office(5, SupplementPolicy.PAUSE);
		CurrentUser portal = fixtures.user(office.commune(), Role.PORTAL);
		String body = json.writeValueAsString(submission(number(), office.commune().code(), office.procedure().code()));
		MockHttpServletResponse clerk = mvc.perform(post("/api/v1/dossiers")
			.with(httpBasic(office.clerk().username(), OrganisationFixtures.PASSWORD))
			.contentType("application/json")
			.content(body)).andReturn().getResponse();
		assertThat(clerk.getStatus()).isEqualTo(403);
		assertThat(clerk.getContentType()).startsWith("application/json");
		assertThat(mvc.perform(post("/api/v1/dossiers").contentType("application/json").content(body)).andReturn()
			.getResponse()
			.getStatus()).isEqualTo(401);
		assertThat(mvc.perform(get("/api/v1/dossiers/changes")
			.with(httpBasic(office.leader().username(), OrganisationFixtures.PASSWORD))).andReturn().getResponse()
			.getStatus()).isEqualTo(403);
		// a technical account: no staff page, but its own identity through the API
		assertThat(mvc.perform(get("/").with(user(portal))).andReturn().getResponse().getStatus()).isEqualTo(403);
		assertThat(mvc.perform(get("/dossiers").with(user(portal))).andReturn().getResponse().getStatus()).isEqualTo(403);
		assertThat(mvc.perform(get("/api/v1/me").with(httpBasic(portal.username(), OrganisationFixtures.PASSWORD)))
			.andReturn().getResponse().getContentAsString()).contains("PORTAL");
	}

	@Test
	void theChangeFeedGivesEveryTransitionOfTheSubtreeOnceInOrder() throws Exception {
		ProcedureView procedure = fixtures.office(5, SupplementPolicy.PAUSE).procedure();
		Tree tree = organisation.tree();
		Tree other = organisation.tree();
		CurrentUser portal = fixtures.user(tree.district(), Role.PORTAL);
		CurrentUser clerkA = fixtures.user(tree.communeA(), Role.RECEPTION_CLERK);
		CurrentUser specialistA = fixtures.user(tree.communeA(), Role.SPECIALIST);
		CurrentUser clerkB = fixtures.user(tree.communeB(), Role.RECEPTION_CLERK);
		CurrentUser elsewhere = fixtures.user(other.communeA(), Role.RECEPTION_CLERK);
		long start = cursorNow();

		// 1: submitted online for commune A, received, assigned, asked for a supplement
		String first = number();
		assertThat(submit(portal, submission(first, tree.communeA().code(), procedure.code())).getStatus()).isEqualTo(201);
		long firstId = idOf(first);
		// 2: a counter dossier of commune B
		DossierView counter = dossiers.receive(clerkB, DossierFixtures.citizen(procedure.code()));
		// 3: submitted online for commune B and guided back (Mẫu 02)
		String second = number();
		assertThat(submit(portal, submission(second, tree.communeB().code(), procedure.code())).getStatus()).isEqualTo(201);
		// outside the subtree: never in this portal's feed
		DossierView foreign = dossiers.receive(elsewhere, DossierFixtures.citizen(procedure.code()));
		// a refusal at the counter has neither code nor portal number: nothing to name it by
		dossiers.refuseAtDesk(clerkA, DossierFixtures.citizen(procedure.code()), "Không thuộc thẩm quyền");

		mvc.perform(post("/dossiers/online/{id}/accept", firstId).with(csrf()).with(user(clerkA))
			.param("version", version(firstId)).param("received", "1")).andReturn();
		String firstCode = jdbc.queryForObject("select code from dossier where id = ?", String.class, firstId);
		DossierView d = dossiers.get(clerkA, firstCode);
		d = dossiers.assign(clerkA, firstCode, d.version(), specialistA.username(), "ghi chú nội bộ");
		long secondId = idOf(second);
		mvc.perform(post("/dossiers/online/{id}/guide", secondId).with(csrf()).with(user(clerkB))
			.param("version", version(secondId))
			.param("items", "Bản sao giấy đăng ký kết hôn")
			.param("reason", "Thiếu giấy tờ")).andReturn();
		dossiers.requestSupplement(specialistA, firstCode, d.version(), "Giấy chứng sinh bản chính", null);

		// read in pages of two, as a portal would, until it is told there is no more
		List<JsonNode> changes = new ArrayList<>();
		long since = start;
		for (int page = 0; page < 100; page++) {
			JsonNode answer = body(mvc.perform(get("/api/v1/dossiers/changes").param("since", String.valueOf(since))
				.param("limit", "2")
				.with(httpBasic(portal.username(), OrganisationFixtures.PASSWORD))).andReturn().getResponse());
			answer.get("changes").forEach(changes::add);
			since = answer.get("next").asLong();
			if (!answer.get("hasMore").asBoolean()) {
				break;
			}
		}
		List<String> seen = new ArrayList<>();
		List<Long> positions = new ArrayList<>();
		for (JsonNode change : changes) {
			positions.add(change.get("position").asLong());
			String who = first.equals(change.get("portalNumber").asString(null)) ? "1"
					: second.equals(change.get("portalNumber").asString(null)) ? "3"
							: counter.code().equals(change.get("code").asString(null)) ? "2" : "?";
			seen.add(who + ":" + change.get("action").asString() + ">" + change.get("toStatus").asString());
		}
		assertThat(positions).isSorted().doesNotHaveDuplicates();
		assertThat(seen).containsExactly("1:submitOnline>SUBMITTED_ONLINE", "2:receive>RECEIVED",
				"3:submitOnline>SUBMITTED_ONLINE", "1:receive>RECEIVED", "1:assign>IN_PROCESSING", "3:guide>GUIDED",
				"1:requestSupplement>AWAITING_SUPPLEMENT");
		// what the applicant must hear goes out, the staff's own notes do not
		assertThat(changes.get(4).get("note").isNull()).isTrue();
		assertThat(changes.get(5).get("note").asString()).isEqualTo("Bản sao giấy đăng ký kết hôn");
		assertThat(changes.get(3).get("code").asString()).isEqualTo(firstCode);
		assertThat(changes.get(3).get("dueAt").isNull()).isFalse();
		assertThat(changes.get(3).get("statusText").asString()).isEqualTo("Đã tiếp nhận");
		assertThat(changes).noneMatch(c -> foreign.code().equals(c.get("code").asString(null)));
		// nothing new: the same cursor, an empty page
		JsonNode again = body(mvc.perform(get("/api/v1/dossiers/changes").param("since", String.valueOf(since))
			.with(httpBasic(portal.username(), OrganisationFixtures.PASSWORD))).andReturn().getResponse());
		assertThat(again.get("changes")).isEmpty();
		assertThat(again.get("next").asLong()).isEqualTo(since);
		// the commune's own portal account sees only its commune
		CurrentUser communePortal = fixtures.user(tree.communeA(), Role.PORTAL);
		JsonNode own = body(mvc.perform(get("/api/v1/dossiers/changes").param("since", String.valueOf(start))
			.param("limit", "500")
			.with(httpBasic(communePortal.username(), OrganisationFixtures.PASSWORD))).andReturn().getResponse());
		assertThat(own.get("changes")).allMatch(c -> first.equals(c.get("portalNumber").asString(null)));
		// bad cursors are explained
		for (String bad : List.of("-1", "abc", "1e3")) {
			MockHttpServletResponse refused = mvc.perform(get("/api/v1/dossiers/changes").param("since", bad)
				.with(httpBasic(portal.username(), OrganisationFixtures.PASSWORD))).andReturn().getResponse();
			assertThat(refused.getStatus()).isEqualTo(400);
			assertThat(body(refused).get("error").asString()).contains("since");
		}
		assertThat(mvc.perform(get("/api/v1/dossiers/changes").param("limit", "501")
			.with(httpBasic(portal.username(), OrganisationFixtures.PASSWORD))).andReturn().getResponse().getStatus())
			.isEqualTo(400);
	}

	@Test
	void guidanceAndRefusalOfAnOnlineSubmissionAreNeverReceivedAndPrintTheirForms() throws Exception {
		Office office = fixtures.office(5, SupplementPolicy.PAUSE);
		CurrentUser portal = fixtures.user(office.commune(), Role.PORTAL);
		String guided = number();
		String refused = number();
		submit(portal, submission(guided, office.commune().code(), office.procedure().code()));
		submit(portal, submission(refused, office.commune().code(), office.procedure().code()));
		long guidedId = idOf(guided);
		long refusedId = idOf(refused);
		long sequences = jdbc.queryForObject("select count(*) from dossier_code_sequence", Long.class);

		// a specialist sees it but does not decide at the desk
		assertThat(mvc.perform(post("/dossiers/online/{id}/guide", guidedId).with(csrf()).with(user(office.specialist()))
			.param("version", version(guidedId)).param("items", "x")).andReturn().getResponse().getStatus()).isEqualTo(403);
		// the items are required, and the page says so
		String page = mvc.perform(post("/dossiers/online/{id}/guide", guidedId).with(csrf()).with(user(office.clerk()))
			.param("version", version(guidedId)).param("items", " ")).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Vui lòng ghi rõ các nội dung cần bổ sung, hoàn thiện.");
		mvc.perform(post("/dossiers/online/{id}/guide", guidedId).with(csrf()).with(user(office.clerk()))
			.param("version", version(guidedId))
			.param("items", "Bản sao giấy đăng ký kết hôn\nGiấy chứng sinh bản chính")
			.param("reason", "Thiếu giấy tờ")).andReturn();
		mvc.perform(post("/dossiers/online/{id}/refuse", refusedId).with(csrf()).with(user(office.clerk()))
			.param("version", version(refusedId)).param("reason", "Không thuộc thẩm quyền của xã")).andReturn();

		assertThat(jdbc.queryForList("select status from dossier where id in (?, ?) order by id", String.class, guidedId,
				refusedId)).containsExactly("GUIDED", "REFUSED_AT_DESK");
		assertThat(jdbc.queryForObject("select count(*) from dossier where id in (?, ?) and code is null "
				+ "and received_at is null", Long.class, guidedId, refusedId)).isEqualTo(2);
		assertThat(jdbc.queryForObject("select count(*) from dossier_code_sequence", Long.class)).isEqualTo(sequences);
		assertThat(jdbc.queryForObject("select count(*) from dossier_statistics_facts where unit_id = ?", Long.class,
				office.commune().id())).isZero();
		assertThat(events.stream(DossierRefusedAtDesk.class).filter(e -> e.receivingUnitId().equals(office.commune().id())))
			.hasSize(1);

		MockHttpServletResponse guidance = mvc.perform(get("/dossiers/online/{id}/guidance.pdf", guidedId)
			.with(user(office.clerk()))).andReturn().getResponse();
		assertThat(guidance.getStatus()).isEqualTo(200);
		assertThat(guidance.getContentType()).isEqualTo("application/pdf");
		MockHttpServletResponse refusal = mvc.perform(get("/dossiers/refusals/{id}.pdf", refusedId)
			.with(user(office.clerk()))).andReturn().getResponse();
		assertThat(refusal.getStatus()).isEqualTo(200);
		// no Mẫu 02 for a submission that was not guided
		assertThat(mvc.perform(get("/dossiers/online/{id}/guidance.pdf", refusedId).with(user(office.clerk())))
			.andReturn().getResponse().getStatus()).isEqualTo(404);
		// decided: no second decision
		String again = mvc.perform(post("/dossiers/online/{id}/accept", guidedId).with(csrf()).with(user(office.clerk()))
			.param("version", version(guidedId))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(again).contains("Không thể thực hiện thao tác này");
		assertThat(jdbc.queryForObject("select status from dossier where id = ?", String.class, guidedId))
			.isEqualTo("GUIDED");
		// the files the portal sent can be opened by the unit's staff only
		long file = jdbc.queryForObject("select id from dossier_attachment where dossier_id = ?", Long.class, guidedId);
		assertThat(mvc.perform(get("/dossiers/online/{id}/attachments/{a}", guidedId, file).with(user(office.clerk())))
			.andReturn().getResponse().getContentAsByteArray()).isEqualTo(PDF);
		UnitView stranger = organisation.unit(vn.motcua.organisation.UnitKind.COMMUNE, null);
		assertThat(mvc.perform(get("/dossiers/online/{id}/attachments/{a}", guidedId, file)
			.with(user(fixtures.user(stranger, Role.RECEPTION_CLERK)))).andReturn().getResponse().getStatus())
			.isEqualTo(403);
	}

	@Test
	void theOpenApiDescriptionDocumentsBothEndpointsAndWhatTheCodeReads() throws Exception {
		MockHttpServletResponse yaml = mvc.perform(get("/api/v1/openapi.yaml")).andReturn().getResponse();
		assertThat(yaml.getStatus()).isEqualTo(200);
		String text = yaml.getContentAsString(StandardCharsets.UTF_8);
		assertThat(text).contains("/api/v1/dossiers:").contains("/api/v1/dossiers/changes:")
			.doesNotContain("/api/v1/statistics").doesNotContain("/dossiers/{code}");
		JsonNode api = json.readTree(mvc.perform(get("/api/v1/openapi")).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		JsonNode schemas = api.get("components").get("schemas");
		// the request schema lists exactly the fields of the record the reader parses into
		List<String> documented = new ArrayList<>(schemas.get("OnlineSubmission").get("properties").propertyNames());
		List<String> read = java.util.Arrays.stream(PortalJson.Submission.class.getRecordComponents())
			.map(java.lang.reflect.RecordComponent::getName)
			.toList();
		assertThat(documented).containsExactlyInAnyOrderElementsOf(read);
		assertThat(api.get("paths").get("/api/v1/dossiers").get("post").get("responses").propertyNames())
			.contains("200", "201", "400", "403", "409");
		assertThat(api.get("components").get("securitySchemes").get("basic").get("scheme").asString())
			.isEqualTo("basic");
	}

	private String version(long id) {
		return jdbc.queryForObject("select version::text from dossier where id = ?", String.class, id);
	}

	/** The feed's last position now: a test reads only what it did after this. */
	private long cursorNow() {
		return jdbc.queryForObject("select coalesce(max(position), 0) from dossier_change", Long.class);
	}

}
