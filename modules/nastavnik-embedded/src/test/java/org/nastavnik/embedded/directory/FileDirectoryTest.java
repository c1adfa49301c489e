package org.nastavnik.embedded.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nastavnik.directory.Organization;
import org.nastavnik.directory.OrganizationKind;
import org.nastavnik.directory.Person;

class FileDirectoryTest {

	@BeforeAll
	static void readTheDemoDirectory() throws IOException {
		_demoDirectory = new FileDirectory(_configuration(""));
	}

	@Test
	void theDemoDirectoryHasADistrictsOrganizationsSortedByName() {
		assertThat(
			_demoDirectory.organizations()
		).extracting(
			Organization::name
		).containsExactly(
			"МДОУ «Детский сад № 12 „Берёзка“»", "МДОУ «Детский сад № 5 „Солнышко“»",
			"МОУ «Средняя общеобразовательная школа № 2»",
			"МУ «Информационно-методический центр» Заречного района"
		);
		assertThat(
			_demoDirectory.organization(3)
		).hasValueSatisfying(
			organization -> assertThat(organization.kind()).isEqualTo(OrganizationKind.SCHOOL)
		);
		assertThat(_demoDirectory.organization(99)).isEmpty();
	}

	@Test
	void theDemoDirectoryHasTheStaffRoles() {
		assertThat(_roles("admin")).containsExactly("administrator");
		assertThat(_roles("curator")).containsExactly("curator");
		assertThat(_roles("editor")).containsExactly("editor");
		assertThat(_roles("moderator")).containsExactly("moderator");
		assertThat(_roles("ivanova.mp")).isEmpty();
	}

	@Test
	void theDemoDirectoryHasEducatorsWithRussianNamesAndPositions() {
		Person person = _demoDirectory.person("ivanova.mp").orElseThrow();

		assertThat(person.fullName()).isEqualTo("Иванова Мария Петровна");
		assertThat(person.jobTitle()).isEqualTo("старший воспитатель");
		assertThat(person.organizationIds()).containsExactly(1L);
		assertThat(_demoDirectory.person(person.userId())).contains(person);
	}

	@Test
	void everyDemoAccountSignsInWithThePasswordDemo() {
		List<Person> people = _demoDirectory.people(
			LongStream.rangeClosed(1, 100).boxed().toList()
		).values(
		).stream(
		).toList();

		assertThat(people).hasSize(27);

		for (Person person : people) {
			assertThat(
				_demoDirectory.authenticate(person.screenName(), "demo")
			).as(
				person.screenName()
			).contains(
				person
			);
		}
	}

	@Test
	void aWrongPasswordOrAnUnknownNameSignsNobodyIn() {
		assertThat(_demoDirectory.authenticate("admin", "Demo")).isEmpty();
		assertThat(_demoDirectory.authenticate("admin", "")).isEmpty();
		assertThat(_demoDirectory.authenticate("admin", null)).isEmpty();
		assertThat(_demoDirectory.authenticate("nobody", "demo")).isEmpty();
		assertThat(_demoDirectory.authenticate(null, "demo")).isEmpty();
	}

	@Test
	void screenNamesAreFoundInAnyLetterCase() {
		assertThat(_demoDirectory.authenticate(" Ivanova.MP ", "demo")).isPresent();
	}

	@Test
	void peopleListsOnlyKnownUserIds() {
		assertThat(_demoDirectory.people(List.of(1L, 11L, 999L))).containsOnlyKeys(1L, 11L);
	}

	@Test
	void theDemoDirectoryOffersSignInHintsForKnownAccounts() {
		assertThat(_demoDirectory.signInHints()).isNotEmpty();

		for (SignInHint signInHint : _demoDirectory.signInHints()) {
			assertThat(_demoDirectory.person(signInHint.screenName())).isPresent();
			assertThat(signInHint.ru()).isNotBlank();
			assertThat(signInHint.en()).isNotBlank();
		}
	}

	@Test
	void aConfiguredFileIsReadAndOffersNoDemoHints(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("directory.json");

		Files.writeString(
			file,
			"""
			{
				"organizations": [{"id": 7, "name": "МОУ «Лицей № 1»", "kind": "SCHOOL"}],
				"people": [{
					"userId": 70, "screenName": "orlova", "fullName": "Орлова Анна Павловна",
					"organizationIds": [7], "roles": ["curator"], "passwordHash": "%s"
				}],
				"signInHints": [{"screenName": "orlova", "ru": "куратор", "en": "curator"}]
			}
			""".formatted(
				PasswordHash.create("секрет", new SecureRandom()).format()),
			StandardCharsets.UTF_8);

		FileDirectory fileDirectory = new FileDirectory(_configuration(file.toString()));

		assertThat(
			fileDirectory.authenticate("orlova", "секрет")
		).hasValueSatisfying(
			person -> {
				assertThat(person.userId()).isEqualTo(70);
				assertThat(person.email()).isEmpty();
			}
		);
		assertThat(fileDirectory.roles(70)).containsExactly("curator");
		assertThat(fileDirectory.roles(71)).isEmpty();
		assertThat(fileDirectory.signInHints()).isEmpty();
	}

	@Test
	void aFileThatDoesNotHoldTogetherIsRejected() {
		String hash = PasswordHash.create("x", new SecureRandom()).format();

		DirectoryFile.OrganizationEntry school = new DirectoryFile.OrganizationEntry(
			1, "МОУ СОШ № 1", OrganizationKind.SCHOOL);

		assertThatIllegalArgumentException().isThrownBy(
			() -> new FileDirectory(
				new DirectoryFile(
					List.of(school),
					List.of(
						new DirectoryFile.PersonEntry(
							5, "a", "A", "", "", List.of(1L), Set.of(), hash),
						new DirectoryFile.PersonEntry(
							5, "b", "B", "", "", List.of(1L), Set.of(), hash)),
					List.of()),
				false)
		).withMessageContaining(
			"User ID 5"
		);
		assertThatIllegalArgumentException().isThrownBy(
			() -> new FileDirectory(
				new DirectoryFile(
					List.of(school),
					List.of(
						new DirectoryFile.PersonEntry(
							5, "a", "A", "", "", List.of(2L), Set.of(), hash)),
					List.of()),
				false)
		).withMessageContaining(
			"unknown organization 2"
		);
		assertThatIllegalArgumentException().isThrownBy(
			() -> new FileDirectory(
				new DirectoryFile(
					List.of(school),
					List.of(
						new DirectoryFile.PersonEntry(5, "a", "A", "", "", List.of(), Set.of(), hash),
						new DirectoryFile.PersonEntry(6, "A", "A", "", "", List.of(), Set.of(), hash)),
					List.of()),
				false)
		).withMessageContaining(
			"Screen name A"
		);
	}

	private static FileDirectoryConfiguration _configuration(String file) {
		FileDirectoryConfiguration configuration = mock(FileDirectoryConfiguration.class);

		when(configuration.file()).thenReturn(file);

		return configuration;
	}

	private static Set<String> _roles(String screenName) {
		return _demoDirectory.roles(_demoDirectory.person(screenName).orElseThrow().userId());
	}

	private static FileDirectory _demoDirectory;

}
