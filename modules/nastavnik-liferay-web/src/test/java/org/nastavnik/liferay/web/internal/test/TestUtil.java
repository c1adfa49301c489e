package org.nastavnik.liferay.web.internal.test;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import javax.servlet.http.HttpServletRequest;

/**
 * Helpers for the unit tests: field injection as DS does it, an attribute-keeping request, and
 * classpath resources.
 */
public final class TestUtil {

	/**
	 * Sets a field declared by the object's class or a superclass, as DS field injection does.
	 */
	public static void inject(Object object, String fieldName, Object value) {
		Class<?> clazz = object.getClass();

		while (clazz != null) {
			try {
				Field field = clazz.getDeclaredField(fieldName);

				field.setAccessible(true);
				field.set(object, value);

				return;
			}
			catch (NoSuchFieldException noSuchFieldException) {
				clazz = clazz.getSuperclass();
			}
			catch (IllegalAccessException illegalAccessException) {
				throw new IllegalStateException(illegalAccessException);
			}
		}

		throw new IllegalArgumentException(fieldName);
	}

	/**
	 * @return a request mock that keeps the attributes set on it
	 */
	public static HttpServletRequest newHttpServletRequest() {
		HttpServletRequest httpServletRequest = mock(HttpServletRequest.class);
		Map<String, Object> attributes = new HashMap<>();

		when(
			httpServletRequest.getAttribute(anyString())
		).thenAnswer(
			invocation -> attributes.get(invocation.getArgument(0, String.class))
		);
		doAnswer(
			invocation -> attributes.put(
				invocation.getArgument(0, String.class), invocation.getArgument(1))
		).when(
			httpServletRequest
		).setAttribute(
			anyString(), any()
		);

		return httpServletRequest;
	}

	public static Properties loadProperties(String name) throws IOException {
		Properties properties = new Properties();

		try (InputStream inputStream = openResource(name);
			Reader reader = new InputStreamReader(inputStream, StandardCharsets.UTF_8)) {

			properties.load(reader);
		}

		return properties;
	}

	public static InputStream openResource(String name) throws IOException {
		InputStream inputStream = TestUtil.class.getClassLoader().getResourceAsStream(name);

		if (inputStream == null) {
			throw new IOException("Not on the class path: " + name);
		}

		return inputStream;
	}

	public static String readResource(String name) throws IOException {
		try (InputStream inputStream = openResource(name)) {
			return new String(inputStream.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private TestUtil() {
	}

}
