package vn.motcua.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.CalendarDays;
import vn.motcua.calendar.SupplementPolicy;
import vn.motcua.citizen.RatingBulkLoad;
import vn.motcua.citizen.RatingRecorded;
import vn.motcua.dossier.DossierBulkLoad;
import vn.motcua.dossier.DossierBulkLoad.Generated;
import vn.motcua.organisation.CurrentUser;
import vn.motcua.organisation.OrganisationException;
import vn.motcua.organisation.OrganisationUnits;
import vn.motcua.organisation.Role;
import vn.motcua.organisation.UnitImport;
import vn.motcua.organisation.UnitView;
import vn.motcua.organisation.UserAccounts;
import vn.motcua.organisation.UserForm;
import vn.motcua.procedure.ProcedureImport;
import vn.motcua.procedure.ProcedureView;
import vn.motcua.procedure.Procedures;
import vn.motcua.web.ImportReport;
import vn.motcua.web.MotCuaTime;

/**
 * The benchmark's data generator, run as {@code java -jar motcua.jar --spring.profiles.active=bench
 * --motcua.bench.dossiers=N} against an installation whose root unit and administrator exist (the bootstrap
 * variables): fills it with a province of realistic shape (see {@link ProvinceShape}, {@link DossierStories}) through
 * the modules' own paths (unit and procedure imports, user accounts, the dossier module's bulk path, which publishes
 * the event the statistics module updates itself from), then stops the application. Optionally writes the same
 * dossiers as the historical import's CSV ({@code motcua.bench.csv}).
 */
@Component
@Profile("bench")
class BenchGenerator {

	private static final Logger log = LoggerFactory.getLogger(BenchGenerator.class);

	/** Users the benchmark signs in as: {@value} plus a number for the clerks. */
	static final String CLERK_PREFIX = "bench.motcua";

	static final String STATISTICIAN = "bench.thongke";

	private final UserDetailsService accounts;

	private final UnitImport unitImport;

	private final ProcedureImport procedureImport;

	private final OrganisationUnits units;

	private final UserAccounts users;

	private final Procedures procedures;

	private final CalendarDays calendar;

	private final DossierBulkLoad bulk;

	private final RatingBulkLoad ratingBulk;

	private final ConfigurableApplicationContext context;

	private final Clock clock;

	private final Settings settings;

	/** What {@code motcua.bench.*} asks for. */
	record Settings(long dossiers, long seed, LocalDate until, int years, int units, int procedures, int clerks,
			int clerksAtProvince, String admin, String password, int batch, Path csv, boolean load, boolean exit) {
	}

	BenchGenerator(UserDetailsService accounts, UnitImport unitImport, ProcedureImport procedureImport,
			OrganisationUnits units, UserAccounts users, Procedures procedures, CalendarDays calendar,
			DossierBulkLoad bulk, RatingBulkLoad ratingBulk, ConfigurableApplicationContext context, Clock clock,
			@Value("${motcua.bench.dossiers:200000}") long dossiers, @Value("${motcua.bench.seed:8}") long seed,
			@Value("${motcua.bench.until:}") String until, @Value("${motcua.bench.years:5}") int years,
			@Value("${motcua.bench.units:150}") int unitCount, @Value("${motcua.bench.procedures:2000}") int procedureCount,
			@Value("${motcua.bench.clerks:50}") int clerks,
			@Value("${motcua.bench.clerks-at-province:20}") int clerksAtProvince,
			@Value("${motcua.bench.admin:${motcua.bootstrap.admin-username:quantri}}") String admin,
			@Value("${motcua.bench.password:}") String password, @Value("${motcua.bench.batch:0}") int batch,
			@Value("${motcua.bench.csv:}") String csv, @Value("${motcua.bench.load:true}") boolean load,
			@Value("${motcua.bench.exit:true}") boolean exit) {
		this.accounts = accounts;
		this.unitImport = unitImport;
		this.procedureImport = procedureImport;
		this.units = units;
		this.users = users;
		this.procedures = procedures;
		this.calendar = calendar;
		this.bulk = bulk;
		this.ratingBulk = ratingBulk;
		this.context = context;
		this.clock = clock;
		this.settings = new Settings(dossiers, seed,
				until.isBlank() ? LocalDate.now(clock.withZone(MotCuaTime.ZONE)).minusDays(1) : LocalDate.parse(until),
				years, unitCount, procedureCount, clerks, clerksAtProvince, admin, password, batch,
				csv.isBlank() ? null : Path.of(csv), load, exit);
	}

	@EventListener(ApplicationReadyEvent.class)
	void onReady() {
		int status = 0;
		try {
			generate();
		}
		catch (RuntimeException ex) {
			log.error("Benchmark data generation failed", ex);
			status = 1;
		}
		if (settings.exit()) {
			int code = status;
			System.exit(SpringApplication.exit(context, () -> code));
		}
	}

	/** Fills the database; also usable from a test with {@code motcua.bench.exit=false}. */
	void generate() {
		CurrentUser admin = (CurrentUser) accounts.loadUserByUsername(settings.admin());
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
		try {
			long started = System.nanoTime();
			UnitView root = units.find(admin.unitCode()).orElseThrow();
			ProvinceShape shape = new ProvinceShape(settings.seed(), root.code(), root.name(), settings.units(),
					settings.procedures());
			check("units", unitImport.importCsv(admin, shape.unitsCsv().getBytes(StandardCharsets.UTF_8)));
			// files of 100: the import's cost grows faster than its size (one persistence context per file)
			for (int from = 0; from < shape.procedures().size(); from += 100) {
				int to = Math.min(shape.procedures().size(), from + 100);
				check("procedures " + (from + 1) + "–" + to,
						procedureImport.importCsv(shape.proceduresCsv(from, to).getBytes(StandardCharsets.UTF_8)));
			}
			List<DossierStories.Unit> storyUnits = new ArrayList<>();
			for (ProvinceShape.Unit u : shape.units()) {
				UnitView view = units.find(u.code()).orElseThrow();
				storyUnits.add(new DossierStories.Unit(view.id(), view.code(), view.name(), u.agencyId(), u.kind(),
						u.weight()));
			}
			List<DossierStories.Procedure> storyProcedures = new ArrayList<>();
			for (ProvinceShape.Procedure p : shape.procedures()) {
				ProcedureView view = procedures.get(p.code());
				storyProcedures.add(new DossierStories.Procedure(view.code(), view.name(), view.field().code(),
						p.level(), view.currentProcessingTime(), p.onlineLevel(),
						view.supplementPolicy() == null ? SupplementPolicy.PAUSE : view.supplementPolicy(), p.weight()));
			}
			createUsers(admin, storyUnits);
			log.info("Province {}: {} units, {} procedures, users ready in {} ms", root.code(), storyUnits.size(),
					storyProcedures.size(), (System.nanoTime() - started) / 1_000_000);
			if (settings.dossiers() > 0) {
				dossiers(storyUnits, storyProcedures);
			}
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static void check(String what, ImportReport report) {
		if (report.hasProblems()) {
			throw new IllegalStateException("the generated " + what + " file was refused: " + report.problems());
		}
		log.info("Imported {}: {} created, {} updated, {} unchanged", what, report.createdCount(),
				report.updatedCount(), report.unchangedCount());
	}

	/** A statistician at the province; clerks at the provincial centre and at the largest communes. */
	private void createUsers(CurrentUser admin, List<DossierStories.Unit> storyUnits) {
		if (settings.password().isBlank()) {
			throw new IllegalStateException("set motcua.bench.password for the benchmark's users");
		}
		DossierStories.Unit root = storyUnits.get(0);
		create(admin, new UserForm(STATISTICIAN, "Cán bộ thống kê (đo hiệu năng)", root.code(),
				EnumSet.of(Role.STATISTICS), settings.password()));
		List<DossierStories.Unit> communes = storyUnits.stream()
			.filter(u -> u.kind().equals("COMMUNE"))
			.sorted(Comparator.comparingDouble(DossierStories.Unit::weight).reversed())
			.toList();
		for (int i = 0; i < settings.clerks(); i++) {
			DossierStories.Unit unit = i < settings.clerksAtProvince() || communes.isEmpty() ? root
					: communes.get((i - settings.clerksAtProvince()) % communes.size());
			create(admin, new UserForm("%s%02d".formatted(CLERK_PREFIX, i + 1), "Cán bộ một cửa %d (đo hiệu năng)"
				.formatted(i + 1), unit.code(), EnumSet.of(Role.RECEPTION_CLERK), settings.password()));
		}
	}

	private void create(CurrentUser admin, UserForm form) {
		try {
			users.create(admin, form);
		}
		catch (OrganisationException ex) {
			// already there from an earlier run: kept as it is
			log.debug("user {} not created: {}", form.username(), ex.getMessage());
		}
	}

	private void dossiers(List<DossierStories.Unit> storyUnits, List<DossierStories.Procedure> storyProcedures) {
		if (settings.load() && !bulk.isEmpty()) {
			throw new IllegalStateException("the database already holds dossiers: generate into a fresh one");
		}
		LocalDate from = settings.until().minusYears(settings.years()).plusDays(1);
		DossierStories stories = new DossierStories(settings.seed(), settings.dossiers(), from, settings.until(),
				storyUnits, storyProcedures, calendar::deadlineCalculator);
		log.info("Generating {} dossiers received {} – {} (seed {})", settings.dossiers(), from, settings.until(),
				settings.seed());
		DossierRatings ratings = new DossierRatings(settings.seed(), settings.until());
		long started = System.nanoTime();
		long done = 0;
		long rated = 0;
		try (CsvOut csv = settings.csv() == null ? null : new CsvOut(settings.csv());
				Prefetch produced = new Prefetch(stories, 4096)) {
			while (produced.hasNext()) {
				// by default one transaction for all: the dossier module builds its indexes once, at the end
				Batch batch = new Batch(produced, settings.batch() > 0 ? settings.batch() : Long.MAX_VALUE, csv,
						ratings);
				long count;
				if (settings.load()) {
					String note = "Dữ liệu sinh để đo hiệu năng (seed " + settings.seed() + ")";
					// the ratings of the batch's dossiers before the dossiers' event: the statistics take both in
					// one pass
					count = bulk.load(settings.admin(), note, batch, () -> ratingBulk.load(batch.rated, note)).dossiers();
					rated += batch.rated.size();
				}
				else {
					count = 0;
					while (batch.hasNext()) {
						batch.next();
						count++;
					}
				}
				done += count;
				double seconds = (System.nanoTime() - started) / 1e9;
				log.info("{} / {} dossiers in {} s ({} per second)", done, settings.dossiers(),
						Math.round(seconds), Math.round(done / Math.max(seconds, 0.001)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		log.info("Generated {} dossiers ({} rated) in {} s{}", done, rated,
				Math.round((System.nanoTime() - started) / 1e9),
				settings.csv() == null ? "" : "; import CSV written to " + settings.csv().toAbsolutePath());
	}

	/**
	 * The stories produced on a thread of their own, in chunks, while the caller's thread encodes and sends the previous
	 * ones (the COPY otherwise waits for each row to be made: about a third of its time). Same order, so the same data.
	 */
	static final class Prefetch implements Iterator<Generated>, AutoCloseable {

		private final BlockingQueue<List<Generated>> queue = new ArrayBlockingQueue<>(16);

		private final Thread thread;

		private volatile RuntimeException failure;

		private Iterator<Generated> chunk = Collections.emptyIterator();

		private boolean ended;

		Prefetch(Iterator<Generated> source, int chunkSize) {
			this.thread = new Thread(() -> {
				try {
					while (source.hasNext()) {
						List<Generated> next = new ArrayList<>(chunkSize);
						while (next.size() < chunkSize && source.hasNext()) {
							next.add(source.next());
						}
						queue.put(next);
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
				catch (RuntimeException ex) {
					failure = ex;
				}
				try {
					queue.put(List.of()); // the end (a chunk is never empty)
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}, "bench-stories");
			thread.setDaemon(true);
			thread.start();
		}

		@Override
		public boolean hasNext() {
			while (!chunk.hasNext() && !ended) {
				List<Generated> next;
				try {
					next = queue.take();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException("interrupted while waiting for the generated dossiers", ex);
				}
				if (next.isEmpty()) {
					ended = true;
					if (failure != null) {
						throw failure;
					}
				}
				else {
					chunk = next.iterator();
				}
			}
			return chunk.hasNext();
		}

		@Override
		public Generated next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			return chunk.next();
		}

		@Override
		public void close() {
			thread.interrupt();
		}

	}

	/** Up to {@code size} dossiers of the stories, each also written to the CSV if one is asked for. */
	private static final class Batch implements Iterator<Generated> {

		private final Iterator<Generated> stories;

		private final CsvOut csv;

		private final DossierRatings ratings;

		/** The ratings of the dossiers handed out so far. */
		final List<RatingRecorded> rated = new ArrayList<>();

		private long left;

		Batch(Iterator<Generated> stories, long size, CsvOut csv, DossierRatings ratings) {
			this.stories = stories;
			this.left = size;
			this.csv = csv;
			this.ratings = ratings;
		}

		@Override
		public boolean hasNext() {
			return left > 0 && stories.hasNext();
		}

		@Override
		public Generated next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			left--;
			Generated d = stories.next();
			if (csv != null) {
				csv.write(d);
			}
			RatingRecorded rating = ratings.rate(d);
			if (rating != null) {
				rated.add(rating);
			}
			return d;
		}

	}

	/** The historical import's CSV ({@code POST /api/v1/dossiers/import}), times in Asia/Ho_Chi_Minh. */
	static final class CsvOut implements AutoCloseable {

		static final String HEADER = "code,unit_code,procedure_code,channel,received_at,due_at,resolved_at,outcome,"
				+ "withdrawn_at,returned_at";

		private final BufferedWriter out;

		CsvOut(Path path) throws IOException {
			this.out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
			out.write(HEADER);
			out.write('\n');
		}

		void write(Generated d) {
			try {
				out.write(d.code());
				out.write(',');
				out.write(d.unitCode());
				out.write(',');
				out.write(d.procedureCode());
				out.write(',');
				out.write(d.channel().name());
				out.write(',');
				out.write(local(d.receivedAt()));
				out.write(',');
				out.write(local(d.dueAt()));
				out.write(',');
				out.write(local(d.resolvedAt()));
				out.write(',');
				out.write(d.resolvedAt() == null ? "" : d.rejected() ? "REJECTED" : "APPROVED");
				out.write(',');
				out.write(local(d.withdrawnAt()));
				out.write(',');
				out.write(local(d.returnedAt()));
				out.write('\n');
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		private static String local(Instant instant) {
			return instant == null ? "" : LocalDateTime.ofInstant(instant, MotCuaTime.ZONE).toString();
		}

		@Override
		public void close() throws IOException {
			out.close();
		}

	}

}
