package vn.motcua.organisation;

/**
 * A rule of the organisation tree or of user accounts was broken. Carries a message key (messages*.properties) and
 * its arguments, so that pages show it in the reader's language and nothing is changed.
 */
public class OrganisationException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	private final String field;

	public OrganisationException(String messageKey, Object... arguments) {
		this(null, messageKey, arguments);
	}

	/** @param field the form field the problem belongs to, or {@code null} for the whole form */
	public static OrganisationException onField(String field, String messageKey, Object... arguments) {
		return new OrganisationException(field, messageKey, arguments);
	}

	private OrganisationException(String field, String messageKey, Object... arguments) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments;
	}

	public String field() {
		return field;
	}

}
