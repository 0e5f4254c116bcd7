/** The methodologies on the web, pages and REST API: status, parameters, rules, rating a posted CSV, validating and reloading. */
package org.assessor.web.methodologies;
