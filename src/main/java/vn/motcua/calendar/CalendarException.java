package vn.motcua.calendar;

/**
 * A rule of the calendar admin pages was broken. Carries a message key (messages*.properties) and its arguments, so
 * that the page shows it in the reader's language and nothing is changed.
 */
class CalendarException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String field;

	private final String messageKey;

	private final transient Object[] arguments;

	/** @param field the form field the problem belongs to, or {@code null} for the whole form */
	CalendarException(String field, String messageKey, Object... arguments) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	String field() {
		return field;
	}

	String messageKey() {
		return messageKey;
	}

	Object[] arguments() {
		return arguments;
	}

}
