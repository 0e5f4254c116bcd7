/**
 * The methodologies on the web, pages and REST API together: each with its status, parameters and rules;
 * rating a posted CSV with the version serving; validating and reloading one (the methodology team).
 */
package org.assessor.web.methodologies;
