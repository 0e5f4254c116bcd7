/**
 * The run archive: every rating run with its input, methodology files, ratings and explanations, over plain JDBC
 * (the web application hands it Spring's data source in {@code org.assessor.web.system}).
 */
package org.assessor.archive;
