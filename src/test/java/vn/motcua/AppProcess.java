package vn.motcua;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * MotCua as a real, separate application instance: {@link MotCuaApplication} in a child JVM, with the main classes
 * and the dependencies but not the test classes (so none of the test configuration such as {@link TestDatabase} is
 * scanned in). Used by the tests that need what one JVM cannot show: a process killed the hard way, or two instances
 * that share nothing but the database. Its output goes to a file under {@code target/} for the post-mortem.
 */
public final class AppProcess implements AutoCloseable {

	private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");

	private final String name;

	private final Process process;

	private final Path log;

	private final int port;

	private AppProcess(String name, Process process, Path log, int port) {
		this.name = name;
		this.process = process;
		this.log = log;
		this.port = port;
	}

	/** Starts an instance; returns once it is ready (start-up runners done) and serves HTTP. {@code arguments} are Spring properties as {@code --k=v}. */
	public static AppProcess start(String name, List<String> arguments) throws IOException {
		return startAll(List.of(name), List.of(arguments)).get(0);
	}

	/** Starts several instances at the same moment (as after a deployment) and waits for all of them. */
	public static List<AppProcess> startAll(List<String> names, List<List<String>> arguments) throws IOException {
		List<Process> processes = new ArrayList<>();
		List<CompletableFuture<AppProcess>> starting = new ArrayList<>();
		try {
			for (int i = 0; i < names.size(); i++) {
				String name = names.get(i);
				Process process = launch(arguments.get(i));
				processes.add(process);
				starting.add(CompletableFuture.supplyAsync(() -> awaitStarted(name, process)));
			}
			List<AppProcess> started = new ArrayList<>();
			for (CompletableFuture<AppProcess> instance : starting) {
				started.add(instance.join());
			}
			return started;
		}
		catch (RuntimeException | IOException ex) {
			// one failed: leave no other instance running behind the failed test
			processes.forEach(Process::destroyForcibly);
			throw ex;
		}
	}

	private static Process launch(List<String> arguments) throws IOException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx768m", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Duser.timezone=Asia/Ho_Chi_Minh",
				"-Dfile.encoding=UTF-8", "-cp", mainClasspath(), MotCuaApplication.class.getName(), "--server.port=0",
				"--server.address=127.0.0.1", "--logging.level.root=WARN",
				"--logging.level.org.springframework.boot.tomcat=INFO", "--logging.level.vn.motcua=INFO",
				// "ReadinessState changed to ACCEPTING_TRAFFIC": after the start-up runners (demo data, calendar)
				"--logging.level.org.springframework.boot.availability=DEBUG",
				"--spring.main.banner-mode=off"));
		command.addAll(arguments);
		return new ProcessBuilder(command).redirectErrorStream(true).start();
	}

	private static AppProcess awaitStarted(String name, Process process) {
		Path log = Path.of("target", "app-" + name + ".log");
		try {
			Files.createDirectories(log.getParent());
			PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true);
			BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
			Integer port = null;
			String line;
			while ((line = in.readLine()) != null) {
				out.println(line);
				Matcher found = PORT.matcher(line);
				if (found.find()) {
					port = Integer.parseInt(found.group(1));
				}
				if (port != null && line.contains("ReadinessState changed to ACCEPTING_TRAFFIC")) {
					// keep copying its output so the child never blocks on a full pipe
					Thread copy = new Thread(() -> {
						try {
							String more;
							while ((more = in.readLine()) != null) {
								out.println(more);
							}
						}
						catch (IOException ex) {
							// the child is gone
						}
						finally {
							out.close();
						}
					}, "app-" + name + "-log");
					copy.setDaemon(true);
					copy.start();
					return new AppProcess(name, process, log, port);
				}
			}
			out.close();
			process.waitFor(10, TimeUnit.SECONDS);
			throw new IllegalStateException("instance " + name + " ended before it served HTTP; its log:\n" + tail(log));
		}
		catch (IOException ex) {
			throw new IllegalStateException("instance " + name + " could not be started", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The test class path without the test classes themselves. */
	private static String mainClasspath() {
		String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		return Arrays.stream(classpath.split(java.io.File.pathSeparator))
			.filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes/"))
			.collect(Collectors.joining(java.io.File.pathSeparator));
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + port;
	}

	public long pid() {
		return process.pid();
	}

	public boolean isAlive() {
		return process.isAlive();
	}

	/** What the instance wrote so far. */
	public String log() throws IOException {
		return Files.readString(log, StandardCharsets.UTF_8);
	}

	/** SIGTERM: Spring closes the context (and an embedded PostgreSQL) as on a normal shutdown. */
	public void stop() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			stop();
		}
	}

	@Override
	public String toString() {
		return name + " (pid " + process.pid() + ", " + baseUrl() + ")";
	}

	private static String tail(Path log) throws IOException {
		List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
	}

}
