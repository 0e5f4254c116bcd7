/** Writing ratings and explanations: CSV and JSON files, moved into place only when complete. */
package org.assessor.output;
