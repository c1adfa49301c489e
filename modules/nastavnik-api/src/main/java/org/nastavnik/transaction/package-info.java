/**
 * The transaction boundary the core asks its runtime for.
 */
@Export
@Version("1.0.0")
package org.nastavnik.transaction;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
