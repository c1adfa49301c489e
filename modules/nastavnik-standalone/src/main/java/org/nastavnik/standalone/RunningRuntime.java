package org.nastavnik.standalone;

import java.net.URI;
import java.time.Duration;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.launch.Framework;

/**
 * An embedded runtime that answers HTTP requests; {@link #close()} stops it.
 */
public final class RunningRuntime implements AutoCloseable {

	/**
	 * Returns where the runtime answers, e.g. {@code http://localhost:8080/}.
	 */
	public URI baseUri() {
		return _baseUri;
	}

	/**
	 * Stops the framework and waits until it has stopped; does nothing when it has already.
	 *
	 * @throws IllegalStateException if the framework does not stop in time
	 */
	@Override
	public void close() {
		try {
			if ((_framework.getState() & (Bundle.STARTING | Bundle.ACTIVE)) != 0) {
				_framework.stop();
			}

			FrameworkEvent frameworkEvent = _framework.waitForStop(
				_STOP_TIMEOUT.toMillis());

			if (frameworkEvent.getType() == FrameworkEvent.WAIT_TIMEDOUT) {
				throw new IllegalStateException(
					"The framework did not stop within " + _STOP_TIMEOUT.toSeconds() +
						" s");
			}
		}
		catch (BundleException bundleException) {
			throw new IllegalStateException(bundleException);
		}
		catch (InterruptedException interruptedException) {
			Thread.currentThread().interrupt();
		}
		finally {
			_dataDirectoryLock.close();
		}
	}

	/**
	 * Tells whether the runtime started on a new database and filled it with demo data.
	 */
	public boolean demoMode() {
		return _demoMode;
	}

	/**
	 * Returns how long {@link EmbeddedRuntime#start(Settings)} took until the first
	 * answered request.
	 */
	public Duration startupTime() {
		return _startupTime;
	}

	/**
	 * Waits until the framework has stopped, by {@link #close()} or from inside.
	 */
	public void waitForStop() throws InterruptedException {
		_framework.waitForStop(0);
	}

	RunningRuntime(
		Framework framework, DataDirectoryLock dataDirectoryLock, URI baseUri,
		boolean demoMode, Duration startupTime) {

		_framework = framework;
		_dataDirectoryLock = dataDirectoryLock;
		_baseUri = baseUri;
		_demoMode = demoMode;
		_startupTime = startupTime;
	}

	private static final Duration _STOP_TIMEOUT = Duration.ofSeconds(30);

	private final URI _baseUri;
	private final DataDirectoryLock _dataDirectoryLock;
	private final boolean _demoMode;
	private final Framework _framework;
	private final Duration _startupTime;

}
