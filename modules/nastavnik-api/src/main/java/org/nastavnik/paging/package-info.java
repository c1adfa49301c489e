/**
 * Paged reads shared by every list of the API.
 */
@Export
@Version("1.0.0")
package org.nastavnik.paging;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
