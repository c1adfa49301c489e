package org.nastavnik.core.competency;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.nastavnik.competency.Competency;
import org.nastavnik.competency.CompetencyArea;
import org.nastavnik.competency.LocalizedText;

/**
 * The competency framework every installation starts with, after the professional standard
 * «Педагог». It is data, kept in {@code default-framework.tsv} beside this class.
 */
final class DefaultCompetencyFramework {

	/**
	 * @return the competencies in the framework's order; their IDs are 0 (not stored yet)
	 */
	static List<Competency> competencies() {
		try (InputStream inputStream = DefaultCompetencyFramework.class.getResourceAsStream(
				"default-framework.tsv");
			BufferedReader reader = new BufferedReader(
				new InputStreamReader(inputStream, StandardCharsets.UTF_8))) {

			List<Competency> competencies = new ArrayList<>();

			reader.readLine(); // the header

			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.isBlank()) {
					continue;
				}

				String[] columns = line.split("\t");

				competencies.add(
					new Competency(
						0, columns[0], CompetencyArea.valueOf(columns[1]),
						new LocalizedText(columns[2], columns[3]), competencies.size() + 1));
			}

			return List.copyOf(competencies);
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
	}

	private DefaultCompetencyFramework() {
	}

}
