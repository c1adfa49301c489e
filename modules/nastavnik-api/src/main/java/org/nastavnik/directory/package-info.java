/**
 * People and organizations as the runtime's directory knows them (portal users or the demo directory).
 */
@Export
@Version("1.0.0")
package org.nastavnik.directory;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
