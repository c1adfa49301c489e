package org.nastavnik.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

	@Test
	void noOptionsMeanPort8080AndTheH2FileInDotSlashData() throws Exception {
		Settings settings = _start();

		assertThat(settings.port()).isEqualTo(8080);
		assertThat(settings.dataDirectory()).isEqualTo(_workingDirectory.resolve("data"));
		assertThat(settings.jdbcUrl()).isEqualTo(
			"jdbc:h2:file:" + _workingDirectory.resolve("data/db/nastavnik"));
		assertThat(settings.directoryFile()).isEmpty();
		assertThat(settings.logLevel()).isEqualTo(LogLevel.WARN);
	}

	@Test
	void optionsTakeTheirValueAfterASpaceOrAnEqualsSign() throws Exception {
		Settings settings = _start("--port", "9090", "--data=other", "--log-level", "DEBUG");

		assertThat(settings.port()).isEqualTo(9090);
		assertThat(settings.dataDirectory()).isEqualTo(_workingDirectory.resolve("other"));
		assertThat(settings.jdbcUrl()).isEqualTo(
			"jdbc:h2:file:" + _workingDirectory.resolve("other/db/nastavnik"));
		assertThat(settings.logLevel()).isEqualTo(LogLevel.DEBUG);
	}

	@Test
	void aJdbcUrlReplacesTheH2FileAndCarriesUserAndPassword() throws Exception {
		Settings settings = _start(
			"--jdbc-url", "jdbc:postgresql://db:5432/nastavnik", "--jdbc-user", "nastavnik",
			"--jdbc-password", "secret");

		assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/nastavnik");
		assertThat(settings.jdbc()).contains(
			new Settings.Jdbc(
				"jdbc:postgresql://db:5432/nastavnik", Optional.of("nastavnik"),
				Optional.of("secret")));
		assertThat(settings.jdbc().get().toString()).doesNotContain("secret");
	}

	@Test
	void aDirectoryFileMustExist() throws Exception {
		Path file = Files.writeString(_workingDirectory.resolve("people.json"), "{}");

		assertThat(_start("--directory", "people.json").directoryFile()).contains(file);

		assertThatThrownBy(
			() -> _start("--directory", "nobody.json")
		).isInstanceOf(
			CommandLine.UsageException.class
		).hasMessageContaining(
			"nobody.json"
		);
	}

	@Test
	void helpWinsOverEverythingElse() throws Exception {
		assertThat(
			CommandLine.parse(List.of("--port", "1", "--help"), _workingDirectory)
		).isInstanceOf(
			CommandLine.Command.ShowHelp.class
		);
		assertThat(CommandLine.USAGE).contains(
			"--port", "--data", "--jdbc-url", "--jdbc-user", "--jdbc-password",
			"--directory", "--help");
	}

	@Test
	void badCommandLinesAreRefusedWithAMessageNamingTheOption() {
		_assertRefused("unknown option --prot", "--prot", "80");
		_assertRefused("--port needs a value", "--port");
		_assertRefused("--port must be a number", "--port", "eighty");
		_assertRefused("--port must be a number", "--port", "65536");
		_assertRefused("--jdbc-url must start with jdbc:", "--jdbc-url", "postgres://db");
		_assertRefused("go with --jdbc-url", "--jdbc-user", "nastavnik");
		_assertRefused("--log-level must be", "--log-level", "loud");
		_assertRefused("unexpected argument \"serve\"", "serve");
	}

	private void _assertRefused(String message, String... args) {
		assertThatThrownBy(
			() -> CommandLine.parse(List.of(args), _workingDirectory)
		).isInstanceOf(
			CommandLine.UsageException.class
		).hasMessageContaining(
			message
		);
	}

	private Settings _start(String... args) throws CommandLine.UsageException {
		CommandLine.Command command = CommandLine.parse(List.of(args), _workingDirectory);

		assertThat(command).isInstanceOf(CommandLine.Command.Start.class);

		return ((CommandLine.Command.Start)command).settings();
	}

	@TempDir
	private Path _workingDirectory;

}
