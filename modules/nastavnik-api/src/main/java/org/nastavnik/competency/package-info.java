/**
 * The competency framework that deficits, mentor strengths and material tags all point to.
 */
@Export
@Version("1.0.0")
package org.nastavnik.competency;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
