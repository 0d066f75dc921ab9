package be.lokaalcirculair.account;

/**
 * An account calling the API with one of its personal tokens: its rights are those the
 * account has at the time of the call, and the token's name says where a change came
 * from.
 */
public class ApiTokenPrincipal extends AccountPrincipal {

	private final String tokenName;

	ApiTokenPrincipal(Account account, String tokenName) {
		super(account);
		this.tokenName = tokenName;
		eraseCredentials();
	}

	/** The name its owner gave the token. */
	public String tokenName() {
		return this.tokenName;
	}

}
