package org.nastavnik.liferay.internal.store;

import java.util.List;
import java.util.function.LongSupplier;

import org.nastavnik.paging.Page;
import org.nastavnik.paging.PageRequest;

/**
 * Turns a {@link PageRequest} into Liferay's start/end range (end exclusive).
 */
public final class Paging {

	/**
	 * @param pageRequest the page
	 * @param items reads the range {@code [start, end)}
	 * @param total counts the whole list
	 * @return the page
	 */
	public static <T> Page<T> page(PageRequest pageRequest, Range<T> items, LongSupplier total) {
		int start = Math.toIntExact(pageRequest.offset());

		return new Page<>(
			items.read(start, start + pageRequest.pageSize()), total.getAsLong(), pageRequest);
	}

	/**
	 * Reads a range of a list.
	 */
	@FunctionalInterface
	public interface Range<T> {

		/**
		 * @param start the first position
		 * @param end the position after the last
		 * @return the items
		 */
		List<T> read(int start, int end);

	}

	private Paging() {
	}

}
