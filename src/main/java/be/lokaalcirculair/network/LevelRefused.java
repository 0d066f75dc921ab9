package be.lokaalcirculair.network;

/**
 * A step on a network level that is not allowed now (already a member, a request already
 * pending, a decision already taken); nothing was changed. The message key says why.
 */
class LevelRefused extends RuntimeException {

	private final String messageKey;

	LevelRefused(String messageKey) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
	}

	String messageKey() {
		return this.messageKey;
	}

}
