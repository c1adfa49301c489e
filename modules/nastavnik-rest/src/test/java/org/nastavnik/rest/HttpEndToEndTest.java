package org.nastavnik.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.transport.http.AbstractHTTPDestination;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nastavnik.access.AccessControl;
import org.nastavnik.access.Actor;
import org.nastavnik.competency.CompetencyService;
import org.nastavnik.directory.Directory;
import org.nastavnik.failure.ConflictException;
import org.nastavnik.pairs.MenteeService;
import org.nastavnik.pairs.MentorService;
import org.nastavnik.pairs.Pair;
import org.nastavnik.pairs.PairService;
import org.nastavnik.pairs.PairState;
import org.nastavnik.pairs.Response;
import org.nastavnik.paging.Page;
import org.nastavnik.paging.PageRequest;
import org.nastavnik.program.ProgramService;
import org.nastavnik.rest.competency.CompetencyResource;
import org.nastavnik.rest.directory.MeResource;
import org.nastavnik.rest.directory.OrganizationResource;
import org.nastavnik.rest.pairs.MenteeResource;
import org.nastavnik.rest.pairs.MentorResource;
import org.nastavnik.rest.pairs.MyPairsResource;
import org.nastavnik.rest.pairs.PairResource;
import org.nastavnik.rest.pairs.ProgramPairsResource;
import org.nastavnik.rest.program.ProgramResource;

/**
 * The resources and providers of the bundle in a real JAX-RS runtime (CXF, as the Aries
 * whiteboard uses) over HTTP: what unit tests cannot show is how the runtime routes, reads bodies
 * and picks exception mappers.
 */
class HttpEndToEndTest {

	@BeforeAll
	static void startServer() throws IOException {
		try (ServerSocket serverSocket = new ServerSocket(0)) {
			_base = "http://localhost:" + serverSocket.getLocalPort() + "/api/v1";
		}

		JAXRSServerFactoryBean jaxrsServerFactoryBean = new JAXRSServerFactoryBean();

		jaxrsServerFactoryBean.setAddress(_base);
		jaxrsServerFactoryBean.setProviders(
			List.of(
				new DefaultContentTypeFilter(), new NastavnikJsonProvider(),
				new NastavnikExceptionMapper(),
				new JsonExceptionMapper(), new WebApplicationExceptionMapper(),
				new InternalErrorMapper()));
		jaxrsServerFactoryBean.setServiceBeans(
			List.of(
				new HealthResource(), new OpenApiResource(),
				new MeResource(
					mock(AccessControl.class), _directory, mock(MenteeService.class),
					mock(MentorService.class)),
				new OrganizationResource(_directory),
				new CompetencyResource(mock(CompetencyService.class)),
				new ProgramResource(_directory, _programService),
				new ProgramPairsResource(_directory, _pairService, _programService),
				new PairResource(_directory, _pairService),
				new MyPairsResource(_directory, _pairService),
				new MentorResource(mock(CompetencyService.class), _directory, _mentorService),
				new MenteeResource(mock(CompetencyService.class), mock(MenteeService.class))));

		// Stands in for the runtime's authentication: the test names the user in a header

		jaxrsServerFactoryBean.getInInterceptors().add(
			new AbstractPhaseInterceptor<Message>(Phase.RECEIVE) {

				@Override
				public void handleMessage(Message message) {
					HttpServletRequest request = (HttpServletRequest)message.get(
						AbstractHTTPDestination.HTTP_REQUEST);

					String userId = request.getHeader("X-Test-User");

					if (userId != null) {
						message.put(
							AbstractHTTPDestination.HTTP_REQUEST,
							new HttpServletRequestWrapper(request) {

								@Override
								public Principal getUserPrincipal() {
									return () -> userId;
								}

							});
					}
				}

			});

		_server = jaxrsServerFactoryBean.create();
	}

	@AfterAll
	static void stopServer() {
		_server.destroy();
	}

	@Test
	void healthAndOpenApiNeedNoSignIn() throws Exception {
		HttpResponse<String> health = _send(_request("/health").GET());

		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");

		JsonNode openApi = _json(_send(_request("/openapi.json").GET()));

		assertThat(openApi.at("/servers/0/url").asText()).isEqualTo("/api/v1");
		assertThat(openApi.at("/paths/~1me~1pairs/get").isObject()).isTrue();
	}

	@Test
	void withoutSignInTheAnswerIsA401ProblemWithoutBasicChallenge() throws Exception {
		HttpResponse<String> response = _send(
			_request("/me").header("Accept-Language", "en").GET());

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
			contentType -> assertThat(contentType).startsWith(Problem.MEDIA_TYPE));
		assertThat(
			response.headers().firstValue("WWW-Authenticate")
		).contains(
			Caller.CHALLENGE
		);
		assertThat(_json(response).get("detail").asText()).isEqualTo("Sign in to continue.");
	}

	@Test
	void malformedJsonAndUnknownPropertiesAre400Problems() throws Exception {
		JsonNode malformed = _json(
			_send(_signedIn("/programs").POST(HttpRequest.BodyPublishers.ofString("{\"title\":"))));

		assertThat(malformed.get("status").asInt()).isEqualTo(400);
		assertThat(malformed.get("code").asText()).isEqualTo("json.malformed");
		assertThat(malformed.get("detail").asText()).isEqualTo("Тело запроса не является корректным JSON.");

		JsonNode unknown = _json(
			_send(
				_signedIn(
					"/programs"
				).POST(
					HttpRequest.BodyPublishers.ofString("{\"title\":\"A\",\"colour\":1}")
				)));

		assertThat(unknown.get("status").asInt()).isEqualTo(400);
		assertThat(unknown.get("field").asText()).isEqualTo("colour");
	}

	@Test
	void missingBodyIsA400ButOptionalBodiesMayBeLeftOut() throws Exception {
		HttpResponse<String> missing = _send(
			_signedIn("/programs").POST(HttpRequest.BodyPublishers.noBody()));

		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(_json(missing).get("code").asText()).isEqualTo("request.body.required");

		when(_pairService.accept(new Actor(4), 9, Optional.empty())).thenReturn(_PAIR);
		when(_pairService.commands(any(), any())).thenReturn(Set.of());
		when(_directory.people(any())).thenReturn(Map.of());

		HttpResponse<String> accepted = _send(
			_request(
				"/pairs/9/accept"
			).header(
				"X-Test-User", "4"
			).POST(
				HttpRequest.BodyPublishers.noBody()
			));

		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
		assertThat(_json(accepted).get("status").asText()).isEqualTo("ACTIVE");
	}

	@Test
	void protocolErrorsKeepTheirStatusAsProblems() throws Exception {
		assertThat(_send(_signedIn("/nowhere").GET()).statusCode()).isEqualTo(404);

		HttpResponse<String> notAllowed = _send(_signedIn("/programs").DELETE());

		assertThat(notAllowed.statusCode()).isEqualTo(405);
		assertThat(_json(notAllowed).get("code").asText()).isEqualTo("request.method-not-allowed");

		HttpResponse<String> unsupported = _send(
			_request(
				"/programs"
			).header(
				"X-Test-User", "4"
			).header(
				"Content-Type", "text/plain"
			).POST(
				HttpRequest.BodyPublishers.ofString("hello")
			));

		assertThat(unsupported.statusCode()).isEqualTo(415);
		assertThat(_json(unsupported).get("status").asInt()).isEqualTo(415);
	}

	@Test
	void badQueryParameterIsA400NamingIt() throws Exception {
		JsonNode problem = _json(_send(_signedIn("/mentors?format=PIGEON").GET()));

		assertThat(problem.get("status").asInt()).isEqualTo(400);
		assertThat(problem.get("field").asText()).isEqualTo("format");
	}

	@Test
	void serviceFailuresBecomeLocalizedProblems() throws Exception {
		when(
			_programService.program(new Actor(4), 77)
		).thenThrow(
			new ConflictException("version.stale")
		);
		when(
			_programService.program(new Actor(4), 78)
		).thenThrow(
			new IllegalStateException("secret stack")
		);

		HttpResponse<String> conflict = _send(
			_signedIn("/programs/77").header("Accept-Language", "en").GET());

		assertThat(conflict.statusCode()).isEqualTo(409);
		assertThat(_json(conflict).get("detail").asText()).startsWith("Someone else has changed");

		HttpResponse<String> failure = _send(_signedIn("/programs/78").GET());

		assertThat(failure.statusCode()).isEqualTo(500);
		assertThat(failure.body()).doesNotContain("secret", "IllegalState");
	}

	@Test
	void myPairsIsRoutedToItsOwnResource() throws Exception {
		when(
			_pairService.pairs(any(), any(), any())
		).thenReturn(
			new Page<>(List.of(), 0, PageRequest.first())
		);

		HttpResponse<String> response = _send(_signedIn("/me/pairs?status=ACTIVE").GET());

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		verify(_pairService).pairs(any(), any(), any());
	}

	private static JsonNode _json(HttpResponse<String> response) throws IOException {
		return _objectMapper.readTree(response.body());
	}

	private static HttpRequest.Builder _request(String path) {
		return HttpRequest.newBuilder(URI.create(_base + path));
	}

	private static HttpResponse<String> _send(HttpRequest.Builder builder) throws Exception {
		return _httpClient.send(builder.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpRequest.Builder _signedIn(String path) {
		return _request(
			path
		).header(
			"X-Test-User", "4"
		).header(
			"Content-Type", "application/json"
		);
	}

	private static final Pair _PAIR = new Pair(
		9, 2, 7, Response.ACCEPTED, List.of(), new PairState.Active(Instant.EPOCH), 4,
		Instant.EPOCH, 3);

	private static String _base;
	private static final Directory _directory = mock(Directory.class);
	private static final HttpClient _httpClient = HttpClient.newHttpClient();
	private static final MentorService _mentorService = mock(MentorService.class);
	private static final ObjectMapper _objectMapper = new ObjectMapper();
	private static final PairService _pairService = mock(PairService.class);
	private static final ProgramService _programService = mock(ProgramService.class);
	private static Server _server;

}
