package org.nastavnik.embedded.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.security.SecureRandom;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

	@Test
	void aHashMatchesItsPasswordOnly() {
		PasswordHash passwordHash = PasswordHash.create("Наставник-2026", new SecureRandom());

		assertThat(passwordHash.matches("Наставник-2026")).isTrue();
		assertThat(passwordHash.matches("наставник-2026")).isFalse();
		assertThat(passwordHash.matches("")).isFalse();
	}

	@Test
	void theStoredFormReadsBackAsTheSameHash() {
		PasswordHash passwordHash = PasswordHash.create("demo", new SecureRandom());

		String stored = passwordHash.format();

		assertThat(stored).startsWith("pbkdf2-sha256$" + PasswordHash.ITERATIONS + "$");
		assertThat(PasswordHash.parse(stored)).isEqualTo(passwordHash);
		assertThat(PasswordHash.parse(stored).matches("demo")).isTrue();
	}

	@Test
	void twoHashesOfOnePasswordHaveDifferentSalts() {
		SecureRandom random = new SecureRandom();

		assertThat(
			PasswordHash.create("demo", random).format()
		).isNotEqualTo(
			PasswordHash.create("demo", random).format()
		);
	}

	@Test
	void otherFormatsAreRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> PasswordHash.parse("demo"));
		assertThatIllegalArgumentException().isThrownBy(
			() -> PasswordHash.parse("bcrypt$10$c2FsdA==$aGFzaA=="));
		assertThatIllegalArgumentException().isThrownBy(
			() -> PasswordHash.parse("pbkdf2-sha256$0$c2FsdA==$aGFzaA=="));
	}

	@Test
	void theHashStaysOutOfToString() {
		PasswordHash passwordHash = PasswordHash.create("demo", new SecureRandom());

		assertThat(passwordHash.toString()).doesNotContain(passwordHash.format().split("\\$")[3]);
	}

}
