package org.nastavnik.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class MainTest {

	@Test
	void badOptionsPrintWhatIsWrongAndExitWithCode2() throws Exception {
		int exitCode = Main.run(List.of("--port", "http"), _out(), _err());

		assertThat(exitCode).isEqualTo(2);
		assertThat(_err.toString(StandardCharsets.UTF_8)).contains(
			"--port must be a number", "--help");
		assertThat(_out.size()).isZero();
	}

	@Test
	void helpPrintsTheUsageAndExitsWithCode0() throws Exception {
		int exitCode = Main.run(List.of("--help"), _out(), _err());

		assertThat(exitCode).isZero();
		assertThat(_out.toString(StandardCharsets.UTF_8)).isEqualTo(CommandLine.USAGE);
	}

	private PrintStream _err() {
		return new PrintStream(_err, true, StandardCharsets.UTF_8);
	}

	private PrintStream _out() {
		return new PrintStream(_out, true, StandardCharsets.UTF_8);
	}

	private final ByteArrayOutputStream _err = new ByteArrayOutputStream();
	private final ByteArrayOutputStream _out = new ByteArrayOutputStream();

}
