/*
 * The benchmark's small Java driver (issue 8), run by bench/run as a single-file program (java Driver.java, JDK 17+)
 * with only the PostgreSQL JDBC driver on the class path. It talks to 127.0.0.1 only, and every loop is bounded in
 * time and in count. Subcommands:
 *
 *   sql URL STATEMENT          run one statement (database creation, vacuum)
 *   statistics …               warm-up, then page and API percentiles for the four report cases, each next to the best
 *                              of several runs of a hand-written SQL aggregate over the raw dossier rows (and a check
 *                              that both give the same totals)
 *   receive …                  50 clerks signed in (session + CSRF) post the receive form for N seconds; afterwards
 *                              duplicates and lost submissions are counted in the database
 *   lookup-data …              citizens' browsers (the lookup form's CSRF cookie + token) and existing dossier codes
 *                              with their check digits for wrk's Lua script
 *   floor …                    only the bare-SQL floors of the four cases
 *   table --results DIR        the one table, from the result files of a run
 */

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class Driver {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	static final int CLERKS = 50;

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		switch (args[0]) {
			case "sql" -> sql(args[1], args[2]);
			case "statistics" -> new Driver(options).statistics();
			case "floor" -> new Driver(options).floors();
			case "receive" -> new Driver(options).receive();
			case "lookup-data" -> new Driver(options).lookupData();
			case "table" -> table(Path.of(options.get("results")));
			default -> throw new IllegalArgumentException("unknown command " + args[0]);
		}
	}

	static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 1; i + 1 < args.length; i++) {
			if (args[i].startsWith("--")) {
				options.put(args[i].substring(2), args[i + 1]);
				i++;
			}
		}
		return options;
	}

	/** Runs one statement; a query's first value is printed (for the script). */
	static void sql(String url, String statement) throws SQLException {
		try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
			if (s.execute(statement)) {
				try (ResultSet rs = s.getResultSet()) {
					if (rs.next()) {
						System.out.println(rs.getString(1));
					}
				}
			}
		}
	}

	final String base;

	final String jdbc;

	final String password;

	final String root;

	final Path results;

	final Map<String, String> options;

	Driver(Map<String, String> options) {
		this.options = options;
		this.base = options.get("base");
		if (!URI.create(base).getHost().equals("127.0.0.1") && !URI.create(base).getHost().equals("localhost")) {
			throw new IllegalArgumentException("the benchmark targets localhost only");
		}
		this.jdbc = options.get("jdbc");
		this.password = options.get("password");
		this.root = options.get("root");
		this.results = Path.of(options.get("results"));
	}

	Connection database() throws SQLException {
		return DriverManager.getConnection(jdbc, "postgres", "");
	}

	LocalDate until() throws IOException {
		Properties generated = load(results.resolve("generated.properties"));
		return LocalDate.parse(generated.getProperty("until"));
	}

	// --- HTTP helpers ---------------------------------------------------------------------------------------------

	static HttpClient client() {
		return HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.version(HttpClient.Version.HTTP_1_1)
			.build();
	}

	HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> post(HttpClient client, String path, Map<String, String> form)
			throws IOException, InterruptedException {
		StringBuilder body = new StringBuilder();
		form.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
			.append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
		return client.send(HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	static String csrf(String html) {
		Matcher m = CSRF.matcher(html);
		if (!m.find()) {
			throw new IllegalStateException("no CSRF token in the page");
		}
		return m.group(1).replace("&#x3D;", "=").replace("&#61;", "=");
	}

	/** Form login as a browser does it: the login page's token, then the form. */
	HttpClient signIn(String username) throws IOException, InterruptedException {
		HttpClient client = client();
		String token = csrf(get(client, "/login").body());
		Map<String, String> form = new LinkedHashMap<>();
		form.put("username", username);
		form.put("password", password);
		form.put("_csrf", token);
		HttpResponse<String> response = post(client, "/login", form);
		String location = response.headers().firstValue("Location").orElse("");
		if (response.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("login of " + username + " failed: " + response.statusCode() + " " + location);
		}
		return client;
	}

	// --- statistics ----------------------------------------------------------------------------------------------

	record Case(String key, String label, String unit, LocalDate from, LocalDate to, String groupBy) {
	}

	List<Case> cases() throws IOException {
		LocalDate until = until();
		YearMonth month = YearMonth.from(until).minusMonths(1);
		int year = until.getYear() - 1;
		return List.of(
				new Case("a", "(a) commune × month", root + "X001", month.atDay(1), month.atEndOfMonth(), ""),
				new Case("b", "(b) district × year, by field", root + "H01", LocalDate.of(year, 1, 1),
						LocalDate.of(year, 12, 31), "field"),
				new Case("c", "(c) province × year, by unit", root, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
						"unit"),
				new Case("d", "(d) province × 5 years", root, until.minusYears(5).plusDays(1), until, ""));
	}

	void statistics() throws Exception {
		boolean quick = "1".equals(options.getOrDefault("quick", "0"));
		int apiRuns = quick ? 30 : 50;
		int pageRuns = quick ? 20 : 30;
		int sqlRuns = 5;
		// each measure stops at its count or its time, whichever comes first
		long budgetNanos = Duration.ofSeconds(quick ? 8 : 60).toNanos();
		String basic = "Basic " + Base64.getEncoder()
			.encodeToString(("bench.thongke:" + password).getBytes(StandardCharsets.UTF_8));
		HttpClient api = client();
		HttpClient page = signIn("bench.thongke");
		Properties out = new Properties();
		List<Case> cases = cases();
		// warm-up: every query shape a few times (JIT, connection pool, PostgreSQL's buffers and plans)
		for (int round = 0; round < (quick ? 2 : 3); round++) {
			for (Case c : cases) {
				callApi(api, basic, c);
				getPage(page, c);
			}
		}
		try (Connection db = database()) {
			for (Case c : cases) {
				List<Double> apiTimes = new ArrayList<>();
				String body = null;
				long deadline = System.nanoTime() + budgetNanos;
				for (int i = 0; i < apiRuns && System.nanoTime() < deadline; i++) {
					long t = System.nanoTime();
					body = callApi(api, basic, c);
					apiTimes.add((System.nanoTime() - t) / 1e6);
				}
				List<Double> pageTimes = new ArrayList<>();
				deadline = System.nanoTime() + budgetNanos;
				for (int i = 0; i < pageRuns && System.nanoTime() < deadline; i++) {
					long t = System.nanoTime();
					getPage(page, c);
					pageTimes.add((System.nanoTime() - t) / 1e6);
				}
				Floor floor = floor(db, c, sqlRuns);
				Map<String, Long> apiTotals = apiTotals(body);
				String k = "stat." + c.key() + ".";
				out.setProperty(k + "label", c.label());
				out.setProperty(k + "query", "unit=%s&from=%s&to=%s%s".formatted(c.unit(), c.from(), c.to(),
						c.groupBy().isEmpty() ? "" : "&groupBy=" + c.groupBy()));
				put(out, k + "api", apiTimes);
				put(out, k + "page", pageTimes);
				out.setProperty(k + "sql.best", fmt(floor.best()));
				out.setProperty(k + "sql.runs", Integer.toString(sqlRuns));
				out.setProperty(k + "same", Boolean.toString(apiTotals.equals(floor.totals())));
				if (!apiTotals.equals(floor.totals())) {
					out.setProperty(k + "api.totals", apiTotals.toString());
					out.setProperty(k + "sql.totals", floor.totals().toString());
				}
				System.err.printf("%s: API p95 %s ms, page p95 %s ms, SQL best %s ms, same totals %s%n", c.label(),
						fmt(percentile(apiTimes, 95)), fmt(percentile(pageTimes, 95)), fmt(floor.best()),
						apiTotals.equals(floor.totals()));
			}
		}
		store(out, results.resolve("statistics.properties"));
	}

	/** Only the bare-SQL floors (to tune them or compare a database change without the application). */
	void floors() throws Exception {
		try (Connection db = database()) {
			for (Case c : cases()) {
				Floor floor = floor(db, c, 3);
				System.out.printf("%s: best of 3 %s ms, totals %s%n", c.label(), fmt(floor.best()), floor.totals());
			}
		}
	}

	String callApi(HttpClient client, String basic, Case c) throws IOException, InterruptedException {
		String path = "/api/v1/statistics?unit=%s&from=%s&to=%s%s".formatted(c.unit(), c.from(), c.to(),
				c.groupBy().isEmpty() ? "" : "&groupBy=" + c.groupBy());
		HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(120))
			.header("Authorization", basic)
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
		if (r.statusCode() != 200) {
			throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
		}
		return r.body();
	}

	void getPage(HttpClient client, Case c) throws IOException, InterruptedException {
		String path = "/statistics?unit=%s&from=%s&to=%s%s".formatted(c.unit(), c.from(), c.to(),
				c.groupBy().isEmpty() ? "" : "&groupBy=" + c.groupBy());
		HttpResponse<String> r = get(client, path);
		if (r.statusCode() != 200) {
			throw new IllegalStateException(path + " answered " + r.statusCode());
		}
	}

	/** The totals of the API's answer (the first occurrence of each figure is the whole report's). */
	static Map<String, Long> apiTotals(String json) {
		Map<String, Long> totals = new TreeMap<>();
		for (String key : List.of("carriedOver", "online", "direct", "postal", "early", "onTime", "late",
				"withinDeadline", "overdue", "withdrawn")) {
			Matcher m = Pattern.compile("\"" + key + "\":(\\d+)").matcher(json);
			if (m.find()) {
				totals.put(key, Long.parseLong(m.group(1)));
			}
		}
		return totals;
	}

	record Floor(double best, Map<String, Long> totals) {
	}

	/**
	 * The bare-database floor: one hand-written aggregate over the raw {@code dossier} rows (the dossier module's own
	 * table, with its supplements and the citizen ratings) that answers the report's question for the case: the same
	 * columns of Biểu 06 (DOMAIN.md §6.1, §4.2), grouped the same way, with the unit subtree given as arrays of ids
	 * (as the application passes them). The best of {@code runs} runs after one warm-up, measured through JDBC.
	 */
	Floor floor(Connection db, Case c, int runs) throws SQLException {
		Map<Long, String> groupOf = groups(db, c);
		String key = switch (c.groupBy()) {
			case "field" -> "d.field_code";
			case "unit" -> "g.grp";
			default -> "g.grp";
		};
		// WD: withdrawn (or suspended) at; LIVE: not withdrawn by the end of the period, so in the form's columns
		String counts = """
				    count(*) filter (where LIVE and d.received_at < :start) as carried_over,
				    count(*) filter (where LIVE and d.received_at >= :start and d.channel = 'ONLINE') as online,
				    count(*) filter (where LIVE and d.received_at >= :start and d.channel = 'DIRECT') as direct,
				    count(*) filter (where LIVE and d.received_at >= :start and d.channel = 'POSTAL') as postal,
				    count(*) filter (where LIVE and d.resolved_at <= :cutoff and d.resolved_at <= d.due_at
				        and (d.resolved_at at time zone 'Asia/Ho_Chi_Minh')::date
				            < (d.due_at at time zone 'Asia/Ho_Chi_Minh')::date) as early,
				    count(*) filter (where LIVE and d.resolved_at <= :cutoff and d.resolved_at <= d.due_at
				        and (d.resolved_at at time zone 'Asia/Ho_Chi_Minh')::date
				            >= (d.due_at at time zone 'Asia/Ho_Chi_Minh')::date) as on_time,
				    count(*) filter (where LIVE and d.resolved_at <= :cutoff and d.resolved_at > d.due_at) as late,
				    count(*) filter (where LIVE and (d.resolved_at is null or d.resolved_at > :cutoff)
				        and case when p.since <= :cutoff then p.since <= d.due_at else d.due_at > :cutoff end)
				        as within_deadline,
				    count(*) filter (where LIVE and (d.resolved_at is null or d.resolved_at > :cutoff)
				        and not case when p.since <= :cutoff then p.since <= d.due_at else d.due_at > :cutoff end)
				        as overdue,
				    count(*) filter (where WD >= :start and WD <= :cutoff) as withdrawn,
				    count(r.dossier_code) filter (where LIVE and r.recorded_at >= :start and r.recorded_at <= :cutoff)
				        as ratings""";
		// per group in parallel (a rollup would not aggregate in parallel), the total summed from the groups
		String sql = """
				with per_group as (
				    select %1$s as key,
				%2$s
				    from dossier d
				    join unnest(cast(? as bigint[]), cast(? as text[])) as g(id, grp) on d.receiving_unit_id = g.id
				    left join (select dossier_id, max(requested_at) as since from dossier_supplement
				               where resubmitted_at is null group by dossier_id) p
				        on p.dossier_id = d.id and d.status = 'AWAITING_SUPPLEMENT'
				    left join citizen_rating r on r.dossier_code = d.code
				    where d.status <> 'REFUSED_AT_DESK' and d.received_at <= :cutoff
				        and (d.resolved_at is null or d.resolved_at >= :start)
				        and (WD is null or WD >= :start)
				    group by %1$s)
				select false as is_total, key, carried_over, online, direct, postal, early, on_time, late,
				    within_deadline, overdue, withdrawn, ratings from per_group
				union all
				select true, null, sum(carried_over), sum(online), sum(direct), sum(postal), sum(early), sum(on_time),
				    sum(late), sum(within_deadline), sum(overdue), sum(withdrawn), sum(ratings) from per_group"""
			.formatted(key, counts)
			.replace("LIVE", "(WD is null or WD > :cutoff)")
			.replace("WD", "(case when d.status in ('WITHDRAWN', 'SUSPENDED') then d.closed_at end)");
		OffsetDateTime start = c.from().atStartOfDay(ZONE).toOffsetDateTime();
		OffsetDateTime cutoff = c.to().plusDays(1).atStartOfDay(ZONE).minusNanos(1000).toOffsetDateTime();
		// named markers in the text above, bound positionally
		List<String> order = new ArrayList<>();
		Matcher m = Pattern.compile(":start|:cutoff|\\?").matcher(sql);
		StringBuilder positional = new StringBuilder();
		while (m.find()) {
			order.add(m.group());
			m.appendReplacement(positional, "?");
		}
		m.appendTail(positional);
		double best = Double.MAX_VALUE;
		Map<String, Long> totals = new TreeMap<>();
		try (PreparedStatement ps = db.prepareStatement(positional.toString())) {
			Array ids = db.createArrayOf("bigint", groupOf.keySet().toArray());
			Array groups = db.createArrayOf("text", groupOf.values().toArray());
			boolean idsBound = false;
			for (int i = 0; i < order.size(); i++) {
				switch (order.get(i)) {
					case ":start" -> ps.setObject(i + 1, start);
					case ":cutoff" -> ps.setObject(i + 1, cutoff);
					default -> {
						ps.setArray(i + 1, idsBound ? groups : ids);
						idsBound = true;
					}
				}
			}
			for (int run = 0; run <= runs; run++) {
				long t = System.nanoTime();
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						if (rs.getBoolean("is_total")) {
							totals.clear();
							totals.put("carriedOver", rs.getLong("carried_over"));
							totals.put("online", rs.getLong("online"));
							totals.put("direct", rs.getLong("direct"));
							totals.put("postal", rs.getLong("postal"));
							totals.put("early", rs.getLong("early"));
							totals.put("onTime", rs.getLong("on_time"));
							totals.put("late", rs.getLong("late"));
							totals.put("withinDeadline", rs.getLong("within_deadline"));
							totals.put("overdue", rs.getLong("overdue"));
							totals.put("withdrawn", rs.getLong("withdrawn"));
						}
					}
				}
				double ms = (System.nanoTime() - t) / 1e6;
				if (run > 0) {
					best = Math.min(best, ms);
				}
			}
		}
		if (totals.isEmpty()) {
			for (String k : List.of("carriedOver", "online", "direct", "postal", "early", "onTime", "late",
					"withinDeadline", "overdue", "withdrawn")) {
				totals.put(k, 0L);
			}
		}
		return new Floor(best, totals);
	}

	/** Unit id → group: the whole subtree in one group, or by the direct child whose subtree holds it. */
	static Map<Long, String> groups(Connection db, Case c) throws SQLException {
		Map<Long, String> groupOf = new LinkedHashMap<>();
		String sql = """
				with recursive tree(id, code, parent_id, top) as (
				    select id, code, parent_id, code from organisation_unit where code = ?
				    union all
				    select u.id, u.code, u.parent_id, case when t.parent_id is null and t.code = ? then u.code else t.top end
				    from organisation_unit u join tree t on u.parent_id = t.id)
				select id, top from tree""";
		try (PreparedStatement ps = db.prepareStatement(sql)) {
			ps.setString(1, c.unit());
			ps.setString(2, c.unit());
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					groupOf.put(rs.getLong(1), c.groupBy().equals("unit") ? rs.getString(2) : c.unit());
				}
			}
		}
		if (c.groupBy().equals("unit")) {
			// the children's subtrees: for a province root, top is the child for every descendant
			try (PreparedStatement ps = db.prepareStatement("""
					with recursive tree(id, top) as (
					    select u.id, u.code from organisation_unit u join organisation_unit p on u.parent_id = p.id
					    where p.code = ?
					    union all
					    select u.id, t.top from organisation_unit u join tree t on u.parent_id = t.id)
					select id, top from tree""")) {
				ps.setString(1, c.unit());
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						groupOf.put(rs.getLong(1), rs.getString(2));
					}
				}
			}
		}
		return groupOf;
	}

	// --- receiving -------------------------------------------------------------------------------------------------

	void receive() throws Exception {
		int seconds = Integer.parseInt(options.getOrDefault("seconds", "60"));
		List<String> procedures = new ArrayList<>();
		try (Connection db = database(); Statement s = db.createStatement();
				ResultSet rs = s.executeQuery("select code from procedure where active and code like '%.H80' order by code")) {
			while (rs.next()) {
				procedures.add(rs.getString(1));
			}
		}
		List<HttpClient> clients = new ArrayList<>();
		List<String> tokens = new ArrayList<>();
		for (int i = 1; i <= CLERKS; i++) {
			HttpClient client = signIn("bench.motcua%02d".formatted(i));
			clients.add(client);
			tokens.add(csrf(get(client, "/dossiers/new").body()));
		}
		// warm-up: five receptions per clerk (compiled code paths, connection pool), not counted
		List<Thread> warmUp = new ArrayList<>();
		for (int i = 0; i < CLERKS; i++) {
			int clerk = i;
			Thread t = new Thread(() -> {
				SplittableRandom random = new SplittableRandom(-clerk - 1L);
				for (int n = 0; n < 5; n++) {
					try {
						post(clients.get(clerk), "/dossiers", receiveForm(random, procedures, tokens.get(clerk)));
					}
					catch (IOException | InterruptedException ex) {
						throw new IllegalStateException(ex);
					}
				}
			});
			t.start();
			warmUp.add(t);
		}
		for (Thread t : warmUp) {
			t.join();
		}
		long[] cpuBefore = cpu();
		ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
		AtomicLong errors = new AtomicLong();
		OffsetDateTime startedAt = OffsetDateTime.now();
		// closed model: each clerk posts again as soon as answered, the most the server does with 50 clerks
		ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
		int closedCount = acknowledged.size();
		double elapsed = clerks(clients, tokens, procedures, seconds, 0, acknowledged, latencies, errors, errorSamples, 1);
		closedCount = acknowledged.size() - closedCount;
		long[] cpuAfter = cpu();
		// open model: the same 50 clerks together offering the target rate (each on a fixed schedule); a reply is
		// timed from when its form was due, so a server falling behind shows in the latencies (no coordinated omission)
		double rate = Double.parseDouble(options.getOrDefault("rate", "200"));
		int pacedSeconds = Integer.parseInt(options.getOrDefault("paced-seconds", "30"));
		ConcurrentLinkedQueue<Double> pacedLatencies = new ConcurrentLinkedQueue<>();
		int pacedCount = acknowledged.size();
		double pacedElapsed = pacedSeconds <= 0 || rate <= 0 ? 0
				: clerks(clients, tokens, procedures, pacedSeconds, rate, acknowledged, pacedLatencies, errors,
						errorSamples, 2);
		pacedCount = acknowledged.size() - pacedCount;
		List<String> codes = new ArrayList<>(acknowledged);
		Set<String> distinct = new HashSet<>(codes);
		long found;
		long duplicatesInDb;
		long created;
		try (Connection db = database()) {
			try (PreparedStatement ps = db.prepareStatement("select count(distinct code) from dossier where code = any(?)")) {
				ps.setArray(1, db.createArrayOf("varchar", distinct.toArray()));
				try (ResultSet rs = ps.executeQuery()) {
					rs.next();
					found = rs.getLong(1);
				}
			}
			try (PreparedStatement ps = db.prepareStatement("""
					select count(*) from (select code from dossier where created_at >= ? group by code
					    having count(*) > 1) d""")) {
				ps.setObject(1, startedAt.minusSeconds(1));
				try (ResultSet rs = ps.executeQuery()) {
					rs.next();
					duplicatesInDb = rs.getLong(1);
				}
			}
			try (PreparedStatement ps = db.prepareStatement("""
					select count(*) from dossier d join dossier_transition t on t.dossier_id = d.id
					where d.created_at >= ? and t.action = 'receive' and t.actor like 'bench.motcua%'""")) {
				ps.setObject(1, startedAt);
				try (ResultSet rs = ps.executeQuery()) {
					rs.next();
					created = rs.getLong(1);
				}
			}
		}
		List<Double> times = new ArrayList<>(latencies);
		Properties out = new Properties();
		out.setProperty("receive.clerks", Integer.toString(CLERKS));
		out.setProperty("receive.seconds", fmt(elapsed));
		out.setProperty("receive.acknowledged", Integer.toString(closedCount));
		out.setProperty("receive.throughput", fmt(closedCount / elapsed));
		put(out, "receive.latency", times);
		if (pacedElapsed > 0) {
			out.setProperty("receive.paced.rate", fmt(rate));
			out.setProperty("receive.paced.seconds", fmt(pacedElapsed));
			out.setProperty("receive.paced.acknowledged", Integer.toString(pacedCount));
			out.setProperty("receive.paced.throughput", fmt(pacedCount / pacedElapsed));
			put(out, "receive.paced.latency", new ArrayList<>(pacedLatencies));
		}
		out.setProperty("receive.errors", Long.toString(errors.get()));
		out.setProperty("receive.duplicates", Long.toString((codes.size() - distinct.size()) + duplicatesInDb));
		out.setProperty("receive.lost", Long.toString(distinct.size() - found));
		out.setProperty("receive.createdInDatabase", Long.toString(created));
		if (!errorSamples.isEmpty()) {
			out.setProperty("receive.errorSamples", String.join(" | ", errorSamples));
		}
		if (cpuBefore != null && cpuAfter != null) {
			Properties cpu = load(results.resolve("cpu.properties"));
			cpu.setProperty("receive.cpu.app.ms", Long.toString(cpuAfter[0] - cpuBefore[0]));
			cpu.setProperty("receive.cpu.postgres.ms", Long.toString(cpuAfter[1] - cpuBefore[1]));
			store(cpu, results.resolve("cpu.properties"));
		}
		store(out, results.resolve("receive.properties"));
		System.err.printf("receiving: %d acknowledged in %.1f s (%.0f/s), p95 %s ms; offered %.0f/s: %d in %.1f s, p95 %s"
				+ " ms; errors %d, duplicates %s, lost %d, in the database %d%n", closedCount, elapsed,
				closedCount / elapsed, fmt(percentile(times, 95)), rate, pacedCount, pacedElapsed,
				fmt(percentile(new ArrayList<>(pacedLatencies), 95)), errors.get(),
				out.getProperty("receive.duplicates"), distinct.size() - found, created);
		errorSamples.forEach(e -> System.err.println("  error: " + e));
	}

	/**
	 * The clerks post the receive form for {@code seconds}: as fast as answered ({@code rate} 0), or together at
	 * {@code rate} forms a second, each clerk on its own fixed schedule, timed from the moment the form was due.
	 * @return the seconds it took
	 */
	double clerks(List<HttpClient> clients, List<String> tokens, List<String> procedures, int seconds, double rate,
			ConcurrentLinkedQueue<String> acknowledged, ConcurrentLinkedQueue<Double> latencies, AtomicLong errors,
			ConcurrentLinkedQueue<String> errorSamples, long seed) throws InterruptedException {
		int perClerkCap = 100_000;
		long start = System.nanoTime();
		long end = start + Duration.ofSeconds(seconds).toNanos();
		long interval = rate > 0 ? (long) (CLERKS * 1e9 / rate) : 0;
		CountDownLatch done = new CountDownLatch(CLERKS);
		Pattern receipt = Pattern.compile("/dossiers/([^/?]+)\\?moi");
		for (int i = 0; i < CLERKS; i++) {
			int clerk = i;
			Thread thread = new Thread(() -> {
				SplittableRandom random = new SplittableRandom(clerk * 7919L + seed * 104729L);
				long due = start + interval * clerk / CLERKS;
				try {
					for (int n = 0; n < perClerkCap; n++) {
						if (interval > 0) {
							long wait = due - System.nanoTime();
							if (wait > 0) {
								Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
							}
						}
						if (System.nanoTime() >= end || interval > 0 && due >= end) {
							break;
						}
						Map<String, String> form = receiveForm(random, procedures, tokens.get(clerk));
						long t = interval > 0 ? due : System.nanoTime();
						HttpResponse<String> r = post(clients.get(clerk), "/dossiers", form);
						double ms = (System.nanoTime() - t) / 1e6;
						due += interval;
						Matcher m = receipt.matcher(r.headers().firstValue("Location").orElse(""));
						if (r.statusCode() == 302 && m.find()) {
							acknowledged.add(m.group(1));
							latencies.add(ms);
						}
						else {
							errors.incrementAndGet();
							if (errorSamples.size() < 3) {
								errorSamples.add(r.statusCode() + " " + r.headers().firstValue("Location").orElse("")
										+ " " + form.get("procedureCode") + " " + pageErrors(r.body()));
							}
						}
					}
				}
				catch (IOException | InterruptedException ex) {
					errors.incrementAndGet();
					errorSamples.add(ex.toString());
				}
				finally {
					done.countDown();
				}
			});
			thread.start();
		}
		done.await();
		return (System.nanoTime() - start) / 1e9;
	}

	/** The messages a form page shows (validation and global errors), for the report. */
	static String pageErrors(String html) {
		Matcher m = Pattern.compile("class=\"(?:invalid-feedback|alert alert-danger)\"[^>]*>([^<]*)<").matcher(html);
		List<String> found = new ArrayList<>();
		while (m.find()) {
			found.add(m.group(1).trim());
		}
		return found.isEmpty() ? html.substring(0, Math.min(200, html.length())) : String.join("; ", found);
	}

	/**
	 * CPU used so far (ms) by the application (--app-pid) and by PostgreSQL (its postmaster, --pg-pid-file, with its
	 * live and ended children), from /proc: independent of what else the machine runs. Null where not given.
	 */
	long[] cpu() throws IOException {
		if (!options.containsKey("app-pid") || !options.containsKey("pg-pid-file")) {
			return null;
		}
		long hz = 100;
		long app = ticks(Long.parseLong(options.get("app-pid")), false);
		long postmaster = Long.parseLong(Files.readAllLines(Path.of(options.get("pg-pid-file"))).get(0).trim());
		long pg = ticks(postmaster, true);
		try (var children = Files.list(Path.of("/proc"))) {
			for (Path p : children.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
				try {
					String[] f = stat(p);
					if (Long.parseLong(f[3]) == postmaster) {
						pg += Long.parseLong(f[13]) + Long.parseLong(f[14]);
					}
				}
				catch (IOException | RuntimeException ex) {
					// the process ended meanwhile
				}
			}
		}
		return new long[] { app * 1000 / hz, pg * 1000 / hz };
	}

	static String[] stat(Path process) throws IOException {
		String s = Files.readString(process.resolve("stat"));
		// the command name may hold spaces: fields start after its closing parenthesis
		String rest = s.substring(s.lastIndexOf(')') + 2);
		String[] f = rest.split(" ");
		String[] all = new String[f.length + 2];
		System.arraycopy(f, 0, all, 2, f.length);
		return all;
	}

	static long ticks(long pid, boolean withEnded) throws IOException {
		String[] f = stat(Path.of("/proc", Long.toString(pid)));
		long t = Long.parseLong(f[13]) + Long.parseLong(f[14]);
		return withEnded ? t + Long.parseLong(f[15]) + Long.parseLong(f[16]) : t;
	}

	static final String[] FAMILY = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi" };

	static final String[] GIVEN = { "An", "Bình", "Châu", "Dũng", "Hà", "Hải", "Hương", "Lan", "Minh", "Nam", "Thảo" };

	static Map<String, String> receiveForm(SplittableRandom random, List<String> procedures, String token) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("procedureCode", procedures.get(random.nextInt(procedures.size())));
		form.put("channel", "DIRECT");
		form.put("applicantKind", "PERSON");
		form.put("applicantName", FAMILY[random.nextInt(FAMILY.length)] + " Văn " + GIVEN[random.nextInt(GIVEN.length)]);
		form.put("idNumber", "068%d%02d%06d".formatted(random.nextInt(2), random.nextInt(100), random.nextInt(1_000_000)));
		form.put("phone", "09%08d".formatted(random.nextInt(100_000_000)));
		form.put("address", "Thôn " + (1 + random.nextInt(9)));
		form.put("subject", "Đo hiệu năng tiếp nhận");
		form.put("_csrf", token);
		return form;
	}

	// --- citizen lookup data for wrk -------------------------------------------------------------------------------

	void lookupData() throws Exception {
		int browsers = 500;
		List<String[]> dossiers = new ArrayList<>();
		try (Connection db = database(); Statement s = db.createStatement()) {
			double estimate;
			try (ResultSet rs = s.executeQuery("select greatest(reltuples, 1) from pg_class where relname = 'dossier'")) {
				rs.next();
				estimate = rs.getDouble(1);
			}
			double percent = Math.min(100, 40_000 * 100 / estimate);
			try (ResultSet rs = s.executeQuery("""
					select code, right(applicant_phone, 4) from dossier tablesample bernoulli (%s) repeatable (8)
					where applicant_phone is not null and code is not null limit 20000""".formatted(percent))) {
				while (rs.next()) {
					dossiers.add(new String[] { rs.getString(1), rs.getString(2) });
				}
			}
		}
		Collections.shuffle(dossiers, new java.util.Random(8));
		StringBuilder lua = new StringBuilder("return { browsers = {\n");
		for (int i = 0; i < browsers; i++) {
			HttpClient client = client();
			// what a browser gets with the form: no session, a CSRF cookie and the form's token matching it
			HttpResponse<String> r = get(client, "/tra-cuu");
			String cookie = r.headers().allValues("Set-Cookie").stream()
				.map(v -> v.split(";", 2)[0])
				.filter(v -> v.startsWith("MOTCUA-CSRF="))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("no CSRF cookie from /tra-cuu"));
			lua.append("  {\"").append(cookie).append("\", \"")
				.append(URLEncoder.encode(csrf(r.body()), StandardCharsets.UTF_8)).append("\"},\n");
		}
		lua.append("}, dossiers = {\n");
		for (String[] d : dossiers) {
			lua.append("  {\"").append(URLEncoder.encode(d[0], StandardCharsets.UTF_8)).append("\", \"").append(d[1])
				.append("\"},\n");
		}
		lua.append("} }\n");
		Files.writeString(Path.of(options.get("out")), lua);
		System.err.printf("lookup data: %d browsers, %d existing dossiers%n", browsers, dossiers.size());
	}

	// --- results ---------------------------------------------------------------------------------------------------

	static double percentile(List<Double> values, double p) {
		if (values.isEmpty()) {
			return Double.NaN;
		}
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int rank = (int) Math.ceil(p / 100.0 * sorted.size());
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
	}

	static void put(Properties out, String key, List<Double> times) {
		out.setProperty(key + ".n", Integer.toString(times.size()));
		out.setProperty(key + ".p50", fmt(percentile(times, 50)));
		out.setProperty(key + ".p95", fmt(percentile(times, 95)));
		out.setProperty(key + ".p99", fmt(percentile(times, 99)));
	}

	static String fmt(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

	static Properties load(Path path) throws IOException {
		Properties p = new Properties();
		if (Files.exists(path)) {
			try (var in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
				p.load(in);
			}
		}
		return p;
	}

	static void store(Properties p, Path path) throws IOException {
		try (var out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
			p.store(out, null);
		}
	}

	/** Vietnamese grouping and decimals (1.234,5), as the README writes figures. */
	static String vn(double value, int decimals) {
		String s = String.format(Locale.GERMANY, "%,." + decimals + "f", value);
		return s;
	}

	static String ms(Properties p, String key) {
		double v = Double.parseDouble(p.getProperty(key, "NaN"));
		return Double.isNaN(v) ? "—" : vn(v, v < 10 ? 1 : 0);
	}

	static String triple(Properties p, String key) {
		return ms(p, key + ".p50") + " / " + ms(p, key + ".p95") + " / " + ms(p, key + ".p99") + " ms";
	}

	static void table(Path results) throws IOException {
		Properties g = load(results.resolve("generated.properties"));
		Properties s = load(results.resolve("statistics.properties"));
		Properties r = load(results.resolve("receive.properties"));
		Properties l = load(results.resolve("lookup.properties"));
		Properties st = load(results.resolve("static.properties"));
		Properties up = load(results.resolve("startup.properties"));
		Properties mem = load(results.resolve("memory.properties"));
		Properties load = load(results.resolve("load.properties"));
		Properties cpu = load(results.resolve("cpu.properties"));
		StringBuilder t = new StringBuilder();
		t.append("MotCua benchmark: ").append(vn(Double.parseDouble(g.getProperty("dossiers", "0")), 0))
			.append(" dossiers over 5 years up to ").append(g.getProperty("until")).append(" (generated and analysed in ")
			.append(g.getProperty("seconds")).append(" s); ").append(machine()).append(", load average ").append(load.getProperty("load.start", "?")).append(" at the start, ")
			.append(load.getProperty("load.end", "?")).append(" at the end; heap -Xmx512m\n\n");
		t.append("| measure | result (p50 / p95 / p99) | floor | ratio | target |\n|---|---|---|---|---|\n");
		for (String c : List.of("a", "b", "c", "d")) {
			String k = "stat." + c + ".";
			if (s.getProperty(k + "label") == null) {
				continue;
			}
			double sql = Double.parseDouble(s.getProperty(k + "sql.best"));
			double apiP95 = Double.parseDouble(s.getProperty(k + "api.p95"));
			String target = c.equals("d") ? "p95 ≤ 500 ms, ≤ 1,2× floor" : c.equals("c") ? "p95 ≤ 200 ms, ≤ 1,2× floor"
					: "p95 ≤ 200 ms";
			t.append("| statistics ").append(s.getProperty(k + "label")).append(", API (n=")
				.append(s.getProperty(k + "api.n")).append(") | ").append(triple(s, k + "api")).append(" | bare SQL ")
				.append(ms(s, k + "sql.best")).append(" ms (best of ").append(s.getProperty(k + "sql.runs"))
				.append(Boolean.parseBoolean(s.getProperty(k + "same")) ? ", same totals" : ", TOTALS DIFFER")
				.append(") | ").append(vn(apiP95 / sql, 2)).append("× (p95 ÷ floor) | ").append(target).append(" |\n");
			t.append("| statistics ").append(s.getProperty(k + "label")).append(", page (n=")
				.append(s.getProperty(k + "page.n")).append(") | ").append(triple(s, k + "page")).append(" | | | ")
				.append(c.equals("d") ? "p95 ≤ 500 ms" : "p95 ≤ 200 ms").append(" |\n");
		}
		if (r.getProperty("receive.throughput") != null) {
			t.append("| receiving: ").append(r.getProperty("receive.clerks")).append(" clerks posting the form for ")
				.append(vn(Double.parseDouble(r.getProperty("receive.seconds")), 0)).append(" s | ")
				.append(vn(Double.parseDouble(r.getProperty("receive.throughput")), 0)).append(" dossiers/s; ")
				.append(triple(r, "receive.latency")).append("; ").append(r.getProperty("receive.acknowledged"))
				.append(" acknowledged, ").append(r.getProperty("receive.errors")).append(" errors, duplicates ")
				.append(r.getProperty("receive.duplicates")).append(", lost ").append(r.getProperty("receive.lost"))
				.append(perRequest(cpu, "receive", Double.parseDouble(r.getProperty("receive.acknowledged"))))
				.append(" | | | ≥ 200/s, p95 ≤ 100 ms, 0 duplicates, 0 lost |\n");
			if (r.getProperty("receive.paced.throughput") != null) {
				t.append("| receiving: the same clerks offering ")
					.append(vn(Double.parseDouble(r.getProperty("receive.paced.rate")), 0)).append("/s together for ")
					.append(vn(Double.parseDouble(r.getProperty("receive.paced.seconds")), 0))
					.append(" s (timed from when each form was due) | ")
					.append(vn(Double.parseDouble(r.getProperty("receive.paced.throughput")), 0)).append(" dossiers/s; ")
					.append(triple(r, "receive.paced.latency")).append("; ")
					.append(r.getProperty("receive.paced.acknowledged"))
					.append(" acknowledged | | | ≥ 200/s, p95 ≤ 100 ms |\n");
			}
		}
		if (l.getProperty("lookup.rps") != null) {
			double lookup = Double.parseDouble(l.getProperty("lookup.rps"));
			double file = Double.parseDouble(st.getProperty("static.rps", "NaN"));
			t.append("| citizen lookup, wrk ").append(l.getProperty("lookup.connections")).append(" connections ")
				.append(l.getProperty("lookup.seconds")).append(" s, random existing dossiers | ")
				.append(vn(lookup, 0)).append(" requests/s; ").append(triple(l, "lookup")).append("; non-2xx ")
				.append(l.getProperty("lookup.errors"))
				.append(perRequest(cpu, "lookup", Double.parseDouble(l.getProperty("lookup.requests"))))
				.append(" | static file ").append(vn(file, 0))
				.append(" requests/s (").append(triple(st, "static")).append(") | ").append(vn(lookup / file, 2))
				.append("× | ≥ 2.000/s, p95 ≤ 20 ms, ≥ 0,5× |\n");
		}
		t.append("| start-up: launch to first page (built jar, existing data) | ")
			.append(vn(Double.parseDouble(up.getProperty("startup.seconds", "NaN")), 1)).append(" s | | | ≤ 20 s |\n");
		t.append("| resident memory (RSS) after the load | ").append(mem.getProperty("rss.mb", "—"))
			.append(" MB | | | |\n");
		System.out.print(t);
		Files.writeString(results.resolve("table.md"), t);
	}

	/** CPU per request of a phase, application and PostgreSQL, from the phase's totals. */
	static String perRequest(Properties cpu, String phase, double requests) {
		String app = cpu.getProperty(phase + ".cpu.app.ms");
		String pg = cpu.getProperty(phase + ".cpu.postgres.ms");
		if (app == null || pg == null || requests <= 0) {
			return "";
		}
		return "; CPU per request: application " + vn(Double.parseDouble(app) / requests, 1) + " ms, PostgreSQL "
				+ vn(Double.parseDouble(pg) / requests, 1) + " ms";
	}

	static String machine() {
		String cpu = "?";
		try {
			cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
				.filter(l -> l.startsWith("model name"))
				.findFirst()
				.map(l -> l.substring(l.indexOf(':') + 1).trim())
				.orElse("?");
		}
		catch (IOException ex) {
			// not Linux: the model stays unknown
		}
		long memory = 0;
		try {
			memory = Files.readAllLines(Path.of("/proc/meminfo")).stream()
				.filter(l -> l.startsWith("MemTotal"))
				.findFirst()
				.map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024)
				.orElse(0L);
		}
		catch (IOException ex) {
			// idem
		}
		return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), " + memory + " GB RAM";
	}

}
