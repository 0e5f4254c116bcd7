/**
 * The serving engine behind {@code assessor serve}: each methodology's last valid version, rebuilt in a child
 * process and swapped in when its files change and go quiet; and rating a posted CSV with the version serving.
 */
package org.assessor.serving;
