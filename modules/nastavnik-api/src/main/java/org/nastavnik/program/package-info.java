/**
 * Mentoring programs: a period, curators and (later) stages and events.
 */
@Export
@Version("1.0.0")
package org.nastavnik.program;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
