package be.lokaalcirculair.account;

/**
 * An account was erased at its owner's request: modules that keep a reference to it
 * remove the reference (the organisation keeps its fiches; they no longer name their
 * author).
 *
 * @param accountId the id the account had
 */
public record AccountErased(long accountId) {
}
