/** The REST API over the serving engine. */
package org.assessor.server;
