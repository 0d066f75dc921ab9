package be.lokaalcirculair.network;

/**
 * A registration or cancellation that is not allowed; nothing was changed. The message
 * key says why, in the user's language.
 */
class RegistrationRefused extends RuntimeException {

	private final String messageKey;

	RegistrationRefused(String messageKey) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
	}

	String messageKey() {
		return this.messageKey;
	}

}
