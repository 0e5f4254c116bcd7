/** A trust's history: every archived run that rated an organisation of that name, with a chart of its ratings. */
package org.assessor.web.history;
