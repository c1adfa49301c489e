package org.nastavnik.liferay.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import org.nastavnik.liferay.it.support.AopServiceRegistrar;
import org.nastavnik.liferay.it.support.BundleSet;
import org.nastavnik.liferay.it.support.ComponentRuntime;
import org.nastavnik.liferay.it.support.OsgiFramework;
import org.nastavnik.liferay.it.support.PortalApiCompletion;
import org.nastavnik.liferay.it.support.PortalServiceMocks;
import org.nastavnik.liferay.it.support.PortalStubs;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.BundleRevision;

/**
 * Our bundles resolve and activate in what Liferay Portal 7.4 GA112 offers them — proven without
 * a portal.
 *
 * <h2>What runs</h2>
 * <p>
 * Apache Felix 7 in the test JVM with a fresh storage directory and the JRE as its only system
 * packages, and in it what GA112 runs beside our bundles: Felix SCR 2.1.14 (Declarative Services
 * 1.4, so a component that needs DS 1.5 fails here as in the portal), ConfigAdmin, the OSGi
 * promise/function utilities, slf4j 1.7, the JAX-RS and HTTP whiteboard APIs, and
 * {@code liferay-portal-api-bundle}, which stands in for the portal: it exports every
 * {@code com.liferay} API package at its GA112 version, {@code javax.portlet} 2.0,
 * {@code javax.servlet} 3.1, JAX-RS 2.1, Jackson 2.16.1 and the JavaPortlet/JavaServlet/JavaJAXRS
 * contracts. Then our seven bundles, from the local Maven repository where their builds install
 * them (the pom's {@code it.bundles}). Not the embedded runtime's bundles (JDBC store, H2, Jetty,
 * CXF): the portal has none of them.
 * </p>
 *
 * <h2>What it proves</h2>
 * <ul>
 * <li>every bundle resolves against the portal's package versions and contracts; a failure names
 * every requirement nothing provides ({@link ResolutionReportIT} shows that such a failure is
 * reported);</li>
 * <li>every bundle of ours starts;</li>
 * <li>every DS component of ours becomes ACTIVE once the portal services it references exist, and
 * our own services (directory, access control, transactions, each store and each service of the
 * API, the portlets, the panel app, the REST application) are all provided by our bundles — a
 * Nastavnik service is never mocked, so a missing implementation shows as an unsatisfied
 * reference.</li>
 * </ul>
 *
 * <h2>What it cannot prove</h2>
 * <p>
 * There is no real portal and no database. Portal services are Mockito mocks registered for
 * exactly the references SCR reports unsatisfied ({@link PortalServiceMocks}); they answer
 * defaults (null, 0, empty), apart from the few explicit answers in {@link PortalStubs}. The portal's
 * AOP re-registration of Service Builder services is emulated without transactions
 * ({@link AopServiceRegistrar}). The stand-in lacks resources and non-exported classes of the
 * API jar that the portal has on its class path; a fragment adds them back
 * ({@link PortalApiCompletion}). So an activation that works here may still fail on data, SQL,
 * permissions or portal configuration, and behaviour is not tested at all: this is about wiring.
 * </p>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalBundlesIT {

	@BeforeAll
	void startOurBundlesInThePortalStandIn() throws Exception {
		long startNanos = System.nanoTime();

		_bundleSet = BundleSet.fromSystemProperties();

		Path workDirectory = Path.of(System.getProperty("nastavnik.it.workDirectory"));

		_framework = OsgiFramework.start(workDirectory.resolve("portal-felix"));

		List<Bundle> platform = new ArrayList<>();

		for (Path jar : _bundleSet.platform()) {
			Bundle bundle = _framework.install(jar);

			platform.add(bundle);

			if (_PORTAL_STAND_IN.equals(bundle.getSymbolicName())) {
				_portal = bundle;
			}
		}

		assertThat(
			_portal
		).as(
			"the portal stand-in " + _PORTAL_STAND_IN + " among " + _bundleSet.platform()
		).isNotNull();

		platform.add(
			_framework.install(
				PortalApiCompletion.write(
					Path.of(System.getProperty("nastavnik.it.portalApiJar")),
					Path.of(java.net.URI.create(_portal.getLocation())),
					workDirectory.resolve("liferay.portal.api.ga112.completion.jar"))));

		for (BundleSet.OurBundle ourBundle : _bundleSet.ours()) {
			if (ourBundle.jar().isPresent()) {
				Bundle bundle = _framework.install(ourBundle.jar().get());

				_ours.put(bundle.getBundleId(), bundle);
			}
		}

		List<Bundle> all = new ArrayList<>(platform);

		all.addAll(_ours.values());

		_resolutionProblems = _framework.resolve(all);

		for (Bundle bundle : platform) {
			_start(bundle);
		}

		_aopServiceRegistrar = AopServiceRegistrar.open(_framework.context(), _portal);

		_portalStubs = PortalStubs.install(_portal);

		for (Bundle bundle : _ours.values()) {
			_start(bundle);
		}

		_componentRuntime = ComponentRuntime.of(_framework.context());

		_portalServiceMocks = new PortalServiceMocks(
			_componentRuntime, _ours, _portalStubs.explicitMocks());

		_portalServiceMocks.satisfy();

		// A delayed component activates on its first use; using each service once turns every
		// SATISFIED component ACTIVE or FAILED_ACTIVATION. Activation may need further mocks.
		_useEveryServiceOfOurs();

		_portalServiceMocks.satisfy();

		_useEveryServiceOfOurs();

		_portalServiceMocks.awaitSettled();

		_setupMillis = (System.nanoTime() - startNanos) / 1_000_000;
	}

	@AfterAll
	void stopTheFramework() {
		StringBuilder sb = new StringBuilder("\n=== Portal resolve-and-activate test\n");

		sb.append("Set up in ");
		sb.append(_setupMillis);
		sb.append(" ms\nOur bundles:\n");

		for (BundleSet.OurBundle ourBundle : _bundleSet.ours()) {
			sb.append("  ");
			sb.append(ourBundle);
			sb.append('\n');
		}

		if (_portalServiceMocks != null) {
			sb.append("Portal services mocked (");
			sb.append(_portalServiceMocks.mocks().size());
			sb.append("):\n");

			for (PortalServiceMocks.RegisteredMock registeredMock :
					_portalServiceMocks.mocks()) {

				sb.append("  ");
				sb.append(registeredMock);
				sb.append('\n');
			}
		}

		System.out.println(sb);

		if (_portalStubs != null) {
			_portalStubs.close();
		}

		if (_aopServiceRegistrar != null) {
			_aopServiceRegistrar.close();
		}

		if (_framework != null) {
			_framework.close();
		}
	}

	@Order(1)
	@Test
	void everyBundleOfOursIsBuilt() {
		assertThat(
			_bundleSet.missing()
		).as(
			"bundles of ours the build did not produce"
		).isEmpty();
	}

	@Order(2)
	@Test
	void everyBundleResolvesAgainstWhatThePortalExports() {
		assertThat(
			_resolutionProblems
		).as(
			"bundles that do not resolve"
		).isEmpty();
	}

	@Order(3)
	@Test
	void everyBundleOfOursStarts() {
		List<String> notActive = new ArrayList<>(_startProblems);

		for (Bundle bundle : _ours.values()) {
			if (!_isFragment(bundle) && (bundle.getState() != Bundle.ACTIVE) &&
				_startProblems.stream(
				).noneMatch(
					problem -> problem.startsWith(OsgiFramework.name(bundle))
				)) {

				notActive.add(OsgiFramework.name(bundle) + " is in state " + bundle.getState());
			}
		}

		assertThat(
			notActive
		).as(
			"bundles of ours that are not ACTIVE"
		).isEmpty();
	}

	@Order(4)
	@Test
	void everyComponentOfOursIsActive() {
		List<String> problems = new ArrayList<>();

		List<ComponentRuntime.Component> components = _componentRuntime.components(
			_ours.values());

		for (ComponentRuntime.Component component : components) {
			String bundleName = OsgiFramework.name(_ours.get(component.bundleId()));

			if (!component.defaultEnabled()) {
				problems.add(
					component.name() + " (" + bundleName +
						"): disabled by default (enabled=\"false\"); nothing here enables it");

				continue;
			}

			if (component.configurations().isEmpty()) {
				problems.add(
					component.name() + " (" + bundleName + "): no configuration at all" +
						((component.factory() == null) ? "" :
							" (component factory " + component.factory() + ")"));

				continue;
			}

			for (ComponentRuntime.Configuration configuration :
					component.configurations()) {

				if (configuration.state() == ComponentRuntime.ACTIVE) {
					continue;
				}

				// A component factory is SATISFIED until someone calls newInstance.
				if ((component.factory() != null) &&
					(configuration.state() == ComponentRuntime.SATISFIED)) {

					continue;
				}

				problems.add(_describe(component, configuration, bundleName));
			}
		}

		assertThat(
			components
		).as(
			"DS components of our bundles"
		).isNotEmpty();

		assertThat(
			problems
		).as(
			"components of ours that are not ACTIVE (" + components.size() +
				" components; mocks that could not be made: " +
					_portalServiceMocks.problems() + ")"
		).isEmpty();
	}

	@Order(5)
	@Test
	void theNastavnikApiIsImplementedByOurBundles() throws Exception {
		List<String> expected = new ArrayList<>(
			List.of(
				"org.nastavnik.directory.Directory", "org.nastavnik.access.AccessControl",
				"org.nastavnik.transaction.Transactions"));

		// Every store SPI and every service the API declares, so that a new one is expected too.
		expected.addAll(_apiInterfacesEndingWith("Store", "Service"));

		List<String> missing = expected.stream(
		).distinct(
		).filter(
			className -> _servicesOfOurs(className, null).isEmpty()
		).toList();

		assertThat(
			missing
		).as(
			"services of the Nastavnik API that no bundle of ours provides" + _notBuiltHint()
		).isEmpty();
	}

	@Order(6)
	@Test
	void everyPortletIsRegisteredUnderItsName() throws Exception {
		List<ServiceReference<?>> portlets = _servicesOfOurs("javax.portlet.Portlet", null);

		List<String> portletNames = portlets.stream(
		).map(
			serviceReference -> serviceReference.getProperty("javax.portlet.name")
		).map(
			String::valueOf
		).sorted(
		).toList();

		assertThat(
			portletNames
		).as(
			"javax.portlet.name of the Portlet services of ours" + _notBuiltHint()
		).doesNotContain(
			"null"
		).containsAll(
			_portletKeys()
		).isNotEmpty();
	}

	@Order(7)
	@Test
	void thePanelAppForAdministratorsIsRegistered() throws Exception {
		assertThat(
			_servicesOfOurs("com.liferay.application.list.PanelApp", null)
		).as(
			"PanelApp services of ours" + _notBuiltHint()
		).isNotEmpty();
	}

	@Order(8)
	@Test
	void theRestApplicationIsRegisteredForTheJaxRsWhiteboard() throws Exception {
		assertThat(
			_servicesOfOurs("javax.ws.rs.core.Application", "(osgi.jaxrs.name=nastavnik)")
		).as(
			"javax.ws.rs.core.Application with osgi.jaxrs.name=nastavnik"
		).hasSize(
			1
		);
	}

	@Order(9)
	@Test
	void everyPortalServiceOurComponentsNeedCouldBeMocked() {
		List<String> problems = new ArrayList<>(_portalServiceMocks.problems());

		problems.addAll(_aopServiceRegistrar.problems());

		assertThat(
			problems
		).as(
			"references no mock could satisfy, Service Builder services not re-registered"
		).isEmpty();
	}

	private static String _describe(
		ComponentRuntime.Component component,
		ComponentRuntime.Configuration configuration, String bundleName) {

		StringBuilder sb = new StringBuilder();

		sb.append(component.name());
		sb.append(" (");
		sb.append(bundleName);
		sb.append("): ");
		sb.append(configuration.stateName());

		for (ComponentRuntime.UnsatisfiedReference unsatisfiedReference :
				configuration.unsatisfiedReferences()) {

			ComponentRuntime.Reference reference = component.reference(
				unsatisfiedReference.name()
			).orElseThrow();

			sb.append("\n      unsatisfied reference ");
			sb.append(reference.name());
			sb.append(": ");
			sb.append(reference.interfaceName());

			if (unsatisfiedReference.target() != null) {
				sb.append(" target ");
				sb.append(unsatisfiedReference.target());
			}
		}

		if (configuration.failure() != null) {
			sb.append("\n      failure: ");
			sb.append(_causes(configuration.failure()));
		}

		return sb.toString();
	}

	// The exception and its causes without their stack frames; SCR logged the whole trace.
	private static String _causes(String stackTrace) {
		return stackTrace.lines(
		).map(
			String::strip
		).filter(
			line -> !line.startsWith("at ") && !line.startsWith("...")
		).map(
			line -> line.startsWith("Caused by: ") ? line.substring(11) : line
		).distinct(
		).collect(
			Collectors.joining("\n        caused by ")
		);
	}

	private static boolean _isFragment(Bundle bundle) {
		BundleRevision bundleRevision = bundle.adapt(BundleRevision.class);

		return (bundleRevision != null) &&
			((bundleRevision.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0);
	}

	private List<String> _apiInterfacesEndingWith(String... suffixes)
		throws ClassNotFoundException {

		Bundle api = _ours.values(
		).stream(
		).filter(
			bundle -> "org.nastavnik.api".equals(bundle.getSymbolicName())
		).findFirst(
		).orElseThrow();

		List<String> interfaces = new ArrayList<>();

		Enumeration<java.net.URL> entries = api.findEntries("org/nastavnik", "*.class", true);

		while (entries.hasMoreElements()) {
			String path = entries.nextElement().getPath();

			String className = path.substring(
				1, path.length() - ".class".length()
			).replace(
				'/', '.'
			);

			if (Arrays.stream(suffixes).noneMatch(className::endsWith)) {
				continue;
			}

			if (api.loadClass(className).isInterface()) {
				interfaces.add(className);
			}
		}

		return interfaces;
	}

	private String _notBuiltHint() {
		if (_bundleSet.missing().isEmpty()) {
			return "";
		}

		return " (not built yet: " +
			_bundleSet.missing(
			).stream(
			).map(
				BundleSet.OurBundle::artifactId
			).collect(
				Collectors.joining(", ")
			) + ")";
	}

	// The portlet names the web module declares; each must be a registered portlet.
	private List<String> _portletKeys() throws Exception {
		for (Bundle bundle : _ours.values()) {
			if (!"org.nastavnik.liferay.web".equals(bundle.getSymbolicName())) {
				continue;
			}

			Class<?> portletKeys = bundle.loadClass(
				"org.nastavnik.liferay.web.constants.NastavnikPortletKeys");

			List<String> keys = new ArrayList<>();

			for (java.lang.reflect.Field field : portletKeys.getFields()) {
				if (field.getType() == String.class) {
					keys.add((String)field.get(null));
				}
			}

			return keys;
		}

		return List.of();
	}

	private List<ServiceReference<?>> _servicesOfOurs(String className, String filter) {
		ServiceReference<?>[] serviceReferences;

		try {
			serviceReferences = _framework.context().getAllServiceReferences(
				className, filter);
		}
		catch (InvalidSyntaxException invalidSyntaxException) {
			throw new IllegalArgumentException(invalidSyntaxException);
		}

		if (serviceReferences == null) {
			return List.of();
		}

		return Arrays.stream(
			serviceReferences
		).filter(
			serviceReference -> _ours.containsKey(
				serviceReference.getBundle().getBundleId())
		).filter(
			serviceReference -> serviceReference.getProperty(
				PortalServiceMocks.MOCK_PROPERTY) == null
		).toList();
	}

	private void _start(Bundle bundle) {
		if (_isFragment(bundle) || (bundle.getState() != Bundle.RESOLVED)) {
			return;
		}

		try {
			bundle.start();
		}
		catch (BundleException bundleException) {
			Throwable cause = bundleException.getCause();

			_startProblems.add(
				OsgiFramework.name(bundle) + ": " + bundleException.getMessage() +
					((cause == null) ? "" : " caused by " + cause));
		}
	}

	private void _useEveryServiceOfOurs() throws InvalidSyntaxException {
		ServiceReference<?>[] serviceReferences =
			_framework.context().getAllServiceReferences(null, "(component.id=*)");

		if (serviceReferences == null) {
			return;
		}

		for (ServiceReference<?> serviceReference : serviceReferences) {
			if (!_ours.containsKey(serviceReference.getBundle().getBundleId())) {
				continue;
			}

			// Kept, never ungot: SCR deactivates a delayed component when its last user lets go.
			// A failing activation returns null and is left for the component check to report.
			_framework.context().getService(serviceReference);
		}
	}

	private static final String _PORTAL_STAND_IN = "liferay.portal.api.ga112";

	private AopServiceRegistrar _aopServiceRegistrar;
	private BundleSet _bundleSet;
	private ComponentRuntime _componentRuntime;
	private OsgiFramework _framework;
	private final Map<Long, Bundle> _ours = new LinkedHashMap<>();
	private Bundle _portal;
	private PortalServiceMocks _portalServiceMocks;
	private PortalStubs _portalStubs;
	private List<String> _resolutionProblems = List.of();
	private long _setupMillis;
	private final List<String> _startProblems = new ArrayList<>();

}
