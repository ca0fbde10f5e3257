/**
 * Đo hiệu năng: the province-scale benchmark's data generator (issue 8), active only under the {@code bench} profile.
 * It creates a realistic province through the other modules' public paths (unit and procedure imports, user accounts,
 * the dossier module's and the citizen module's bulk paths for generated dossiers and ratings) and never touches their
 * tables itself; the statistics follow from those modules' events. The benchmark command itself is {@code bench/run}
 * at the repository root.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Benchmark data",
		allowedDependencies = { "organisation", "procedure", "calendar", "dossier", "citizen", "web" })
package vn.motcua.bench;
