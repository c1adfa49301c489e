package org.nastavnik.liferay.it.support;

import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.mockito.Mockito;

import org.osgi.framework.Bundle;

/**
 * What the portal sets up before any module starts, and the places where a default-answering
 * mock is not enough for a component of ours to activate — each with the reason.
 *
 * <ul>
 * <li>{@code PropsUtil.setProps}: the portal's boot hands portal-kernel its {@code Props}
 * (portal.properties) before modules start; every Service Builder persistence reads
 * {@code value.object.finder.cache.list.threshold} through it in {@code @Activate}. Here a
 * mock answers null for every key, i.e. each caller's default.</li>
 * </ul>
 */
public final class PortalStubs implements AutoCloseable {

	/**
	 * Prepares what the portal would have set up before our bundles start.
	 *
	 * @param portal the portal stand-in, through which portal classes are loaded
	 */
	public static PortalStubs install(Bundle portal) {
		try {
			Class<?> propsClass = portal.loadClass("com.liferay.portal.kernel.util.Props");

			Method setProps = portal.loadClass(
				"com.liferay.portal.kernel.util.PropsUtil"
			).getMethod(
				"setProps", propsClass
			);

			setProps.invoke(null, Mockito.mock(propsClass));

			return new PortalStubs(setProps);
		}
		catch (ReflectiveOperationException reflectiveOperationException) {
			throw new IllegalStateException(
				"Cannot set up portal-kernel's PropsUtil", reflectiveOperationException);
		}
	}

	/**
	 * Mocks with explicit answers by interface name, for {@link PortalServiceMocks}.
	 */
	public Map<String, Function<Class<?>, Object>> explicitMocks() {
		return _explicitMocks;
	}

	@Override
	public void close() {
		try {
			_setProps.invoke(null, new Object[] {null});
		}
		catch (ReflectiveOperationException reflectiveOperationException) {
			throw new IllegalStateException(reflectiveOperationException);
		}
	}

	private PortalStubs(Method setProps) {
		_setProps = setProps;
	}

	private final Map<String, Function<Class<?>, Object>> _explicitMocks =
		new LinkedHashMap<>();
	private final Method _setProps;

}
