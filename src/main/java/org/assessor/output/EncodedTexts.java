package org.assessor.output;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * Texts every line of a run repeats (input names and values, result names), escaped and encoded once: writing them
 * afresh on each line was a few percent of serialising it (JFR, a million ratings). A run's texts of this kind come
 * from its methodology and are few; past {@link #MOST} the rest are encoded where they are written.
 */
final class EncodedTexts {
    private static final int MOST = 4096;

    private final Map<String, SerializableString> encoded = new ConcurrentHashMap<>();

    SerializableString of(String text) {
        SerializableString known = encoded.get(text);
        if (known == null) {
            known = new SerializedString(text);
            if (encoded.size() < MOST) {
                encoded.putIfAbsent(text, known);
            }
        }
        return known;
    }
}
