package be.lokaalcirculair.shared.taxonomy;

/**
 * A term of one of the controlled vocabularies: a stable code (never changes once
 * published, used in URLs, the API and the database) and a label looked up in the message
 * bundles.
 */
public interface Term {

	/** The stable code, lower case, as stored and as used in URLs and the API. */
	String code();

	/** The key of this term's label in the message bundles. */
	String messageKey();

}
