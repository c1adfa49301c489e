/**
 * Failures the services report, each with a message key, arguments and the offending field.
 */
@Export
@Version("1.0.0")
package org.nastavnik.failure;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
