package be.lokaalcirculair.practice;

import java.util.Optional;

import org.springframework.data.domain.Sort;

/**
 * The orders in which fiches can be listed, by the code used in URLs.
 */
public enum PracticeSort {

	NEWEST("nieuw", Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.asc("id"))),
	UPDATED("bijgewerkt", Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.asc("id"))),
	TITLE("titel", Sort.by(Sort.Order.asc("title"), Sort.Order.asc("id")));

	private final String code;

	private final Sort sort;

	PracticeSort(String code, Sort sort) {
		this.code = code;
		this.sort = sort;
	}

	public String code() {
		return this.code;
	}

	public String messageKey() {
		return "practice.sort." + this.code;
	}

	Sort sort() {
		return this.sort;
	}

	/** The order with this code, or empty when the code is unknown. */
	public static Optional<PracticeSort> fromCode(String code) {
		for (PracticeSort sort : values()) {
			if (sort.code.equals(code)) {
				return Optional.of(sort);
			}
		}
		return Optional.empty();
	}

}
