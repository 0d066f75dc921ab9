package be.lokaalcirculair.opendata;

/**
 * A file the import cannot read at all (wrong format, wrong encoding, hostile content,
 * too large, columns it does not know): nothing of it is imported, and the report says
 * why. The reason is a message key with its arguments, put into words in the language of
 * the person importing.
 */
class ImportRefused extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	private final int row;

	/**
	 * @param messageKey the key of the reason in the message bundles
	 * @param row the row where the problem is, or 0 for the file as a whole
	 * @param arguments the values the message names
	 */
	ImportRefused(String messageKey, int row, Object... arguments) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
		this.row = row;
		this.arguments = arguments;
	}

	String messageKey() {
		return this.messageKey;
	}

	Object[] arguments() {
		return this.arguments.clone();
	}

	int row() {
		return this.row;
	}

}
