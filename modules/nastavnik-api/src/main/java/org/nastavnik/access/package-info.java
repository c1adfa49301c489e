/**
 * Who may do what: action names shared by both runtimes and the access-control SPI.
 */
@Export
@Version("1.0.0")
package org.nastavnik.access;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
