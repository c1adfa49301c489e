package org.nastavnik.liferay.internal.upgrade.registry;

import com.liferay.portal.upgrade.registry.UpgradeStepRegistrator;

import org.osgi.service.component.annotations.Component;

/**
 * The schema versions of this bundle's tables ({@code Nastavnik_*}).
 *
 * <p><b>1.0.0, the initial schema</b>, is what Service Builder generated into
 * {@code META-INF/sql/tables.sql} and {@code indexes.sql}: on the first start in a portal the
 * portal creates those tables and indexes, and {@link Registry#registerInitialization()} records
 * the release at 1.0.0 without running any step. It is the portal twin of the JDBC runtime's
 * {@code V1__pair_registry.sql}.</p>
 *
 * <p><b>Later steps.</b> Change {@code service.xml}, regenerate, and register one step per
 * schema change from the last version to the next, e.g.
 * {@code registry.register("1.0.0", "1.1.0", UpgradeProcessFactory.addColumns("Nastavnik_Pair",
 * "meetingCount INTEGER"));}; a step with data work gets its own class in
 * {@code internal/upgrade/v1_1_0/*UpgradeProcess.java}. The last step's target version must
 * equal {@code Liferay-Require-SchemaVersion} in {@code bnd.bnd}, or the portal does not start
 * the bundle's services until it does. The JDBC runtime gets the same change as a new
 * {@code V<n>__*.sql} migration, and ServiceBuilderSchemaTest keeps both in step.</p>
 */
@Component(service = UpgradeStepRegistrator.class)
public class NastavnikServiceUpgradeStepRegistrator implements UpgradeStepRegistrator {

	@Override
	public void register(Registry registry) {
		registry.registerInitialization();
	}

}
