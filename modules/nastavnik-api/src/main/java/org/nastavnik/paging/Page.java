package org.nastavnik.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list.
 *
 * @param items the items of this page
 * @param total the number of items in the whole list
 * @param request the page that was asked for
 */
public record Page<T>(List<T> items, long total, PageRequest request) {

	public Page {
		items = List.copyOf(items);
	}

	/**
	 * @param mapper turns an item into another
	 * @return the same page of mapped items
	 */
	public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
		return new Page<>(items.stream().<R>map(mapper).toList(), total, request);
	}

}
