package org.assessor.archive;

import java.util.Map;

/**
 * The methodology a run used: its files by path under the methodology home, and the what-if
 * parameter changes applied over them. Loading these again gives the same version.
 */
public record MethodologySnapshot(String id, String version, Map<String, String> sources, Map<String, String> changes) {
}
