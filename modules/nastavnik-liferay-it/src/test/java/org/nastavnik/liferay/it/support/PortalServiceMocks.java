package org.nastavnik.liferay.it.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.mockito.Mockito;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Registers a mock for every portal service that a component of ours waits for, layer by layer,
 * until no component of ours waits for anything a mock could give.
 *
 * <p>
 * What to mock is read from SCR, not written down: each unsatisfied reference of one of our
 * components names an interface and a target filter. The interface is loaded through the bundle
 * that imports it, so the mock is of the very class the component is wired to, and the mock is
 * registered in that bundle's name with properties derived from the target filter
 * ({@link TargetFilterProperties}). Only services the portal provides are mocked: an interface
 * that one of our bundles exports (a Nastavnik SPI or service) must be provided by one of ours,
 * so its absence stays an unsatisfied reference for the test to report.
 * </p>
 *
 * <p>
 * Mocks answer Mockito's defaults (null, 0, false, empty collections and optionals) unless an
 * explicit answer is given for their interface.
 * </p>
 */
public final class PortalServiceMocks {

	/**
	 * @param ours our bundles by id
	 * @param explicitMocks mocks with sensible answers, by interface name, made from the class
	 *        loaded through the importing bundle, for components whose activation needs more
	 *        than defaults
	 */
	public PortalServiceMocks(
		ComponentRuntime componentRuntime, Map<Long, Bundle> ours,
		Map<String, Function<Class<?>, Object>> explicitMocks) {

		_componentRuntime = componentRuntime;
		_ours = ours;
		_explicitMocks = explicitMocks;
	}

	/**
	 * Registers mocks until a round registers none.
	 */
	public void satisfy() {
		for (int round = 0; round < 50; round++) {
			awaitSettled();

			if (!_registerRound()) {
				return;
			}
		}

		_problems.add("Mocks kept being needed after 50 rounds; giving up");
	}

	/**
	 * Waits until SCR's view of our components stops changing (SCR does some work on its own
	 * threads), at most a few seconds.
	 */
	public void awaitSettled() {
		String last = _snapshot();

		for (int i = 0; i < 100; i++) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException interruptedException) {
				Thread.currentThread().interrupt();

				return;
			}

			String current = _snapshot();

			if (current.equals(last)) {
				return;
			}

			last = current;
		}
	}

	/**
	 * The mocks registered, in order.
	 */
	public List<RegisteredMock> mocks() {
		return List.copyOf(_mocks.values());
	}

	/**
	 * References a mock could not satisfy, with the reason.
	 */
	public List<String> problems() {
		return Collections.unmodifiableList(_problems);
	}

	/**
	 * A registered mock.
	 *
	 * @param kind how it was made: "mockito", "mockito (explicit answers)" or "proxy"
	 */
	public record RegisteredMock(
		String interfaceName, Map<String, Object> properties, String firstNeededBy,
		String kind) {

		@Override
		public String toString() {
			return interfaceName + (properties.isEmpty() ? "" : " " + properties) +
				" [" + kind + "] for " + firstNeededBy;
		}

	}

	private static Object _defaultValue(Class<?> type) {
		if (!type.isPrimitive() || (type == void.class)) {
			if (type == Optional.class) {
				return Optional.empty();
			}

			if (type == List.class || type == Collection.class) {
				return List.of();
			}

			if (type == Set.class) {
				return Set.of();
			}

			if (type == Map.class) {
				return Map.of();
			}

			return null;
		}

		if (type == boolean.class) {
			return false;
		}

		if (type == char.class) {
			return '\0';
		}

		if (type == float.class) {
			return 0F;
		}

		if (type == double.class) {
			return 0D;
		}

		if (type == long.class) {
			return 0L;
		}

		if (type == int.class) {
			return 0;
		}

		if (type == short.class) {
			return (short)0;
		}

		return (byte)0;
	}

	private RegisteredMock _mock(
		Bundle bundle, Class<?> type, String target, String neededBy) {

		Map<String, Object> properties = TargetFilterProperties.of(target);

		Object mock;
		String kind;

		Function<Class<?>, Object> explicitMock = _explicitMocks.get(type.getName());

		if (explicitMock != null) {
			mock = explicitMock.apply(type);
			kind = "mockito (explicit answers)";
		}
		else {
			try {
				mock = Mockito.mock(type);
				kind = "mockito";
			}
			catch (RuntimeException runtimeException) {
				if (!type.isInterface()) {
					throw new IllegalStateException(
						"Mockito cannot mock " + type + " for " + neededBy,
						runtimeException);
				}

				// Mockito generates its class in a loader that must see both the type and
				// Mockito; when it cannot, a JDK proxy in the importing bundle's loader can.
				mock = Proxy.newProxyInstance(
					bundle.adapt(
						BundleWiring.class
					).getClassLoader(),
					new Class<?>[] {type}, _DEFAULTS);
				kind = "proxy (Mockito failed: " + runtimeException.getMessage() + ")";
			}
		}

		Hashtable<String, Object> dictionary = new Hashtable<>(properties);

		dictionary.put(MOCK_PROPERTY, Boolean.TRUE);

		bundle.getBundleContext().registerService(type.getName(), mock, dictionary);

		return new RegisteredMock(type.getName(), properties, neededBy, kind);
	}

	private boolean _registerRound() {
		boolean registered = false;

		for (ComponentRuntime.Component component :
				_componentRuntime.components(_ours.values())) {

			Bundle bundle = _ours.get(component.bundleId());

			for (ComponentRuntime.Configuration configuration :
					component.configurations()) {

				for (ComponentRuntime.UnsatisfiedReference unsatisfiedReference :
						configuration.unsatisfiedReferences()) {

					ComponentRuntime.Reference reference = component.reference(
						unsatisfiedReference.name()
					).orElseThrow();

					String key = reference.interfaceName() + " " +
						unsatisfiedReference.target();

					// A reference a mock already failed to satisfy is reported once, not retried.
					if (!_attempted.add(key)) {
						continue;
					}

					String neededBy = component.name() + "." + reference.name();

					Class<?> type;

					try {
						type = bundle.loadClass(reference.interfaceName());
					}
					catch (ClassNotFoundException classNotFoundException) {
						_problems.add(
							neededBy + ": " + bundle.getSymbolicName() +
								" cannot load " + reference.interfaceName());

						continue;
					}

					Bundle exporter = FrameworkUtil.getBundle(type);

					if ((exporter != null) && _ours.containsKey(exporter.getBundleId())) {

						// One of ours must provide it; the final check reports it missing.
						continue;
					}

					try {
						_mocks.put(
							key,
							_mock(bundle, type, unsatisfiedReference.target(), neededBy));

						registered = true;
					}
					catch (RuntimeException runtimeException) {
						_problems.add(neededBy + ": " + runtimeException.getMessage());
					}
				}
			}
		}

		return registered;
	}

	private String _snapshot() {
		StringBuilder sb = new StringBuilder();

		for (ComponentRuntime.Component component :
				_componentRuntime.components(_ours.values())) {

			for (ComponentRuntime.Configuration configuration :
					component.configurations()) {

				sb.append(component.name());
				sb.append(configuration.id());
				sb.append(configuration.state());
				sb.append(configuration.unsatisfiedReferences());
				sb.append('\n');
			}
		}

		return sb.toString();
	}

	/**
	 * The service property that marks a mock, so that the checks never count one as ours.
	 */
	public static final String MOCK_PROPERTY = "nastavnik.it.mock";

	private static final InvocationHandler _DEFAULTS = (proxy, method, arguments) -> {
		return switch (method.getName()) {
			case "equals" -> proxy == arguments[0];
			case "hashCode" -> System.identityHashCode(proxy);
			case "toString" -> "proxy mock of " + proxy.getClass().getInterfaces()[0].getName();
			default -> _defaultValue(method.getReturnType());
		};
	};

	private final Set<String> _attempted = new HashSet<>();
	private final ComponentRuntime _componentRuntime;
	private final Map<String, Function<Class<?>, Object>> _explicitMocks;
	private final Map<String, RegisteredMock> _mocks = new LinkedHashMap<>();
	private final Map<Long, Bundle> _ours;
	private final List<String> _problems = new ArrayList<>();

}
