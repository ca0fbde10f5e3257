package vn.motcua.dossier;

/** A dossier rule was broken (a transition not allowed now, bad input); nothing was changed. */
public class DossierException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	private final String field;

	public DossierException(String messageKey, Object... arguments) {
		this(null, messageKey, arguments);
	}

	static DossierException onField(String field, String messageKey, Object... arguments) {
		return new DossierException(field, messageKey, arguments);
	}

	private DossierException(String field, String messageKey, Object... arguments) {
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
