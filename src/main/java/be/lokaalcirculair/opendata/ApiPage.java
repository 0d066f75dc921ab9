package be.lokaalcirculair.opendata;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/**
 * A page of a collection, as every list endpoint of the API returns it.
 *
 * @param items the items of this page
 * @param page the page number, from 1
 * @param size the page size asked for
 * @param totalItems how many items there are in all
 * @param totalPages how many pages there are
 * @param <T> the item type
 */
record ApiPage<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

	static <S, T> ApiPage<T> of(Page<S> page, Function<S, T> mapper) {
		return new ApiPage<>(page.getContent().stream().map(mapper).toList(), page.getNumber() + 1, page.getSize(),
				page.getTotalElements(), page.getTotalPages());
	}

}
