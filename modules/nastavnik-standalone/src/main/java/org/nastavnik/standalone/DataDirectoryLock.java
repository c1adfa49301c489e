package org.nastavnik.standalone;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps a second runtime off a data directory that one is using. Felix's own cache lock
 * does not: cleaning the cache deletes the locked file.
 */
final class DataDirectoryLock implements AutoCloseable {

	/**
	 * Locks the data directory.
	 *
	 * @throws StartupException if another runtime holds it
	 */
	static DataDirectoryLock acquire(Path dataDirectory) throws StartupException {
		Path lockFile = dataDirectory.resolve(".lock");

		FileChannel fileChannel = null;

		try {
			fileChannel = FileChannel.open(
				lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);

			FileLock fileLock = fileChannel.tryLock();

			if (fileLock != null) {
				return new DataDirectoryLock(fileChannel);
			}
		}
		catch (IOException | OverlappingFileLockException exception) {

			// Reported below, as a lock that is held.

		}

		_close(fileChannel);

		throw new StartupException(
			"Another Nastavnik is using the data directory " + dataDirectory +
				"; stop it or choose another with --data");
	}

	@Override
	public void close() {
		_close(_fileChannel);
	}

	private static void _close(FileChannel fileChannel) {
		if (fileChannel == null) {
			return;
		}

		try {

			// Closing the channel releases its lock.
			fileChannel.close();
		}
		catch (IOException ioException) {

			// Nothing to do: the process ending releases the lock as well.

		}
	}

	private DataDirectoryLock(FileChannel fileChannel) {
		_fileChannel = fileChannel;
	}

	private final FileChannel _fileChannel;

}
