package vn.motcua.procedure;

/** A catalogue rule was broken; carries a message key and arguments for the page or the API. */
public class ProcedureException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	private final String field;

	ProcedureException(String field, String messageKey, Object... arguments) {
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
