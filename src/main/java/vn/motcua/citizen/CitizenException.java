package vn.motcua.citizen;

/** A citizen-facing rule was broken (e.g. a second rating); carries the message key shown in the page. */
public class CitizenException extends RuntimeException {

	private final String messageKey;

	public CitizenException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}

}
