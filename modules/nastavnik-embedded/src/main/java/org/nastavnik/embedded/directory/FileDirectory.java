package org.nastavnik.embedded.directory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.nastavnik.directory.Directory;
import org.nastavnik.directory.Organization;
import org.nastavnik.directory.Person;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The embedded runtime's directory: people, organizations, roles and password hashes read once
 * from a JSON file, or from the built-in demo directory when no file is configured.
 */
@Component(
	configurationPid = "org.nastavnik.embedded.directory",
	service = {Accounts.class, Directory.class}
)
@Designate(ocd = FileDirectoryConfiguration.class)
public class FileDirectory implements Accounts, Directory {

	/** The classpath resource of the built-in demo directory. */
	public static final String DEMO_DIRECTORY = "demo-directory.json";

	/**
	 * @param configuration the file to read
	 * @throws IOException if the file cannot be read
	 * @throws IllegalArgumentException if the file does not hold together
	 */
	@Activate
	public FileDirectory(FileDirectoryConfiguration configuration) throws IOException {
		this(_read(configuration.file()), configuration.file().isBlank());
	}

	FileDirectory(DirectoryFile directoryFile, boolean demo) {
		for (DirectoryFile.OrganizationEntry entry : directoryFile.organizations()) {
			Organization organization = new Organization(entry.id(), entry.name(), entry.kind());

			if (_organizations.putIfAbsent(entry.id(), organization) != null) {
				throw new IllegalArgumentException("Organization ID " + entry.id() + " twice");
			}
		}

		for (DirectoryFile.PersonEntry entry : directoryFile.people()) {
			_add(entry);
		}

		_signInHints = demo ? directoryFile.signInHints() : List.of();

	}

	@Override
	public Optional<Person> authenticate(String screenName, String password) {
		Optional<Account> account = _account(screenName);

		if (account.isEmpty()) {
			_UNKNOWN_PERSON_HASH.matches(Objects.requireNonNullElse(password, ""));

			return Optional.empty();
		}

		if (!account.get().passwordHash().matches(Objects.requireNonNullElse(password, ""))) {
			return Optional.empty();
		}

		return Optional.of(account.get().person());
	}

	@Override
	public Optional<Organization> organization(long organizationId) {
		return Optional.ofNullable(_organizations.get(organizationId));
	}

	@Override
	public List<Organization> organizations() {
		Collator collator = Collator.getInstance(Locale.forLanguageTag("ru"));

		return _organizations.values(
		).stream(
		).sorted(
			Comparator.comparing(Organization::name, collator)
		).toList();
	}

	@Override
	public Map<Long, Person> people(Collection<Long> userIds) {
		Map<Long, Person> people = new LinkedHashMap<>();

		for (Long userId : userIds) {
			person(userId).ifPresent(person -> people.put(userId, person));
		}

		return people;
	}

	@Override
	public Optional<Person> person(long userId) {
		return Optional.ofNullable(_accounts.get(userId)).map(Account::person);
	}

	@Override
	public Optional<Person> person(String screenName) {
		return _account(screenName).map(Account::person);
	}

	@Override
	public Set<String> roles(long userId) {
		return Optional.ofNullable(
			_accounts.get(userId)
		).map(
			Account::roles
		).orElse(
			Set.of()
		);
	}

	@Override
	public List<SignInHint> signInHints() {
		return _signInHints;
	}

	private static DirectoryFile _read(String file) throws IOException {
		if (file.isBlank()) {
			try (InputStream inputStream = FileDirectory.class.getResourceAsStream(
					DEMO_DIRECTORY)) {

				return DirectoryFile.read(
					Objects.requireNonNull(inputStream, "The bundle lacks " + DEMO_DIRECTORY));
			}
		}

		try (InputStream inputStream = Files.newInputStream(Path.of(file))) {
			return DirectoryFile.read(inputStream);
		}
	}

	private Optional<Account> _account(String screenName) {
		if (screenName == null) {
			return Optional.empty();
		}

		return Optional.ofNullable(_accountsByScreenName.get(_normalize(screenName)));
	}

	private void _add(DirectoryFile.PersonEntry entry) {
		if (entry.userId() <= 0) {
			throw new IllegalArgumentException(
				entry.screenName() + " needs a positive user ID: " + entry.userId());
		}

		if (entry.passwordHash() == null) {
			throw new IllegalArgumentException(entry.screenName() + " has no passwordHash");
		}

		for (Long organizationId : entry.organizationIds()) {
			if (!_organizations.containsKey(organizationId)) {
				throw new IllegalArgumentException(
					entry.screenName() + " works in unknown organization " + organizationId);
			}
		}

		Account account = new Account(
			new Person(
				entry.userId(), entry.screenName(), entry.fullName(), entry.email(),
				entry.jobTitle(), entry.organizationIds()),
			entry.roles(), PasswordHash.parse(entry.passwordHash()));

		if (_accounts.putIfAbsent(entry.userId(), account) != null) {
			throw new IllegalArgumentException("User ID " + entry.userId() + " twice");
		}

		if (_accountsByScreenName.putIfAbsent(_normalize(entry.screenName()), account) != null) {
			throw new IllegalArgumentException("Screen name " + entry.screenName() + " twice");
		}
	}

	private static String _normalize(String screenName) {
		return screenName.strip().toLowerCase(Locale.ROOT);
	}

	// Unknown names are checked against a hash of nobody's password, so they take as long as
	// known ones; a constant spares every start the cost of hashing.
	private static final PasswordHash _UNKNOWN_PERSON_HASH = PasswordHash.parse(
		"pbkdf2-sha256$210000$RIiAHt5OaDcNhje7Bi3zbA==$EGYQQhQmigRA0y6G7JDwI5cfnJq6jCP8iEHip+8nqIM=");

	private final Map<Long, Account> _accounts = new HashMap<>();
	private final Map<String, Account> _accountsByScreenName = new HashMap<>();
	private final Map<Long, Organization> _organizations = new HashMap<>();
	private final List<SignInHint> _signInHints;

	/**
	 * A person with what only sign-in and access control need.
	 *
	 * @param person the person
	 * @param roles the role names
	 * @param passwordHash the password hash
	 */
	private record Account(Person person, Set<String> roles, PasswordHash passwordHash) {
	}

}
