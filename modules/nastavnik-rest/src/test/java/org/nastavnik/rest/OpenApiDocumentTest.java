package org.nastavnik.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

/**
 * Keeps {@code openapi.json} and the resources from drifting apart: every route of every
 * resource class in the bundle is described, and nothing else is.
 */
class OpenApiDocumentTest {

	@Test
	void describesEveryRouteOfEveryResourceAndNoOther() throws Exception {
		Set<String> described = new TreeSet<>();

		JsonNode paths = OpenApiResource.document().get("paths");

		for (Iterator<String> iterator = paths.fieldNames(); iterator.hasNext();) {
			String path = iterator.next();

			paths.get(path).fieldNames().forEachRemaining(method -> described.add(method + " " + path));
		}

		assertThat(described).containsExactlyInAnyOrderElementsOf(_routes());
	}

	@Test
	void everyOperationAnswersProblemsAndEveryReferenceResolves() {
		JsonNode document = OpenApiResource.document();

		document.get("paths").forEach(
			pathItem -> pathItem.forEach(
				operation -> assertThat(operation.at("/responses/default/$ref").asText()).isEqualTo(
					"#/components/responses/Problem")));

		document.findValues(
			"$ref"
		).forEach(
			ref -> assertThat(document.at(ref.asText().substring(1)).isMissingNode()).as(
				ref.asText()
			).isFalse()
		);
	}

	private static String _method(Method method) {
		for (Class<? extends Annotation> type : _HTTP_METHODS) {

			if (method.isAnnotationPresent(type)) {
				return type.getSimpleName().toLowerCase(Locale.ROOT);
			}
		}

		return null;
	}

	private static String _path(String... parts) {
		StringBuilder sb = new StringBuilder();

		for (String part : parts) {
			if ((part == null) || part.isEmpty()) {
				continue;
			}

			// Templates may carry a regular expression, which OpenAPI does not

			part = part.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");

			if (!part.startsWith("/")) {
				sb.append('/');
			}

			sb.append(part.endsWith("/") ? part.substring(0, part.length() - 1) : part);
		}

		return sb.toString();
	}

	private static Set<String> _routes() throws IOException, URISyntaxException {
		Path classes = Path.of(
			NastavnikApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());

		Set<String> routes = new TreeSet<>();

		try (Stream<Path> stream = Files.walk(classes)) {
			for (Path file : (Iterable<Path>)stream.filter(
					path -> path.toString().endsWith(".class"))::iterator) {

				String name = classes.relativize(
					file
				).toString(
				).replace(
					'/', '.'
				).replaceAll(
					"\\.class$", ""
				);

				Class<?> type;

				try {
					type = Class.forName(name, false, OpenApiDocumentTest.class.getClassLoader());
				}
				catch (ClassNotFoundException classNotFoundException) {
					throw new AssertionError(classNotFoundException);
				}

				javax.ws.rs.Path classPath = type.getAnnotation(javax.ws.rs.Path.class);

				if (classPath == null) {
					continue;
				}

				for (Method method : type.getMethods()) {
					String httpMethod = _method(method);

					if (httpMethod != null) {
						javax.ws.rs.Path methodPath = method.getAnnotation(javax.ws.rs.Path.class);

						routes.add(
							httpMethod + " " +
								_path(
									classPath.value(),
									(methodPath == null) ? null : methodPath.value()));
					}
				}
			}
		}

		assertThat(routes).hasSizeGreaterThan(20);

		return routes;
	}

	private static final List<Class<? extends Annotation>> _HTTP_METHODS = List.of(
		DELETE.class, GET.class, PATCH.class, POST.class, PUT.class);

}
