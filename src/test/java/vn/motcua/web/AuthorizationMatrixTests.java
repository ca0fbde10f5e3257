package vn.motcua.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.motcua.IntegrationTest;
import vn.motcua.calendar.SupplementPolicy;
import vn.motcua.dossier.AttachmentView;
import vn.motcua.dossier.DossierFixtures;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.OnlineDossierView;
import vn.motcua.dossier.OnlineDossiers;
import vn.motcua.dossier.OnlineSubmission;
import vn.motcua.organisation.CurrentUser;
import vn.motcua.organisation.OrganisationFixtures;
import vn.motcua.organisation.OrganisationFixtures.Tree;
import vn.motcua.organisation.Role;
import vn.motcua.organisation.UnitView;
import vn.motcua.procedure.DocumentForm;
import vn.motcua.procedure.DocumentFormData;
import vn.motcua.procedure.FeeFormData;
import vn.motcua.procedure.FeeKind;
import vn.motcua.procedure.ProcedureView;
import vn.motcua.procedure.Procedures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The authorization matrix (issue 9): every route the application maps, taken from Spring's handler mappings so that
 * a new route cannot be forgotten, × anonymous and every role (plus an administrator of a top-level unit, who alone
 * edits the catalogue and the calendar) × for routes naming a unit, a dossier, an attachment, a refusal or a user: the
 * subject's own unit, a unit below it, a foreign unit, and an object that does not exist (or belongs elsewhere).
 * <p>
 * The expected answers are data ({@link #table()}): route (method + pattern) → rule. A route the table does not list
 * fails the test. POSTs carry a valid CSRF token and an empty or stale body: a role that may not use the route must be
 * refused with 403 before any validation; a role that may gets its page (with errors), a redirect or its JSON.
 * <p>
 * Known by design and encoded as such: a missing unit, dossier, refusal or user answers 403 exactly like a foreign one
 * (nothing reveals what exists); a dossier step taken by a role that may not take it is refused inside the dossier page
 * (the page is visible to that user anyway), here after the stale-version check. A portal's technical account (role
 * PORTAL) gets 403 on every staff page, whatever the unit; the portal API, like the statistics API, answers an unknown
 * unit with 400.
 */
@IntegrationTest
class AuthorizationMatrixTests {

	private static final String[] ACTIONS = { "assign", "request-supplement", "supplement-received", "submit",
			"approve", "send-back", "reject", "result-ready", "return", "apologise", "withdraw", "suspend", "transfer",
			"accept-transfer" };

	/** A year of the shipped calendar; a day in it that is a holiday, one that is a plain working day. */
	private static final int YEAR = 2026;

	private static final String HOLIDAY = "2026-01-01";

	private static final String PLAIN_DAY = "2026-06-10";

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationFixtures organisation;

	@Autowired
	DossierFixtures dossierFixtures;

	@Autowired
	Dossiers dossiers;

	@Autowired
	OnlineDossiers online;

	@Autowired
	Procedures procedures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	// --- the model: who asks, about what ---

	enum Rel {
		/** The route names no object. */
		NONE,
		/** An object of the subject's own unit. */
		OWN,
		/** An object of a unit below the subject's. */
		CHILD,
		/** An object of a unit outside the subject's tree (a sibling of their unit, or another province). */
		FOREIGN,
		/** An id that names nothing, or names an object of another dossier / another kind. */
		MISSING

	}

	/** What a route is asked about, per relation. */
	record Target(String unit, String dossier, String attachmentDossier, long attachment, long refusal,
			String username, long online, long onlineFile) {
	}

	record Subject(String name, Role role, boolean top, CurrentUser principal, Map<Rel, Target> targets) {

		boolean anonymous() {
			return role == null;
		}

		boolean is(Role r) {
			return role == r;
		}

		/** Whether the object of this relation is within the subject's scope (own unit; below it for some roles). */
		boolean reaches(Rel rel) {
			return rel == Rel.OWN || (rel == Rel.CHILD && role.reachesSubordinateUnits());
		}

	}

	/** An expected answer. */
	record Expect(String label, Predicate<MockHttpServletResponse> test) {

		static final Expect OK = new Expect("2xx/3xx", r -> (r.getStatus() >= 200 && r.getStatus() < 300)
				|| (r.getStatus() >= 300 && r.getStatus() < 400 && !String.valueOf(r.getRedirectedUrl()).endsWith("/login")));

		static final Expect FORBIDDEN = status(403);

		static final Expect NOT_FOUND = status(404);

		static final Expect BAD_REQUEST = status(400);

		static final Expect LOGIN = new Expect("302 → /login",
				r -> r.getStatus() == 302 && String.valueOf(r.getRedirectedUrl()).endsWith("/login"));

		static final Expect UNAUTHORIZED_JSON = new Expect("401 JSON", r -> r.getStatus() == 401
				&& String.valueOf(r.getContentType()).startsWith("application/json"));

		static final Expect FORBIDDEN_JSON = new Expect("403 JSON", r -> r.getStatus() == 403
				&& String.valueOf(r.getContentType()).startsWith("application/json"));

		static Expect status(int status) {
			return new Expect(String.valueOf(status), r -> r.getStatus() == status);
		}

	}

	enum Scope {
		NONE, UNIT, DOSSIER, ATTACHMENT, REFUSAL, USER, ONLINE
	}

	/** One row of the table: the requests made for a target and the answer expected for a subject and relation. */
	record Rule(Scope scope, Function<Target, List<MockHttpServletRequestBuilder>> requests,
			BiFunction<Subject, Rel, Expect> expect) {
	}

	// --- rules ---

	private static boolean isApi(String key) {
		return key.contains(" /api/");
	}

	/** Everyone, signed in or not, gets {@code expect}. */
	private static BiFunction<Subject, Rel, Expect> everyone(Expect expect) {
		return (s, r) -> expect;
	}

	/** Signed-in users for whom {@code who} holds get {@code allowed}; other users 403; anonymous the login. */
	private static BiFunction<Subject, Rel, Expect> only(Predicate<Subject> who, Expect allowed) {
		return (s, r) -> s.anonymous() ? null : who.test(s) ? allowed : Expect.FORBIDDEN;
	}

	private static BiFunction<Subject, Rel, Expect> staff(Expect allowed) {
		return only(STAFF, allowed);
	}

	/**
	 * Users for whom {@code who} holds get {@code allowed} on objects within their scope and {@code outside}
	 * elsewhere; others 403.
	 */
	private static BiFunction<Subject, Rel, Expect> scoped(Predicate<Subject> who, Expect allowed, Expect outside) {
		return (s, r) -> s.anonymous() ? null : !who.test(s) ? Expect.FORBIDDEN : s.reaches(r) ? allowed : outside;
	}

	private static BiFunction<Subject, Rel, Expect> scoped(Expect allowed) {
		return scoped(STAFF, allowed, Expect.FORBIDDEN);
	}

	private static MockHttpServletRequestBuilder statistics(String path, Target x) {
		return get(path).param("unit", x.unit()).param("from", "2026-03-01").param("to", "2026-03-31");
	}

	/** The statistics' readers: their scope OK, a foreign unit 403, an unknown one 400; other roles 403. */
	private static BiFunction<Subject, Rel, Expect> reports() {
		Predicate<Subject> reader = s -> s.is(Role.STATISTICS) || s.is(Role.LEADER) || s.is(Role.ADMIN);
		return (s, r) -> s.anonymous() ? null : !reader.test(s) ? Expect.FORBIDDEN : s.reaches(r) ? Expect.OK
				: r == Rel.MISSING ? Expect.BAD_REQUEST : Expect.FORBIDDEN;
	}

	/** Every role but a portal's technical account, which uses its API only and never a staff page. */
	private static final Predicate<Subject> STAFF = s -> !s.is(Role.PORTAL);

	private static final Predicate<Subject> PORTAL = s -> s.is(Role.PORTAL);

	private static final Predicate<Subject> ADMIN = s -> s.is(Role.ADMIN);

	private static final Predicate<Subject> TOP_ADMIN = s -> s.is(Role.ADMIN) && s.top();

	private static final Predicate<Subject> CLERK = s -> s.is(Role.RECEPTION_CLERK);

	private static final Predicate<Subject> READER = s -> s.is(Role.STATISTICS) || s.is(Role.LEADER)
			|| s.is(Role.ADMIN);

	private static Rule rule(Scope scope, Function<Target, MockHttpServletRequestBuilder> request,
			BiFunction<Subject, Rel, Expect> expect) {
		return new Rule(scope, t -> List.of(request.apply(t)), expect);
	}

	private static MockHttpServletRequestBuilder csv(String path) {
		return post(path).contentType("text/csv").content(new byte[0]);
	}

	/** The expected table: "METHOD pattern" → rule. */
	private Map<String, Rule> table(String procedure, String field, long documentId, long feeId) {
		Map<String, Rule> t = new LinkedHashMap<>();
		// public
		t.put("GET /login", rule(Scope.NONE, x -> get("/login"), everyone(Expect.OK)));
		t.put("* /error", rule(Scope.NONE, x -> get("/error"), everyone(Expect.status(500))));
		t.put("GET /thu-tuc", rule(Scope.NONE, x -> get("/thu-tuc"), everyone(Expect.OK)));
		t.put("GET /thu-tuc/{code}", new Rule(Scope.NONE,
				x -> List.of(get("/thu-tuc/{c}", procedure), get("/thu-tuc/{c}", "KHONG-CO-THU-TUC")),
				everyone(null)));
		t.put("GET /thu-tuc/{code}/ap-phich", rule(Scope.NONE, x -> get("/thu-tuc/{c}/ap-phich", procedure),
				everyone(Expect.OK)));
		t.put("GET /thu-tuc/linh-vuc/{fieldCode}/ap-phich", rule(Scope.NONE,
				x -> get("/thu-tuc/linh-vuc/{f}/ap-phich", field), everyone(Expect.OK)));
		t.put("GET /thu-tuc/qr.png", rule(Scope.NONE, x -> get("/thu-tuc/qr.png").param("path", "/thu-tuc"),
				everyone(Expect.OK)));
		t.put("GET /tra-cuu", rule(Scope.NONE, x -> get("/tra-cuu"), everyone(Expect.OK)));
		// an empty look-up is explained (400); a rating without the check digits of the lookup is refused
		t.put("POST /tra-cuu", rule(Scope.NONE, x -> post("/tra-cuu"), everyone(Expect.BAD_REQUEST)));
		t.put("POST /tra-cuu/danh-gia", rule(Scope.NONE, x -> post("/tra-cuu/danh-gia").param("ma", x.dossier()),
				everyone(Expect.FORBIDDEN)));
		// any signed-in user
		t.put("GET /", rule(Scope.NONE, x -> get("/"), staff(Expect.OK)));
		t.put("GET /procedures/reduction", rule(Scope.NONE, x -> get("/procedures/reduction"), staff(Expect.OK)));
		t.put("GET /dossiers", rule(Scope.NONE, x -> get("/dossiers"), staff(Expect.OK)));
		// a portal account too may ask who it is and which units it reaches
		t.put("GET /api/v1/me", rule(Scope.NONE, x -> get("/api/v1/me"), only(s -> true, Expect.OK)));
		t.put("GET /api/v1/units", rule(Scope.NONE, x -> get("/api/v1/units"), only(s -> true, Expect.OK)));
		// the tracking book: a unit filter outside the user's scope is refused (400, like an unknown code)
		t.put("GET /dossiers/book", rule(Scope.UNIT, x -> get("/dossiers/book").param("unit", x.unit()),
				scoped(STAFF, Expect.OK, Expect.BAD_REQUEST)));
		t.put("GET /dossiers/book.xlsx", rule(Scope.UNIT, x -> get("/dossiers/book.xlsx").param("unit", x.unit()),
				scoped(STAFF, Expect.OK, Expect.BAD_REQUEST)));
		// statistics: the report readers (STATISTICS, LEADER, ADMIN) within their scope; as in the API, an unknown unit
		// is a bad parameter (400) for them
		for (String format : List.of("xlsx", "pdf", "csv")) {
			t.put("GET /statistics/export." + format,
					rule(Scope.UNIT, x -> statistics("/statistics/export." + format, x), reports()));
		}
		// reception: RECEPTION_CLERK only
		t.put("GET /dossiers/new", rule(Scope.NONE, x -> get("/dossiers/new"), only(CLERK, Expect.OK)));
		t.put("GET /dossiers/new/procedures", rule(Scope.NONE, x -> get("/dossiers/new/procedures").param("q", "khai"),
				only(CLERK, Expect.OK)));
		t.put("GET /dossiers/new/procedure", rule(Scope.NONE,
				x -> get("/dossiers/new/procedure").param("procedureCode", procedure), only(CLERK, Expect.OK)));
		t.put("GET /dossiers/new/applicant", rule(Scope.NONE,
				x -> get("/dossiers/new/applicant").param("idNumber", "001195012345"), only(CLERK, Expect.OK)));
		t.put("POST /dossiers", rule(Scope.NONE, x -> post("/dossiers"), only(CLERK, Expect.OK)));
		// one dossier: its receiving or resolving unit within the user's scope
		t.put("GET /dossiers/{code}", rule(Scope.DOSSIER, x -> get("/dossiers/{c}", x.dossier()), scoped(Expect.OK)));
		t.put("POST /dossiers/{code}/attachments", rule(Scope.DOSSIER,
				x -> post("/dossiers/{c}/attachments", x.dossier()), scoped(Expect.OK)));
		t.put("GET /dossiers/{code}/attachments/{id}", rule(Scope.ATTACHMENT,
				x -> get("/dossiers/{c}/attachments/{id}", x.attachmentDossier(), x.attachment()), scoped(Expect.OK)));
		// every step, with a stale version: refused in the page for a dossier in scope, 403 outside it
		t.put("POST /dossiers/{code}/{action}", new Rule(Scope.DOSSIER, x -> {
			List<MockHttpServletRequestBuilder> all = new ArrayList<>();
			for (String action : ACTIONS) {
				all.add(post("/dossiers/{c}/{a}", x.dossier(), action).param("version", "-1"));
			}
			return all;
		}, scoped(Expect.OK)));
		t.put("POST /dossiers/{code}/danh-gia", rule(Scope.DOSSIER, x -> post("/dossiers/{c}/danh-gia", x.dossier()),
				scoped(CLERK, Expect.OK, Expect.FORBIDDEN)));
		t.put("GET /dossiers/{code}/forms/receipt.pdf", rule(Scope.DOSSIER,
				x -> get("/dossiers/{c}/forms/receipt.pdf", x.dossier()), scoped(Expect.OK)));
		t.put("GET /dossiers/{code}/forms/supplement.pdf", rule(Scope.DOSSIER,
				x -> get("/dossiers/{c}/forms/supplement.pdf", x.dossier()), scoped(Expect.OK)));
		t.put("GET /dossiers/{code}/forms/control-sheet.pdf", rule(Scope.DOSSIER,
				x -> get("/dossiers/{c}/forms/control-sheet.pdf", x.dossier()), scoped(Expect.OK)));
		// the dossiers have had no apology and no stop: not found, but only once the dossier is known to be visible
		t.put("GET /dossiers/{code}/forms/apology.pdf", rule(Scope.DOSSIER,
				x -> get("/dossiers/{c}/forms/apology.pdf", x.dossier()), scoped(STAFF, Expect.NOT_FOUND,
						Expect.FORBIDDEN)));
		t.put("GET /dossiers/{code}/forms/stop.pdf", rule(Scope.DOSSIER,
				x -> get("/dossiers/{c}/forms/stop.pdf", x.dossier()), scoped(STAFF, Expect.NOT_FOUND,
						Expect.FORBIDDEN)));
		t.put("GET /dossiers/refusals/{id}.pdf", rule(Scope.REFUSAL,
				x -> get("/dossiers/refusals/{id}.pdf", x.refusal()), scoped(Expect.OK)));
		// online submissions from the portal (issue 10): seen by the staff of the receiving unit's scope, decided by
		// its clerk (here with a stale version: the page explains), never by the portal account itself
		t.put("GET /dossiers/online", rule(Scope.NONE, x -> get("/dossiers/online"), staff(Expect.OK)));
		t.put("GET /dossiers/online/{id}", rule(Scope.ONLINE, x -> get("/dossiers/online/{id}", x.online()),
				scoped(Expect.OK)));
		t.put("POST /dossiers/online/{id}/{decision}", new Rule(Scope.ONLINE, x -> {
			List<MockHttpServletRequestBuilder> all = new ArrayList<>();
			for (String decision : List.of("accept", "guide", "refuse")) {
				all.add(post("/dossiers/online/{id}/{d}", x.online(), decision).param("version", "-1"));
			}
			return all;
		}, scoped(CLERK, Expect.OK, Expect.FORBIDDEN)));
		t.put("GET /dossiers/online/{id}/attachments/{attachmentId}", rule(Scope.ONLINE,
				x -> get("/dossiers/online/{id}/attachments/{a}", x.online(), x.onlineFile()), scoped(Expect.OK)));
		// not guided: not found, but only once the submission is known to be visible
		t.put("GET /dossiers/online/{id}/guidance.pdf", rule(Scope.ONLINE,
				x -> get("/dossiers/online/{id}/guidance.pdf", x.online()), scoped(STAFF, Expect.NOT_FOUND,
						Expect.FORBIDDEN)));
		// the portal API: PORTAL accounts only; an incomplete submission for a unit in its scope is a bad request, for
		// another unit forbidden whatever the body
		t.put("POST /api/v1/dossiers", rule(Scope.UNIT, x -> post("/api/v1/dossiers").contentType("application/json")
			.content("{\"unitCode\": \"" + x.unit() + "\"}"), (s, r) -> s.anonymous() ? null
					: !PORTAL.test(s) ? Expect.FORBIDDEN_JSON : s.reaches(r) || r == Rel.MISSING ? Expect.BAD_REQUEST
							: Expect.FORBIDDEN_JSON));
		t.put("GET /api/v1/dossiers/changes", rule(Scope.NONE, x -> get("/api/v1/dossiers/changes"),
				only(PORTAL, Expect.OK)));
		// its OpenAPI description is public
		t.put("GET /api/v1/openapi", rule(Scope.NONE, x -> get("/api/v1/openapi"), everyone(Expect.OK)));
		t.put("GET /api/v1/openapi.yaml", rule(Scope.NONE, x -> get("/api/v1/openapi.yaml"), everyone(Expect.OK)));
		// a unit's page
		t.put("GET /units/{code}", rule(Scope.UNIT, x -> get("/units/{c}", x.unit()), scoped(Expect.OK)));
		// statistics: readers, their unit subtree; the page refuses a missing unit like a foreign one, the API answers
		// 400 (its documented contract)
		t.put("GET /statistics", rule(Scope.UNIT, x -> get("/statistics").param("unit", x.unit())
			.param("from", "2026-03-01")
			.param("to", "2026-03-31"), scoped(READER, Expect.OK, Expect.FORBIDDEN)));
		t.put("GET /statistics/dossiers", rule(Scope.UNIT, x -> get("/statistics/dossiers").param("unit", x.unit())
			.param("from", "2026-03-01")
			.param("to", "2026-03-31")
			.param("col", "received"), scoped(READER, Expect.OK, Expect.FORBIDDEN)));
		// một cửa liên thông: the reception and segment views, for the readers of their unit subtree (a missing unit
		// like a foreign one, as on the statistics page)
		t.put("GET /statistics/interlinked", rule(Scope.UNIT, x -> get("/statistics/interlinked").param("unit", x.unit())
			.param("from", "2026-03-01")
			.param("to", "2026-03-31"), scoped(READER, Expect.OK, Expect.FORBIDDEN)));
		t.put("GET /api/v1/statistics", rule(Scope.UNIT, x -> get("/api/v1/statistics").param("unit", x.unit())
			.param("from", "2026-03-01")
			.param("to", "2026-03-31"),
				(s, r) -> s.anonymous() ? null : !READER.test(s) ? Expect.FORBIDDEN_JSON
						: s.reaches(r) ? Expect.OK : r == Rel.MISSING ? Expect.BAD_REQUEST : Expect.FORBIDDEN_JSON));
		// ADMIN: units, within the admin's scope
		t.put("GET /admin/units", rule(Scope.NONE, x -> get("/admin/units"), only(ADMIN, Expect.OK)));
		t.put("GET /admin/units/new", rule(Scope.NONE, x -> get("/admin/units/new").param("parent", x.unit()),
				only(ADMIN, Expect.OK)));
		t.put("POST /admin/units", rule(Scope.NONE, x -> post("/admin/units"), only(ADMIN, Expect.OK)));
		t.put("GET /admin/units/import", rule(Scope.NONE, x -> get("/admin/units/import"), only(ADMIN, Expect.OK)));
		t.put("POST /admin/units/import", rule(Scope.NONE, x -> post("/admin/units/import"), only(ADMIN, Expect.OK)));
		t.put("POST /api/v1/units/import", rule(Scope.NONE, x -> csv("/api/v1/units/import"),
				only(ADMIN, Expect.BAD_REQUEST)));
		// ADMIN: dossiers from an earlier system (an empty file is refused)
		t.put("GET /admin/dossiers/import", rule(Scope.NONE, x -> get("/admin/dossiers/import"), only(ADMIN, Expect.OK)));
		t.put("POST /admin/dossiers/import", rule(Scope.NONE, x -> post("/admin/dossiers/import"),
				only(ADMIN, Expect.OK)));
		t.put("POST /api/v1/dossiers/import", rule(Scope.NONE, x -> csv("/api/v1/dossiers/import"),
				only(ADMIN, Expect.BAD_REQUEST)));
		t.put("GET /admin/units/{code}/edit", rule(Scope.UNIT, x -> get("/admin/units/{c}/edit", x.unit()),
				scoped(ADMIN, Expect.OK, Expect.FORBIDDEN)));
		for (String action : List.of("", "/move", "/merge", "/deactivate")) {
			t.put("POST /admin/units/{code}" + action, rule(Scope.UNIT,
					x -> post("/admin/units/{c}" + action, x.unit()), scoped(ADMIN, Expect.OK, Expect.FORBIDDEN)));
		}
		t.put("GET /admin/units/{code}/office-hours", rule(Scope.UNIT,
				x -> get("/admin/units/{c}/office-hours", x.unit()), scoped(ADMIN, Expect.OK, Expect.FORBIDDEN)));
		t.put("POST /admin/units/{code}/office-hours", rule(Scope.UNIT,
				x -> post("/admin/units/{c}/office-hours", x.unit()), scoped(ADMIN, Expect.OK, Expect.FORBIDDEN)));
		t.put("POST /admin/units/{code}/office-hours/reset", rule(Scope.UNIT,
				x -> post("/admin/units/{c}/office-hours/reset", x.unit()), scoped(ADMIN, Expect.OK, Expect.FORBIDDEN)));
		// ADMIN: users of units within the admin's scope
		t.put("GET /admin/users", rule(Scope.NONE, x -> get("/admin/users"), only(ADMIN, Expect.OK)));
		t.put("GET /admin/users/new", rule(Scope.NONE, x -> get("/admin/users/new").param("unit", x.unit()),
				only(ADMIN, Expect.OK)));
		t.put("POST /admin/users", rule(Scope.NONE, x -> post("/admin/users"), only(ADMIN, Expect.OK)));
		t.put("GET /admin/users/{username}/edit", rule(Scope.USER,
				x -> get("/admin/users/{u}/edit", x.username()), scoped(ADMIN, Expect.OK, Expect.FORBIDDEN)));
		for (String action : List.of("", "/password", "/deactivate", "/activate", "/unlock")) {
			t.put("POST /admin/users/{username}" + action, rule(Scope.USER,
					x -> post("/admin/users/{u}" + action, x.username()), scoped(ADMIN, Expect.OK, Expect.FORBIDDEN)));
		}
		// ADMIN: the catalogue, read by any administrator, changed only at a top-level unit
		t.put("GET /admin/procedures", rule(Scope.NONE, x -> get("/admin/procedures"), only(ADMIN, Expect.OK)));
		t.put("GET /admin/procedures/{code}", rule(Scope.NONE, x -> get("/admin/procedures/{c}", procedure),
				only(ADMIN, Expect.OK)));
		t.put("GET /admin/procedures/new", rule(Scope.NONE, x -> get("/admin/procedures/new"),
				only(TOP_ADMIN, Expect.OK)));
		t.put("POST /admin/procedures", rule(Scope.NONE, x -> post("/admin/procedures"), only(TOP_ADMIN, Expect.OK)));
		t.put("POST /admin/procedures/{code}", rule(Scope.NONE, x -> post("/admin/procedures/{c}", procedure),
				only(TOP_ADMIN, Expect.OK)));
		t.put("POST /admin/procedures/{code}/documents", rule(Scope.NONE,
				x -> post("/admin/procedures/{c}/documents", procedure), only(TOP_ADMIN, Expect.OK)));
		t.put("POST /admin/procedures/{code}/documents/{id}/delete", rule(Scope.NONE,
				x -> post("/admin/procedures/{c}/documents/{id}/delete", procedure, documentId),
				only(TOP_ADMIN, Expect.OK)));
		t.put("POST /admin/procedures/{code}/fees", rule(Scope.NONE, x -> post("/admin/procedures/{c}/fees", procedure),
				only(TOP_ADMIN, Expect.OK)));
		t.put("POST /admin/procedures/{code}/fees/{id}/delete", rule(Scope.NONE,
				x -> post("/admin/procedures/{c}/fees/{id}/delete", procedure, feeId), only(TOP_ADMIN, Expect.OK)));
		// the interlinked route: nothing posted removes none (the procedure has none), only for an editor
		t.put("POST /admin/procedures/{code}/route", rule(Scope.NONE,
				x -> post("/admin/procedures/{c}/route", procedure), only(TOP_ADMIN, Expect.OK)));
		// no "active" given: a bad request, but only for an editor
		t.put("POST /admin/procedures/{code}/active", rule(Scope.NONE,
				x -> post("/admin/procedures/{c}/active", procedure), only(TOP_ADMIN, Expect.BAD_REQUEST)));
		t.put("GET /admin/procedures/import", rule(Scope.NONE, x -> get("/admin/procedures/import"),
				only(TOP_ADMIN, Expect.OK)));
		t.put("POST /admin/procedures/import", rule(Scope.NONE, x -> post("/admin/procedures/import"),
				only(TOP_ADMIN, Expect.OK)));
		t.put("POST /api/v1/procedures/import", rule(Scope.NONE, x -> csv("/api/v1/procedures/import"),
				only(TOP_ADMIN, Expect.BAD_REQUEST)));
		// ADMIN: the calendar, read by any administrator, changed only at a top-level unit
		t.put("GET /admin/calendar", rule(Scope.NONE, x -> get("/admin/calendar"), only(ADMIN, Expect.OK)));
		t.put("GET /admin/calendar/{year}", rule(Scope.NONE, x -> get("/admin/calendar/{y}", YEAR),
				only(ADMIN, Expect.OK)));
		t.put("POST /admin/calendar/{year}/days", rule(Scope.NONE, x -> post("/admin/calendar/{y}/days", YEAR),
				only(TOP_ADMIN, Expect.OK)));
		t.put("GET /admin/calendar/{year}/days/{date}", rule(Scope.NONE,
				x -> get("/admin/calendar/{y}/days/{d}", YEAR, HOLIDAY), only(TOP_ADMIN, Expect.OK)));
		t.put("POST /admin/calendar/{year}/days/{date}", rule(Scope.NONE,
				x -> post("/admin/calendar/{y}/days/{d}", YEAR, HOLIDAY), only(TOP_ADMIN, Expect.OK)));
		// a plain working day: nothing to delete or confirm (the page explains), so the shared calendar is untouched
		t.put("POST /admin/calendar/{year}/days/{date}/delete", rule(Scope.NONE,
				x -> post("/admin/calendar/{y}/days/{d}/delete", YEAR, PLAIN_DAY), only(TOP_ADMIN, Expect.OK)));
		t.put("POST /admin/calendar/{year}/days/{date}/confirm", rule(Scope.NONE,
				x -> post("/admin/calendar/{y}/days/{d}/confirm", YEAR, PLAIN_DAY), only(TOP_ADMIN, Expect.OK)));
		t.put("POST /admin/calendar/{year}/confirm-defaults", rule(Scope.NONE,
				x -> post("/admin/calendar/{y}/confirm-defaults", YEAR), only(TOP_ADMIN, Expect.OK)));
		return t;
	}

	// --- the routes the application has ---

	private Set<String> routes() {
		Set<String> keys = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			Set<String> methods = new TreeSet<>();
			info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
			if (methods.isEmpty()) {
				methods.add("*");
			}
			for (String pattern : info.getPatternValues()) {
				for (String method : methods) {
					keys.add(method + " " + pattern);
				}
			}
		}
		return keys;
	}

	// --- fixtures ---

	private record Office(UnitView unit, DossierView dossier, AttachmentView attachment, DossierView refusal,
			String staff, OnlineDossierView online, long onlineFile) {
	}

	private Office office(UnitView unit, String procedure) {
		CurrentUser clerk = dossierFixtures.user(unit, Role.RECEPTION_CLERK);
		CurrentUser specialist = dossierFixtures.user(unit, Role.SPECIALIST);
		DossierView d = dossiers.receive(clerk, DossierFixtures.citizen(procedure));
		d = dossiers.assign(clerk, d.code(), d.version(), specialist.username(), null);
		d = dossiers.requestSupplement(specialist, d.code(), d.version(), "Bản sao giấy đăng ký kết hôn", "Thiếu");
		AttachmentView attachment = dossiers.attach(clerk, d.code(), "scan.pdf",
				"%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		DossierView refusal = dossiers.refuseAtDesk(clerk, DossierFixtures.citizen(procedure),
				"Hồ sơ không thuộc thẩm quyền giải quyết");
		// an online submission waiting for the check, with one file
		CurrentUser portal = dossierFixtures.user(unit, Role.PORTAL);
		online.submit(portal, new OnlineSubmission(OrganisationFixtures.uniqueCode("MATRIX-"), unit.code(), procedure,
				java.time.Instant.now(), vn.motcua.dossier.Applicant.Kind.PERSON, "Lê Văn Cổng", "001195012345", null,
				null, null, null, null, List.of(new OnlineSubmission.Document("Tờ khai", "to-khai.pdf",
						"%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))));
		OnlineDossiers.Waiting waiting = online.waiting(clerk, 1).get(0);
		OnlineDossierView submission = online.get(clerk, waiting.id());
		long file = online.attachments(clerk, waiting.id()).get(0).id();
		return new Office(unit, dossiers.get(clerk, d.code()), attachment, refusal, specialist.username(), submission,
				file);
	}

	private static Target target(Office office) {
		return new Target(office.unit().code(), office.dossier().code(), office.dossier().code(),
				office.attachment().id(), office.refusal().id(), office.staff(), office.online().dossier().id(),
				office.onlineFile());
	}

	/** Own, child, foreign and "typed" objects seen from a subject whose unit is {@code own}. */
	private static Map<Rel, Target> targets(Office own, Office child, Office foreign) {
		Map<Rel, Target> targets = new EnumMap<>(Rel.class);
		targets.put(Rel.NONE, target(own));
		targets.put(Rel.OWN, target(own));
		targets.put(Rel.CHILD, target(child));
		targets.put(Rel.FOREIGN, target(foreign));
		// a code nobody has; a foreign attachment under the subject's own dossier; the id of a received dossier
		// (not a refusal) of the subject's own unit; a user nobody is; as an online submission, the id of a dossier
		// received at the counter, and a foreign submission's file under the subject's own submission
		targets.put(Rel.MISSING, new Target(OrganisationFixtures.uniqueCode("KHONGCO"),
				OrganisationFixtures.uniqueCode("KHONGCO") + "-261123-0001", own.dossier().code(), foreign.attachment().id(),
				own.dossier().id(), OrganisationFixtures.uniqueCode("khongco").toLowerCase(), own.dossier().id(),
				foreign.onlineFile()));
		return targets;
	}

	@Test
	void everyRouteAnswersEveryRoleAsTheTableSays() throws Exception {
		// a procedure for the dossiers, and one of its own whose document and fee an editor may delete
		ProcedureView procedure = dossierFixtures.office(5, SupplementPolicy.PAUSE).procedure();
		ProcedureView spare = dossierFixtures.office(5, SupplementPolicy.PAUSE).procedure();
		procedures.addFee(spare.code(), new FeeFormData(FeeKind.FEE, "Lệ phí thử", 10_000L));
		procedures.addDocument(spare.code(), new DocumentFormData("Giấy thử", DocumentForm.COPY, 1, false));
		spare = procedures.get(spare.code());

		Tree tree = organisation.tree();
		Tree other = organisation.tree();
		Office province = office(tree.province(), procedure.code());
		Office district = office(tree.district(), procedure.code());
		Office commune = office(tree.communeA(), procedure.code());
		Office sibling = office(tree.direct(), procedure.code());
		Office elsewhere = office(other.province(), procedure.code());

		// the subjects: every role at the district; an administrator of the province (a top-level unit)
		Map<Rel, Target> fromDistrict = targets(district, commune, sibling);
		List<Subject> subjects = new ArrayList<>();
		subjects.add(new Subject("anonymous", null, false, null, fromDistrict));
		for (Role role : Role.values()) {
			subjects.add(new Subject(role.name(), role, false,
					organisation.principal(organisation.user(tree.district(), role)), fromDistrict));
		}
		subjects.add(new Subject("ADMIN(top-level unit)", Role.ADMIN, true,
				organisation.principal(organisation.user(tree.province(), Role.ADMIN)),
				targets(province, district, elsewhere)));

		Map<String, Rule> table = table(procedure.code(), procedure.field().code(),
				spare.documents().get(spare.documents().size() - 1).id(), spare.fees().get(0).id());
		Set<String> routes = routes();
		Set<String> unlisted = new TreeSet<>(routes);
		unlisted.removeAll(table.keySet());
		Set<String> stale = new TreeSet<>(table.keySet());
		stale.removeAll(routes);
		if (!unlisted.isEmpty() || !stale.isEmpty()) {
			System.out.println("authorization matrix: routes missing from the table: " + unlisted);
			System.out.println("authorization matrix: table rows that are no route: " + stale);
		}
		assertThat(unlisted).as("routes the authorization table does not list").isEmpty();
		assertThat(stale).as("rows of the authorization table that are no route").isEmpty();

		List<String> unconfirmed = jdbc.queryForList("select day::text from calendar_day where extract(year from day) = ?"
				+ " and source = 'DEFAULT_RULE' and not confirmed", String.class, YEAR);
		List<String> failures = new ArrayList<>();
		int checks = 0;
		try {
			for (Map.Entry<String, Rule> row : table.entrySet()) {
				String key = row.getKey();
				Rule rule = row.getValue();
				List<Rel> relations = rule.scope() == Scope.NONE ? List.of(Rel.NONE)
						: List.of(Rel.OWN, Rel.CHILD, Rel.FOREIGN, Rel.MISSING);
				for (Subject subject : subjects) {
					for (Rel rel : relations) {
						for (MockHttpServletRequestBuilder request : rule.requests().apply(subject.targets().get(rel))) {
							Expect expect = expected(key, rule, subject, rel, request);
							if (key.startsWith("POST ")) {
								request.with(csrf());
							}
							if (!subject.anonymous()) {
								request.with(user(subject.principal()));
							}
							MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
							checks++;
							if (!expect.test().test(response)) {
								failures.add("%s [%s, %s] %s: expected %s, got %d%s".formatted(key, subject.name(), rel,
										request.buildRequest(new org.springframework.mock.web.MockServletContext())
											.getRequestURI(),
										expect.label(), response.getStatus(), response.getRedirectedUrl() == null ? ""
												: " → " + response.getRedirectedUrl()));
							}
						}
					}
				}
			}
		}
		finally {
			// the top-level administrator confirmed the year's default days: leave the shared calendar as it was
			if (!unconfirmed.isEmpty()) {
				jdbc.update("update calendar_day set confirmed = false where day::text = any(?)",
						(Object) unconfirmed.toArray(String[]::new));
			}
		}
		System.out.println("authorization matrix: " + checks + " checks (route × role × relation)");
		failures.forEach(f -> System.out.println("authorization matrix: " + f));
		assertThat(failures).as("answers that differ from the authorization table").isEmpty();

		// nothing above changed a dossier: every step was refused or stale
		for (Office office : List.of(province, district, commune, sibling, elsewhere)) {
			assertThat(dossiers.get(organisation.principal(office.staff()), office.dossier().code()).version())
				.isEqualTo(office.dossier().version());
			assertThat(online.get(organisation.principal(office.staff()), office.online().dossier().id()).dossier())
				.extracting(DossierView::status, DossierView::version)
				.containsExactly(vn.motcua.dossier.DossierStatus.SUBMITTED_ONLINE, office.online().dossier().version());
		}
	}

	/** The rule's answer; anonymous visitors of a non-public route are sent to log in (401 JSON for the API). */
	private static Expect expected(String key, Rule rule, Subject subject, Rel rel,
			MockHttpServletRequestBuilder request) {
		if (key.equals("GET /thu-tuc/{code}")) {
			// the public page of an active procedure, and 404 for a code that names none
			String uri = request.buildRequest(new org.springframework.mock.web.MockServletContext()).getRequestURI();
			return uri.endsWith("KHONG-CO-THU-TUC") ? Expect.NOT_FOUND : Expect.OK;
		}
		Expect expect = rule.expect().apply(subject, rel);
		if (expect == null) {
			return isApi(key) ? Expect.UNAUTHORIZED_JSON : Expect.LOGIN;
		}
		if (isApi(key) && expect == Expect.FORBIDDEN) {
			return Expect.FORBIDDEN_JSON;
		}
		return expect;
	}

}
