package org.nastavnik.liferay.it.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Does for our Service Builder services what the portal's {@code AopServiceManager} does: a
 * {@code *LocalServiceImpl} is registered as {@code com.liferay.portal.aop.AopService} only, and
 * the portal re-registers it under its AOP interfaces ({@code getAopInterfaces()}, else every
 * interface of its class but {@code AopService}) after {@code setAopProxy}. Without this nothing
 * would ever offer {@code XLocalService} to the components that reference it.
 *
 * <p>
 * Like Liferay's {@code AopServiceManagerPlaceholder} it re-registers without aspects: the
 * service is its own proxy, so no transaction wraps the calls (there is no database here).
 * </p>
 */
public final class AopServiceRegistrar implements AutoCloseable {

	/**
	 * Tracks {@code AopService} registrations in the framework until closed.
	 *
	 * @param portal the portal stand-in, which exports {@code com.liferay.portal.aop}
	 */
	public static AopServiceRegistrar open(BundleContext systemContext, Bundle portal) {
		try {
			Class<?> aopServiceClass = portal.loadClass(_AOP_SERVICE);

			AopServiceRegistrar aopServiceRegistrar = new AopServiceRegistrar(
				systemContext, aopServiceClass);

			aopServiceRegistrar._serviceTracker.open(true);

			return aopServiceRegistrar;
		}
		catch (ClassNotFoundException classNotFoundException) {
			throw new IllegalStateException(
				"The portal stand-in lacks " + _AOP_SERVICE, classNotFoundException);
		}
	}

	/**
	 * What went wrong while re-registering, e.g. an AOP interface the class does not implement.
	 */
	public List<String> problems() {
		return List.copyOf(_problems);
	}

	@Override
	public void close() {
		_serviceTracker.close();
	}

	private AopServiceRegistrar(BundleContext systemContext, Class<?> aopServiceClass) {
		_aopServiceClass = aopServiceClass;

		_serviceTracker = new ServiceTracker<>(systemContext, _AOP_SERVICE, null) {

			@Override
			public ServiceRegistration<?> addingService(
				ServiceReference<Object> serviceReference) {

				try {
					return _register(
						serviceReference, context.getService(serviceReference));
				}
				catch (ReflectiveOperationException | RuntimeException exception) {
					Throwable cause = (exception instanceof InvocationTargetException) ?
						exception.getCause() : exception;

					_problems.add(
						"AopService " + serviceReference.getProperty("component.name") +
							" cannot be re-registered: " + cause);

					return null;
				}
			}

			@Override
			public void removedService(
				ServiceReference<Object> serviceReference,
				ServiceRegistration<?> serviceRegistration) {

				try {
					serviceRegistration.unregister();
				}
				catch (IllegalStateException illegalStateException) {

					// Unregistered already, with the bundle that registered it.

				}

				context.ungetService(serviceReference);
			}

		};
	}

	private Dictionary<String, Object> _properties(
			Object aopService, ServiceReference<?> serviceReference)
		throws ReflectiveOperationException {

		Method getProperties = _method("getProperties");

		if (getProperties != null) {
			@SuppressWarnings("unchecked")
			Dictionary<String, Object> properties =
				(Dictionary<String, Object>)getProperties.invoke(aopService);

			if (properties != null) {
				return properties;
			}
		}

		Dictionary<String, Object> properties = new Hashtable<>();

		for (String key : serviceReference.getPropertyKeys()) {
			if (!_FRAMEWORK_KEYS.contains(key)) {
				properties.put(key, serviceReference.getProperty(key));
			}
		}

		return properties;
	}

	private Method _method(String name) {
		try {
			return _aopServiceClass.getMethod(name);
		}
		catch (NoSuchMethodException noSuchMethodException) {
			return null;
		}
	}

	private ServiceRegistration<?> _register(
			ServiceReference<Object> serviceReference, Object aopService)
		throws ReflectiveOperationException {

		if (aopService == null) {
			throw new IllegalStateException("the component did not activate");
		}

		Class<?>[] aopInterfaces = (Class<?>[])_aopServiceClass.getMethod(
			"getAopInterfaces"
		).invoke(
			aopService
		);

		List<String> names = new ArrayList<>();

		if ((aopInterfaces == null) || (aopInterfaces.length == 0)) {
			for (Class<?> type : aopService.getClass().getInterfaces()) {
				if (type != _aopServiceClass) {
					names.add(type.getName());
				}
			}
		}
		else {
			for (Class<?> aopInterface : aopInterfaces) {
				if (!aopInterface.isInterface() ||
					!aopInterface.isInstance(aopService)) {

					throw new IllegalArgumentException(
						aopInterface + " is not an interface of " +
							aopService.getClass());
				}

				names.add(aopInterface.getName());
			}
		}

		if (names.isEmpty()) {
			throw new IllegalArgumentException(
				aopService.getClass() + " has no service interface");
		}

		_aopServiceClass.getMethod(
			"setAopProxy", Object.class
		).invoke(
			aopService, aopService
		);

		// Registered in the name of the bundle that declares the service, so it counts as ours.
		BundleContext bundleContext = serviceReference.getBundle().getBundleContext();

		return bundleContext.registerService(
			names.toArray(new String[0]), aopService,
			_properties(aopService, serviceReference));
	}

	private static final String _AOP_SERVICE = "com.liferay.portal.aop.AopService";

	private static final Set<String> _FRAMEWORK_KEYS = Set.copyOf(
		Arrays.asList(
			"component.id", "component.name", Constants.OBJECTCLASS,
			Constants.SERVICE_BUNDLEID, Constants.SERVICE_ID, Constants.SERVICE_SCOPE));

	private final Class<?> _aopServiceClass;
	private final List<String> _problems = new CopyOnWriteArrayList<>();
	private final ServiceTracker<Object, ServiceRegistration<?>> _serviceTracker;

}
