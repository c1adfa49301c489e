package org.nastavnik.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigurationsTest {

	@Test
	void theStoreGetsTheH2FileInTheDataDirectoryByDefault() {
		Configurations configurations = Configurations.of(Settings.of(_dataDirectory), true);

		assertThat(configurations.byPid()).containsOnlyKeys(
			Configurations.STORE_PID, Configurations.DIRECTORY_PID, Configurations.DEMO_PID,
			Configurations.WHITEBOARD_PID);
		assertThat(configurations.byPid().get(Configurations.STORE_PID)).isEqualTo(
			Map.of("url", "jdbc:h2:file:" + _dataDirectory.resolve("db/nastavnik")));
		assertThat(configurations.byPid().get(Configurations.DIRECTORY_PID)).isEmpty();
		assertThat(configurations.byPid().get(Configurations.DEMO_PID)).isEqualTo(
			Map.of("enabled", true));
	}

	@Test
	void jaxRsApplicationsJoinTheDefaultHttpContextWhereTheSignInFilterIs() {
		Configurations configurations = Configurations.of(Settings.of(_dataDirectory), false);

		assertThat(configurations.byPid().get(Configurations.WHITEBOARD_PID)).containsEntry(
			"osgi.http.whiteboard.context.select",
			"(osgi.http.whiteboard.context.name=default)"
		).hasEntrySatisfying(
			"default.application.base", base -> assertThat(base).isNotEqualTo("/")
		);
	}

	@Test
	void aJdbcUrlAndAPeopleFileArePassedOn() throws Exception {
		Path people = Files.writeString(_dataDirectory.resolve("people.json"), "{}");

		Settings settings = Settings.of(
			_dataDirectory
		).withJdbc(
			new Settings.Jdbc(
				"jdbc:postgresql://db/nastavnik", Optional.of("nastavnik"), Optional.of("pw"))
		).withDirectoryFile(
			people
		);

		Configurations configurations = Configurations.of(settings, false);

		assertThat(configurations.byPid().get(Configurations.STORE_PID)).isEqualTo(
			Map.of(
				"url", "jdbc:postgresql://db/nastavnik", "user", "nastavnik", "password",
				"pw"));
		assertThat(configurations.byPid().get(Configurations.DIRECTORY_PID)).isEqualTo(
			Map.of("file", people.toString()));
		assertThat(configurations.byPid().get(Configurations.DEMO_PID)).isEqualTo(
			Map.of("enabled", false));
	}

	@TempDir
	private Path _dataDirectory;

}
