package be.lokaalcirculair.search;

import java.util.Optional;

/** The orders of the practice search, by the code used in URLs and the API. */
public enum SearchOrder {

	RELEVANCE("relevantie"), NEWEST("nieuw"), UPDATED("bijgewerkt"), TITLE("titel");

	private final String code;

	SearchOrder(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

	public String messageKey() {
		return "search.order." + this.code;
	}

	/** The order with this code, or empty when the code is unknown. */
	public static Optional<SearchOrder> fromCode(String code) {
		for (SearchOrder order : values()) {
			if (order.code.equals(code)) {
				return Optional.of(order);
			}
		}
		return Optional.empty();
	}

}
