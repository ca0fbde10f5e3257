package vn.motcua.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * The outcome of an all-or-nothing CSV import: either every row was applied (counts) or nothing was, and every bad
 * line is listed with its reason.
 */
public final class ImportReport {

	/** A bad line: its number (the header is line 1) and the reason, as a message key with arguments. */
	public record Problem(long line, String messageKey, Object... arguments) {
	}

	/** A problem in the reader's language, as the API answers it. */
	public record LineError(long line, String message) {
	}

	private final List<Problem> problems = new ArrayList<>();

	private int created;

	private int updated;

	private int unchanged;

	public void problem(long line, String messageKey, Object... arguments) {
		problems.add(new Problem(line, messageKey, arguments));
	}

	public boolean hasProblems() {
		return !problems.isEmpty();
	}

	public List<Problem> problems() {
		return List.copyOf(problems);
	}

	public void created() {
		created++;
	}

	public void updated() {
		updated++;
	}

	public void unchanged() {
		unchanged++;
	}

	public int createdCount() {
		return created;
	}

	public int updatedCount() {
		return updated;
	}

	public int unchangedCount() {
		return unchanged;
	}

	public List<LineError> errors(MessageSource messages, Locale locale) {
		return problems.stream()
			.map(p -> new LineError(p.line(), messages.getMessage(p.messageKey(), p.arguments(), p.messageKey(), locale)))
			.toList();
	}

}
