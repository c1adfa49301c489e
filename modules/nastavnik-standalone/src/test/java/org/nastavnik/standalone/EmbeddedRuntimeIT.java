package org.nastavnik.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real runtime, started in this JVM from the bundles in target/classes, driven over
 * HTTP as docs/rest-api.md describes it.
 *
 * <p>
 * It runs with a people file: the demo people plus spare educators, so that tests needing
 * fresh mentors and mentees (capacity, races) do not depend on how the demo pairs are
 * laid out. Everything about the demo data itself is discovered through the API.
 * </p>
 */
class EmbeddedRuntimeIT {

	@BeforeAll
	static void startRuntime() throws Exception {
		_settings = Settings.of(
			_dataDirectory.resolve("data")
		).withPort(
			0
		).withDirectoryFile(
			_peopleFile(_dataDirectory.resolve("people.json"))
		);

		_runningRuntime = EmbeddedRuntime.start(_settings);

		_settings = _settings.withPort(_runningRuntime.baseUri().getPort());

		assertThat(_runningRuntime.demoMode()).isTrue();

		_curator = RestClient.session(_baseUri(), "curator", _DEMO_PASSWORD);
		_programId = _curator.get(
			"/programs"
		).json(
		).get(
			"items"
		).get(
			0
		).get(
			"id"
		).asLong();
	}

	@AfterAll
	static void stopRuntime() {
		if (_runningRuntime != null) {
			_runningRuntime.close();
		}
	}

	@Test
	void healthAnswersWithoutSignIn() throws Exception {
		RestClient.Reply reply = RestClient.anonymous(_baseUri()).get("/health");

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().get("status").asText()).isEqualTo("UP");
	}

	@Test
	void theLoginPageStartsASessionThatTheApiKnows() throws Exception {
		RestClient.Reply me = RestClient.session(
			_baseUri(), "curator", _DEMO_PASSWORD
		).get(
			"/me"
		);

		assertThat(me.status()).isEqualTo(200);
		assertThat(me.json().get("screenName").asText()).isEqualTo("curator");
		assertThat(_texts(me.json().get("permissions"))).contains("MANAGE_PAIRS");
	}

	@Test
	void httpBasicSignsInAndAWrongPasswordDoesNot() throws Exception {
		RestClient.Reply me = RestClient.basic(
			_baseUri(), "curator", _DEMO_PASSWORD
		).get(
			"/me"
		);

		assertThat(me.status()).isEqualTo(200);
		assertThat(me.json().get("screenName").asText()).isEqualTo("curator");

		assertThat(
			RestClient.basic(_baseUri(), "curator", "wrong").get("/me").status()
		).isEqualTo(
			401
		);
	}

	@Test
	void theDemoMentorsAreListed() throws Exception {
		JsonNode mentors = _curator.get("/mentors?pageSize=200").json();

		assertThat(mentors.get("total").asInt()).isPositive();
		assertThat(mentors.get("items")).allSatisfy(
			mentor -> {
				assertThat(mentor.get("screenName").asText()).isNotBlank();
				assertThat(mentor.get("capacity").asInt()).isPositive();
				assertThat(mentor.get("freeSlots").asInt()).isEqualTo(
					mentor.get("capacity").asInt() - mentor.get("reservedSlots").asInt());
			});
	}

	@Test
	void aProposedPairBecomesActiveWhenMentorAndMenteeAccept() throws Exception {
		JsonNode mentor = _demoMentorWithAFreePlace();
		JsonNode mentee = _unpairedDemoMentee(mentor.get("userId").asLong());

		RestClient.Reply proposed = _curator.post(
			"/programs/" + _programId + "/pairs",
			_pairInput(mentor.get("userId").asLong(), mentee.get("userId").asLong()));

		assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
		assertThat(proposed.json().get("status").asText()).isEqualTo("PROPOSED");

		long pairId = proposed.json().get("id").asLong();

		RestClient.Reply acceptedByMentor = _accept(
			mentor.get("screenName").asText(), pairId,
			proposed.json().get("version").asLong());

		assertThat(acceptedByMentor.status()).as(acceptedByMentor.toString()).isEqualTo(200);
		assertThat(acceptedByMentor.json().get("status").asText()).isEqualTo("PROPOSED");

		RestClient.Reply acceptedByMentee = _accept(
			mentee.get("screenName").asText(), pairId,
			acceptedByMentor.json().get("version").asLong());

		assertThat(acceptedByMentee.status()).as(acceptedByMentee.toString()).isEqualTo(200);
		assertThat(acceptedByMentee.json().get("status").asText()).isEqualTo("ACTIVE");
		assertThat(_curator.get("/pairs/" + pairId).json().get("status").asText()).isEqualTo(
			"ACTIVE");
	}

	@Test
	void aProposalBeyondTheMentorsCapacityIsAConflict() throws Exception {
		long mentorUserId = _newMentor(1);

		assertThat(_propose(_curator, mentorUserId, _newMentee()).status()).isEqualTo(201);

		RestClient.Reply refused = _propose(_curator, mentorUserId, _newMentee());

		_assertProblem(refused, 409);
		assertThat(
			_curator.get("/mentors/" + mentorUserId).json().get("reservedSlots").asInt()
		).isEqualTo(
			1
		);
	}

	@Test
	void aStaleVersionIsAConflict() throws Exception {
		RestClient.Reply proposed = _propose(_curator, _newMentor(2), _newMentee());

		long pairId = proposed.json().get("id").asLong();
		long version = proposed.json().get("version").asLong();

		RestClient.Reply cancelled = _curator.post(
			"/pairs/" + pairId + "/cancel",
			RestClient.json(Map.of("version", version, "reason", "Двойная запись")));

		assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);

		RestClient.Reply stale = _curator.post(
			"/pairs/" + pairId + "/cancel",
			RestClient.json(Map.of("version", version, "reason", "Ещё раз")));

		_assertProblem(stale, 409);
	}

	@Test
	void malformedJsonIsABadRequestWithAProblem() throws Exception {
		RestClient.Reply reply = _curator.post(
			"/programs/" + _programId + "/pairs", "{\"mentorUserId\": ");

		_assertProblem(reply, 400);
	}

	@Test
	void anAnonymousWriteIsUnauthorized() throws Exception {
		RestClient.Reply reply = _propose(
			RestClient.anonymous(_baseUri()), _newMentor(1), _newMentee());

		_assertProblem(reply, 401);
	}

	@Test
	void aMenteeMayNotProposeAPair() throws Exception {
		JsonNode mentor = _demoMentorWithAFreePlace();
		JsonNode mentee = _unpairedDemoMentee(mentor.get("userId").asLong());

		RestClient.Reply reply = _propose(
			RestClient.basic(_baseUri(), mentee.get("screenName").asText(), _DEMO_PASSWORD),
			mentor.get("userId").asLong(), mentee.get("userId").asLong());

		_assertProblem(reply, 403);
	}

	@Test
	void aSessionWriteNeedsTheCsrfToken() throws Exception {
		long mentorUserId = _newMentor(2);

		RestClient.Reply forged = _propose(
			_curator.withoutCsrfToken(), mentorUserId, _newMentee());

		assertThat(forged.status()).as(forged.toString()).isEqualTo(403);

		RestClient.Reply genuine = _propose(_curator, mentorUserId, _newMentee());

		assertThat(genuine.status()).as(genuine.toString()).isEqualTo(201);
	}

	@Test
	void pairsSurviveARestartOnTheSameDataDirectory() throws Exception {
		RestClient.Reply proposed = _propose(_curator, _newMentor(1), _newMentee());

		assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);

		long pairId = proposed.json().get("id").asLong();

		_runningRuntime.close();
		_runningRuntime = null;

		_runningRuntime = EmbeddedRuntime.start(_settings);

		assertThat(_runningRuntime.demoMode()).isFalse();

		_curator = RestClient.session(_baseUri(), "curator", _DEMO_PASSWORD);

		RestClient.Reply pair = _curator.get("/pairs/" + pairId);

		assertThat(pair.status()).as(pair.toString()).isEqualTo(200);
		assertThat(pair.json().get("status").asText()).isEqualTo("PROPOSED");
		assertThat(pair.json().get("programId").asLong()).isEqualTo(_programId);
	}

	@Test
	void racingProposalsNeverOverfillAMentor() throws Exception {
		int capacity = 5;
		int proposals = 50;

		long mentorUserId = _newMentor(capacity);

		List<Long> menteeUserIds = new ArrayList<>();

		for (int i = 0; i < proposals; i++) {
			menteeUserIds.add(_newMentee());
		}

		CountDownLatch start = new CountDownLatch(1);

		List<Callable<Integer>> callables = new ArrayList<>();

		for (long menteeUserId : menteeUserIds) {
			callables.add(
				() -> {
					start.await();

					return _propose(_curator, mentorUserId, menteeUserId).status();
				});
		}

		ExecutorService executorService = Executors.newFixedThreadPool(proposals);

		try {
			List<Future<Integer>> futures = new ArrayList<>();

			for (Callable<Integer> callable : callables) {
				futures.add(executorService.submit(callable));
			}

			start.countDown();

			List<Integer> statuses = new ArrayList<>();

			for (Future<Integer> future : futures) {
				statuses.add(future.get());
			}

			assertThat(statuses).filteredOn(status -> status == 201).hasSize(capacity);
			assertThat(statuses).filteredOn(status -> status == 409).hasSize(
				proposals - capacity);
		}
		finally {
			executorService.shutdownNow();
		}

		JsonNode mentor = _curator.get("/mentors/" + mentorUserId).json();

		assertThat(mentor.get("reservedSlots").asInt()).isEqualTo(capacity);
		assertThat(mentor.get("freeSlots").asInt()).isZero();
		assertThat(
			_curator.get(
				"/programs/" + _programId + "/pairs?pageSize=200"
			).json(
			).get(
				"items"
			)
		).filteredOn(
			pair -> pair.get("mentorUserId").asLong() == mentorUserId
		).hasSize(
			capacity
		);
	}

	private static RestClient.Reply _accept(String screenName, long pairId, long version)
		throws Exception {

		return RestClient.basic(
			_baseUri(), screenName, _DEMO_PASSWORD
		).post(
			"/pairs/" + pairId + "/accept", RestClient.json(Map.of("version", version))
		);
	}

	private static void _assertProblem(RestClient.Reply reply, int status) {
		assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
		assertThat(reply.contentType()).startsWith("application/problem+json");
		assertThat(reply.json().get("status").asInt()).isEqualTo(status);
		assertThat(reply.json().get("code").asText()).isNotBlank();
	}

	private static URI _baseUri() {
		return _runningRuntime.baseUri();
	}

	private static JsonNode _demoMentorWithAFreePlace() throws Exception {
		for (JsonNode mentor : _curator.get("/mentors?pageSize=200").json().get("items")) {
			if (mentor.get("userId").asLong() < _SPARE_USER_ID) {
				if (mentor.get("freeSlots").asInt() > 0) {
					return mentor;
				}
			}
		}

		throw new AssertionError("No demo mentor has a free place");
	}

	private static long _newMentee() throws Exception {
		long userId = _spareUserIds.getAndIncrement();

		RestClient.Reply reply = _curator.put(
			"/mentees/" + userId,
			RestClient.json(
				Map.of(
					"category", "YOUNG_SPECIALIST", "yearsOfExperience", 1,
					"organizationId", 1, "supportNeeds", List.of())));

		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);

		return userId;
	}

	private static long _newMentor(int capacity) throws Exception {
		long userId = _spareUserIds.getAndIncrement();

		RestClient.Reply reply = _curator.put(
			"/mentors/" + userId,
			RestClient.json(
				Map.of(
					"strengths", List.of(), "capacity", capacity, "formats",
					List.of("IN_PERSON"), "bio", "Наставник для проверки")));

		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);

		return userId;
	}

	private static String _pairInput(long mentorUserId, long menteeUserId) {
		return RestClient.json(
			Map.of("mentorUserId", mentorUserId, "menteeUserIds", List.of(menteeUserId)));
	}

	/**
	 * Writes the demo people plus spare educators, who all sign in with the demo password.
	 */
	private static Path _peopleFile(Path file) throws Exception {
		ObjectMapper objectMapper = new ObjectMapper();

		ObjectNode directory;

		Path embeddedBundle = Path.of(
			EmbeddedRuntimeIT.class.getClassLoader().getResource(
				"bundles/nastavnik-embedded.jar"
			).toURI());

		try (ZipFile zipFile = new ZipFile(embeddedBundle.toFile());
			InputStream inputStream = zipFile.getInputStream(
				zipFile.getEntry(_DEMO_DIRECTORY))) {

			directory = (ObjectNode)objectMapper.readTree(inputStream);
		}

		ArrayNode people = (ArrayNode)directory.get("people");

		String passwordHash = people.get(0).get("passwordHash").asText();

		for (int i = 0; i < _SPARE_PEOPLE; i++) {
			long userId = _SPARE_USER_ID + i;

			ObjectNode person = people.addObject();

			person.put("userId", userId);
			person.put("screenName", "spare" + i);
			person.put("fullName", "Запасной Педагог " + i);
			person.put("email", "spare" + i + "@example.org");
			person.put("jobTitle", "воспитатель");
			person.putArray("organizationIds").add(1);
			person.putArray("roles");
			person.put("passwordHash", passwordHash);
		}

		objectMapper.writeValue(file.toFile(), directory);

		return file;
	}

	private static RestClient.Reply _propose(
			RestClient restClient, long mentorUserId, long menteeUserId)
		throws Exception {

		return restClient.post(
			"/programs/" + _programId + "/pairs", _pairInput(mentorUserId, menteeUserId));
	}

	private static Set<String> _texts(JsonNode array) {
		Set<String> texts = new HashSet<>();

		array.forEach(element -> texts.add(element.asText()));

		return texts;
	}

	private static JsonNode _unpairedDemoMentee(long mentorUserId) throws Exception {
		Set<Long> paired = new HashSet<>();

		for (JsonNode pair :
				_curator.get(
					"/programs/" + _programId + "/pairs?pageSize=200"
				).json(
				).get(
					"items"
				)) {

			String status = pair.get("status").asText();

			if (status.equals("PROPOSED") || status.equals("ACTIVE")) {
				pair.get("menteeUserIds").forEach(id -> paired.add(id.asLong()));
			}
		}

		for (JsonNode mentee : _curator.get("/mentees?pageSize=200").json().get("items")) {
			long userId = mentee.get("userId").asLong();

			if ((userId < _SPARE_USER_ID) && (userId != mentorUserId) &&
				!paired.contains(userId)) {

				return mentee;
			}
		}

		throw new AssertionError("Every demo mentee is paired");
	}

	private static final String _DEMO_DIRECTORY =
		"org/nastavnik/embedded/directory/demo-directory.json";

	private static final String _DEMO_PASSWORD = "demo";

	private static final int _SPARE_PEOPLE = 100;

	private static final long _SPARE_USER_ID = 1000;

	private static RestClient _curator;

	@TempDir
	private static Path _dataDirectory;

	private static long _programId;
	private static RunningRuntime _runningRuntime;
	private static Settings _settings;
	private static final AtomicLong _spareUserIds = new AtomicLong(_SPARE_USER_ID);

}
