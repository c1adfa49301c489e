package org.nastavnik.paging;

import org.nastavnik.failure.InvalidInputException;

/**
 * Which page of a list to read.
 *
 * @param page the page number, from 1
 * @param pageSize the number of items per page, 1 to {@value #MAX_PAGE_SIZE}
 */
public record PageRequest(int page, int pageSize) {

	/** The largest page anyone may ask for. */
	public static final int MAX_PAGE_SIZE = 200;

	/** The page size when none is asked for. */
	public static final int DEFAULT_PAGE_SIZE = 20;

	public PageRequest {
		if (page < 1) {
			throw InvalidInputException.forField("page", "page.invalid", page);
		}

		if ((pageSize < 1) || (pageSize > MAX_PAGE_SIZE)) {
			throw InvalidInputException.forField("pageSize", "page-size.invalid", 1, MAX_PAGE_SIZE);
		}
	}

	/**
	 * @return the first page of the default size
	 */
	public static PageRequest first() {
		return new PageRequest(1, DEFAULT_PAGE_SIZE);
	}

	/**
	 * @return the zero-based index of the first item of this page
	 */
	public long offset() {
		return (long)(page - 1) * pageSize;
	}

}
