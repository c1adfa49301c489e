package org.nastavnik.embedded.directory;

import java.io.Console;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A stored password: PBKDF2 with HMAC-SHA256, written as
 * {@code pbkdf2-sha256$iterations$saltBase64$hashBase64}.
 *
 * <p>Run {@code java -cp nastavnik-embedded.jar org.nastavnik.embedded.directory.PasswordHash} to
 * hash a password for a directory file.</p>
 *
 * @param iterations the PBKDF2 iteration count
 * @param salt the salt
 * @param hash the derived key
 */
public record PasswordHash(int iterations, byte[] salt, byte[] hash) {

	/** The iteration count for new hashes (OWASP's 2023 figure for PBKDF2 with HMAC-SHA512). */
	public static final int ITERATIONS = 210_000;

	public PasswordHash {
		if (iterations < 1) {
			throw new IllegalArgumentException("Iterations must be positive: " + iterations);
		}

		salt = salt.clone();
		hash = hash.clone();

		if ((salt.length == 0) || (hash.length == 0)) {
			throw new IllegalArgumentException("Salt and hash must not be empty");
		}
	}

	/**
	 * @param password the password
	 * @param random the source of the salt
	 * @return a new hash of the password with a fresh salt
	 */
	public static PasswordHash create(String password, SecureRandom random) {
		byte[] salt = new byte[_SALT_BYTES];

		random.nextBytes(salt);

		return new PasswordHash(ITERATIONS, salt, _derive(password, salt, ITERATIONS, _HASH_BYTES));
	}

	/**
	 * Hashes a password typed at the console and prints the stored form.
	 *
	 * @param arguments ignored
	 */
	public static void main(String[] arguments) {
		Console console = System.console();

		if (console == null) {
			System.err.println("Run this in a terminal; the password is read without echo.");

			System.exit(1);
		}

		char[] password = console.readPassword("Password: ");

		System.out.println(create(new String(password), new SecureRandom()).format());
	}

	/**
	 * @param text the stored form
	 * @return the hash
	 * @throws IllegalArgumentException if the text is not in the stored form
	 */
	public static PasswordHash parse(String text) {
		String[] parts = Objects.requireNonNull(text, "text").split("\\$", -1);

		if ((parts.length != 4) || !_ALGORITHM_ID.equals(parts[0])) {
			throw new IllegalArgumentException(
				"A password hash looks like " + _ALGORITHM_ID + "$iterations$salt$hash");
		}

		Base64.Decoder decoder = Base64.getDecoder();

		return new PasswordHash(
			Integer.parseInt(parts[1]), decoder.decode(parts[2]), decoder.decode(parts[3]));
	}

	@Override
	public boolean equals(Object object) {
		return (object instanceof PasswordHash other) && (iterations == other.iterations) &&
			Arrays.equals(salt, other.salt) && Arrays.equals(hash, other.hash);
	}

	/**
	 * @return the stored form
	 */
	public String format() {
		Base64.Encoder encoder = Base64.getEncoder();

		return String.join(
			"$", _ALGORITHM_ID, String.valueOf(iterations), encoder.encodeToString(salt),
			encoder.encodeToString(hash));
	}

	@Override
	public byte[] hash() {
		return hash.clone();
	}

	@Override
	public int hashCode() {
		return Objects.hash(iterations, Arrays.hashCode(salt), Arrays.hashCode(hash));
	}

	/**
	 * @param password a password as typed
	 * @return whether it is the hashed password, compared in constant time
	 */
	public boolean matches(String password) {
		return MessageDigest.isEqual(hash, _derive(password, salt, iterations, hash.length));
	}

	@Override
	public byte[] salt() {
		return salt.clone();
	}

	@Override
	public String toString() {
		// The hash is a secret too: keep it out of logs.
		return "PasswordHash[" + _ALGORITHM_ID + ", " + iterations + " iterations]";
	}

	private static byte[] _derive(String password, byte[] salt, int iterations, int length) {
		PBEKeySpec keySpec = new PBEKeySpec(
			Objects.requireNonNull(password, "password").toCharArray(), salt, iterations,
			length * Byte.SIZE);

		try {
			return SecretKeyFactory.getInstance(
				"PBKDF2WithHmacSHA256"
			).generateSecret(
				keySpec
			).getEncoded();
		}
		catch (GeneralSecurityException generalSecurityException) {
			// Every Java 17 runtime has this algorithm; its absence is a broken JDK.
			throw new IllegalStateException(generalSecurityException);
		}
		finally {
			keySpec.clearPassword();
		}
	}

	private static final String _ALGORITHM_ID = "pbkdf2-sha256";

	private static final int _HASH_BYTES = 32;

	private static final int _SALT_BYTES = 16;

}
