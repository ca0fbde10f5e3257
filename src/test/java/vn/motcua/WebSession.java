package vn.motcua;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One user's browser over real HTTP, for tests that talk to running application instances (a child JVM, or two of
 * them): a cookie jar (the {@code SESSION} cookie, as a browser keeps it per host, not per port), the CSRF token read
 * from the last page, redirects not followed so that a test sees the answer itself. The base address is given per
 * request, so one session can alternate between instances. Safe for several threads of one user.
 */
public final class WebSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final HttpClient http;

	private volatile String csrf;

	public WebSession() {
		this.http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	/** Signs in through the login form; true when the application answered with the redirect to the home page. */
	public boolean login(String base, String username, String password) throws IOException, InterruptedException {
		get(base, "/login");
		HttpResponse<String> answer = post(base, "/login", Map.of("username", username, "password", password));
		return answer.statusCode() == 302 && location(answer).map(l -> !l.contains("error")).orElse(false);
	}

	public HttpResponse<String> get(String base, String path) throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(60))
			.header("Accept-Language", "vi")
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		remember(response);
		return response;
	}

	/** A form post with the CSRF token of the last page seen (fetch a page of this session first). */
	public HttpResponse<String> post(String base, String path, Map<String, String> fields)
			throws IOException, InterruptedException {
		Map<String, String> form = new LinkedHashMap<>(fields);
		if (csrf != null) {
			form.put("_csrf", csrf);
		}
		String body = form.entrySet()
			.stream()
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
			.header("Accept-Language", "vi")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		remember(response);
		return response;
	}

	public static Optional<String> location(HttpResponse<?> response) {
		return response.headers().firstValue("Location");
	}

	/**
	 * Tiếp nhận through the reception form (procedure 1.001193, khai sinh, fee exempt); the new dossier's code when the
	 * application acknowledged it with its redirect to the dossier page, empty otherwise.
	 */
	public Optional<String> receive(String base, String applicant) throws IOException, InterruptedException {
		return receive(base, "1.001193", applicant);
	}

	/** Tiếp nhận of a dossier of {@code procedure} (fee exempt where it has one), as {@link #receive(String, String)}. */
	public Optional<String> receive(String base, String procedure, String applicant)
			throws IOException, InterruptedException {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("procedureCode", procedure);
		form.put("channel", "DIRECT");
		form.put("applicantKind", "PERSON");
		form.put("applicantName", applicant);
		form.put("idNumber", "001195012345");
		form.put("phone", "0912345678");
		form.put("address", "Thôn Đông");
		form.put("subject", "Đăng ký khai sinh");
		form.put("received", "1");
		form.put("feeStatus", "EXEMPT");
		form.put("decision", "receive");
		HttpResponse<String> answer = post(base, "/dossiers", form);
		if (answer.statusCode() != 302) {
			return Optional.empty();
		}
		Matcher code = Pattern.compile("/dossiers/([^/?#]+)\\?moi").matcher(location(answer).orElse(""));
		return code.find() ? Optional.of(java.net.URLDecoder.decode(code.group(1), StandardCharsets.UTF_8)) : Optional.empty();
	}

	/** A step on a dossier ({@code assign}, {@code withdraw}…); true when acknowledged by the redirect to its page. */
	public boolean act(String base, String code, String action, long version, Map<String, String> fields)
			throws IOException, InterruptedException {
		Map<String, String> form = new LinkedHashMap<>(fields);
		form.put("version", Long.toString(version));
		HttpResponse<String> answer = post(base, "/dossiers/" + code + "/" + action, form);
		return answer.statusCode() == 302 && location(answer).orElse("").endsWith("/dossiers/" + code);
	}

	private void remember(HttpResponse<String> response) {
		Matcher token = CSRF.matcher(response.body() == null ? "" : response.body());
		if (token.find()) {
			csrf = token.group(1);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
