package org.nastavnik.rest;

import java.util.List;
import java.util.function.Function;

import org.nastavnik.paging.Page;

/**
 * A list as the API returns it.
 *
 * @param items the items of this page
 * @param total the number of items in the whole list
 * @param page the page number, from 1
 * @param pageSize the items per page
 */
public record PageJson<T>(List<T> items, long total, int page, int pageSize) {

	public PageJson {
		items = List.copyOf(items);
	}

	/**
	 * @param page a page of domain values
	 * @param mapper turns the page's items into JSON values, all at once so that it can look up
	 *        what they refer to in one batch
	 * @return the page as JSON
	 */
	public static <T, R> PageJson<R> of(
		Page<T> page, Function<List<T>, List<R>> mapper) {

		return new PageJson<>(
			mapper.apply(page.items()), page.total(), page.request().page(),
			page.request().pageSize());
	}

	/**
	 * @param items the whole list
	 * @return the list as one page
	 */
	public static <T> PageJson<T> whole(List<T> items) {
		return new PageJson<>(items, items.size(), 1, Math.max(1, items.size()));
	}

}
