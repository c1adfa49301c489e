/**
 * The pair registry: mentor bank, mentee registry and mentoring pairs or groups with their lifecycle.
 */
@Export
@Version("1.0.0")
package org.nastavnik.pairs;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
