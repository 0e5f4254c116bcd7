/** The HTTP service: serving each methodology's current version, reloading it when its files change, and the REST API. */
package org.assessor.server;
