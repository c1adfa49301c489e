package org.nastavnik.liferay.internal.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.TransactionConfig;
import com.liferay.portal.kernel.transaction.TransactionInvokerUtil;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nastavnik.failure.ConflictException;
import org.nastavnik.failure.NotFoundException;
import org.nastavnik.liferay.internal.PortalStubs;

public class LiferayTransactionsTest {

	@BeforeEach
	public void installTransactions() {
		_transactionConfigs = PortalStubs.installTransactions();
	}

	@Test
	public void runsWorkInARequiredTransactionRollingBackOnAnyException() {
		assertThat(_transactions.required(() -> 42)).isEqualTo(42);

		TransactionConfig transactionConfig = _transactionConfigs.get(0);

		assertThat(transactionConfig.getPropagation()).isEqualTo(Propagation.REQUIRED);
		assertThat(transactionConfig.getRollbackForClasses()).containsExactly(Exception.class);
	}

	@Test
	public void nestedWorkAsksForTheSameRequiredTransaction() {
		_transactions.required(
			() -> {
				_transactions.required(() -> null);
			});

		assertThat(
			_transactionConfigs
		).hasSize(
			2
		).allSatisfy(
			transactionConfig -> assertThat(
				transactionConfig.getPropagation()
			).isEqualTo(
				Propagation.REQUIRED
			)
		);
	}

	@Test
	public void rethrowsFailuresOfTheWorkUnchanged() {
		NotFoundException notFoundException = new NotFoundException("pair.not-found", 1);
		IllegalStateException illegalStateException = new IllegalStateException("stop");

		assertThatThrownBy(
			() -> _transactions.required(
				() -> {
					throw notFoundException;
				})
		).isSameAs(
			notFoundException
		);
		assertThatThrownBy(
			() -> _transactions.required(
				() -> {
					throw illegalStateException;
				})
		).isSameAs(
			illegalStateException
		);
	}

	@Test
	public void reportsAStaleVersionFoundAtCommitAsAConflict() {
		assertThatThrownBy(
			() -> _transactions.required(
				() -> {
					throw PortalStubs.staleObjectStateFailure();
				})
		).isInstanceOfSatisfying(
			ConflictException.class,
			conflictException -> {
				assertThat(conflictException.messageKey()).isEqualTo("version.stale");
				assertThat(conflictException.field()).contains("version");
			}
		);
	}

	@Test
	public void wrapsACheckedFailureOfTheCommit() {
		Exception commitFailure = new Exception("commit");

		new TransactionInvokerUtil().setTransactionInvoker(
			new com.liferay.portal.kernel.transaction.TransactionInvoker() {

				@Override
				public <T> T invoke(
						TransactionConfig transactionConfig,
						java.util.concurrent.Callable<T> callable)
					throws Throwable {

					callable.call();

					throw commitFailure;
				}

			});

		assertThatThrownBy(
			() -> _transactions.required(() -> 1)
		).isInstanceOf(
			IllegalStateException.class
		).hasCause(
			commitFailure
		);
	}

	private List<TransactionConfig> _transactionConfigs;
	private final LiferayTransactions _transactions = new LiferayTransactions();

}
