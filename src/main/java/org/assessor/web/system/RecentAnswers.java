package org.assessor.web.system;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answers to the last few questions a page asked, least recently used dropped first: for answers that are slow
 * to compute and never change (they are about archived runs, which never change).
 */
public final class RecentAnswers<K, V> {
    private final Map<K, V> kept;

    public RecentAnswers(int size) {
        kept = Collections.synchronizedMap(new LinkedHashMap<>(size, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > size;
            }
        });
    }

    /** The answer kept for {@code key}, or null. */
    public V get(K key) {
        return kept.get(key);
    }

    public void put(K key, V value) {
        kept.put(key, value);
    }
}
