package vn.motcua.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text exists in Vietnamese and English, with the same placeholders. */
class MessagesInSyncTests {

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (var in = MessagesInSyncTests.class.getResourceAsStream("/" + name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	@Test
	void vietnameseAndEnglishHaveTheSameKeysAndPlaceholders() throws IOException {
		Properties vi = load("messages.properties");
		Properties en = load("messages_en.properties");
		assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(vi.stringPropertyNames());
		Pattern placeholder = Pattern.compile("\\{\\d+}");
		for (String key : vi.stringPropertyNames()) {
			assertThat(placeholders(placeholder, en.getProperty(key))).as(key)
				.isEqualTo(placeholders(placeholder, vi.getProperty(key)));
		}
	}

	private static java.util.SortedSet<String> placeholders(Pattern pattern, String text) {
		java.util.SortedSet<String> found = new java.util.TreeSet<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group());
		}
		return found;
	}

}
