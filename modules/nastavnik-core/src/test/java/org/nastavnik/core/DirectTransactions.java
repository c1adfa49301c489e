package org.nastavnik.core;

import java.util.function.Supplier;

import org.nastavnik.transaction.Transactions;

/**
 * Runs work at once and counts the outermost transactions, standing in for a database.
 */
public final class DirectTransactions implements Transactions {

	@Override
	public <T> T required(Supplier<T> work) {
		if (_depth++ == 0) {
			_started++;
		}

		try {
			return work.get();
		}
		finally {
			_depth--;
		}
	}

	/**
	 * @return how many outermost transactions ran
	 */
	public int started() {
		return _started;
	}

	private int _depth;
	private int _started;

}
