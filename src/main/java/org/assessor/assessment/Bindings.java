package org.assessor.assessment;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A firing's bindings by name, read straight from the arrays the recorder copied: a rule binds a handful, so a
 * scan beats building a hash map for every step of every rating. Unmodifiable; in the rule's order.
 */
final class Bindings extends AbstractMap<String, Object> {
    private final String[] names;
    private final Object[] values;

    Bindings(String[] names, Object[] values) {
        this.names = names;
        this.values = values;
    }

    @Override
    public Object get(Object key) {
        int at = indexOf(key);
        return at < 0 ? null : values[at];
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public int size() {
        return names.length;
    }

    private int indexOf(Object key) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return IntStream.range(0, names.length)
                        .<Entry<String, Object>>mapToObj(i -> new SimpleImmutableEntry<>(names[i], values[i])).iterator();
            }

            @Override
            public int size() {
                return names.length;
            }
        };
    }
}
