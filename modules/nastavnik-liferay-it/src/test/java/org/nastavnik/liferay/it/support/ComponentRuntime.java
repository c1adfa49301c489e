package org.nastavnik.liferay.it.support;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * What Felix SCR knows about the components of some bundles, read from its
 * {@code ServiceComponentRuntime} DTOs.
 *
 * <p>
 * The DS API lives in the SCR bundle (SCR 2.1 exports it, as in the portal), not on the test's
 * class path, so it is read by reflection. Exporting the API from the system bundle instead would
 * change the wiring the test is meant to check.
 * </p>
 */
public final class ComponentRuntime {

	/** {@code ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION} */
	public static final int UNSATISFIED_CONFIGURATION = 1;

	/** {@code ComponentConfigurationDTO.UNSATISFIED_REFERENCE} */
	public static final int UNSATISFIED_REFERENCE = 2;

	/** {@code ComponentConfigurationDTO.SATISFIED} */
	public static final int SATISFIED = 4;

	/** {@code ComponentConfigurationDTO.ACTIVE} */
	public static final int ACTIVE = 8;

	/** {@code ComponentConfigurationDTO.FAILED_ACTIVATION} (DS 1.4) */
	public static final int FAILED_ACTIVATION = 16;

	/**
	 * Finds the running SCR through the system bundle.
	 */
	public static ComponentRuntime of(BundleContext systemContext) {
		try {
			ServiceReference<?>[] serviceReferences =
				systemContext.getAllServiceReferences(_SCR, null);

			if (serviceReferences == null) {
				throw new IllegalStateException(
					"No " + _SCR + " is registered: Felix SCR did not start");
			}

			ServiceReference<?> serviceReference = serviceReferences[0];

			Class<?> scrClass = serviceReference.getBundle().loadClass(_SCR);

			return new ComponentRuntime(
				systemContext.getService(serviceReference),
				scrClass.getMethod("getComponentDescriptionDTOs", Bundle[].class),
				scrClass.getMethod(
					"getComponentConfigurationDTOs",
					serviceReference.getBundle(
					).loadClass(
						"org.osgi.service.component.runtime.dto.ComponentDescriptionDTO"
					)));
		}
		catch (ReflectiveOperationException | InvalidSyntaxException exception) {
			throw new IllegalStateException(exception);
		}
	}

	/**
	 * The components the bundles declare, with their current configurations.
	 */
	public List<Component> components(Collection<Bundle> bundles) {
		try {
			Object descriptions = _getComponentDescriptionDTOs.invoke(
				_scr, (Object)bundles.toArray(new Bundle[0]));

			List<Component> components = new ArrayList<>();

			for (Object description : (Collection<?>)descriptions) {
				components.add(_component(description));
			}

			return components;
		}
		catch (ReflectiveOperationException reflectiveOperationException) {
			throw new IllegalStateException(reflectiveOperationException);
		}
	}

	/**
	 * A component description with its configurations.
	 *
	 * @param bundleId the declaring bundle
	 * @param defaultEnabled false if the component waits to be enabled by code
	 * @param factory the component factory name, or null
	 */
	public record Component(
		String name, long bundleId, boolean defaultEnabled, String factory,
		List<String> serviceInterfaces, List<Reference> references,
		List<Configuration> configurations) {

		/**
		 * The declared reference of that name.
		 */
		public Optional<Reference> reference(String name) {
			return references.stream(
			).filter(
				reference -> reference.name().equals(name)
			).findFirst();
		}

	}

	/**
	 * A reference as declared.
	 */
	public record Reference(
		String name, String interfaceName, String cardinality, String target) {
	}

	/**
	 * One configuration of a component: its state, what it still waits for, why it failed.
	 */
	public record Configuration(
		long id, int state, List<UnsatisfiedReference> unsatisfiedReferences,
		String failure) {

		/**
		 * The state as the DS specification names it.
		 */
		public String stateName() {
			return switch (state) {
				case UNSATISFIED_CONFIGURATION -> "UNSATISFIED_CONFIGURATION";
				case UNSATISFIED_REFERENCE -> "UNSATISFIED_REFERENCE";
				case SATISFIED -> "SATISFIED";
				case ACTIVE -> "ACTIVE";
				case FAILED_ACTIVATION -> "FAILED_ACTIVATION";
				default -> "state " + state;
			};
		}

	}

	/**
	 * A reference that no service satisfies (yet).
	 *
	 * @param target the effective target filter, or null
	 */
	public record UnsatisfiedReference(String name, String target) {
	}

	private static Object _field(Object dto, String name) {
		try {
			return dto.getClass().getField(name).get(dto);
		}
		catch (NoSuchFieldException noSuchFieldException) {

			// E.g. ComponentConfigurationDTO.failure, which DS 1.4 added.
			return null;
		}
		catch (IllegalAccessException illegalAccessException) {
			throw new IllegalStateException(illegalAccessException);
		}
	}

	private static List<Object> _list(Object array) {
		if (array == null) {
			return List.of();
		}

		List<Object> list = new ArrayList<>();

		for (int i = 0; i < Array.getLength(array); i++) {
			list.add(Array.get(array, i));
		}

		return list;
	}

	private Component _component(Object description)
		throws IllegalAccessException, InvocationTargetException {

		Object bundleDTO = _field(description, "bundle");

		List<Reference> references = new ArrayList<>();

		for (Object referenceDTO : _list(_field(description, "references"))) {
			references.add(
				new Reference(
					(String)_field(referenceDTO, "name"),
					(String)_field(referenceDTO, "interfaceName"),
					(String)_field(referenceDTO, "cardinality"),
					(String)_field(referenceDTO, "target")));
		}

		List<Configuration> configurations = new ArrayList<>();

		for (Object configurationDTO :
				(Collection<?>)_getComponentConfigurationDTOs.invoke(_scr, description)) {

			List<UnsatisfiedReference> unsatisfiedReferences = new ArrayList<>();

			for (Object unsatisfiedReferenceDTO :
					_list(_field(configurationDTO, "unsatisfiedReferences"))) {

				unsatisfiedReferences.add(
					new UnsatisfiedReference(
						(String)_field(unsatisfiedReferenceDTO, "name"),
						(String)_field(unsatisfiedReferenceDTO, "target")));
			}

			configurations.add(
				new Configuration(
					(Long)_field(configurationDTO, "id"),
					(Integer)_field(configurationDTO, "state"),
					unsatisfiedReferences,
					(String)_field(configurationDTO, "failure")));
		}

		return new Component(
			(String)_field(description, "name"), (Long)_field(bundleDTO, "id"),
			(Boolean)_field(description, "defaultEnabled"),
			(String)_field(description, "factory"),
			Arrays.asList((String[])_field(description, "serviceInterfaces")),
			references, configurations);
	}

	private ComponentRuntime(
		Object scr, Method getComponentDescriptionDTOs,
		Method getComponentConfigurationDTOs) {

		_scr = scr;
		_getComponentDescriptionDTOs = getComponentDescriptionDTOs;
		_getComponentConfigurationDTOs = getComponentConfigurationDTOs;
	}

	private static final String _SCR =
		"org.osgi.service.component.runtime.ServiceComponentRuntime";

	private final Method _getComponentConfigurationDTOs;
	private final Method _getComponentDescriptionDTOs;
	private final Object _scr;

}
