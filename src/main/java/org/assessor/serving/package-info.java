/** The serving engine of {@code assessor serve}: each methodology's last valid version, rebuilt when its files change; rating a posted CSV. */
package org.assessor.serving;
