package dev.handbook.render;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The fields of a page of a type a handbook adds (or of one of its mapping fields), in the order of
 * the type's schema, as templates read them: {@code page.fields.objective}, or
 * {@code {% for f in page.fields %}{{ f.key }}: {{ f.value }}{% endfor %}}. Values are text,
 * numbers, booleans, {@link Views.LinkView}s, lists and nested field maps; an absent field is
 * null (an empty list for a list field). Read-only.
 *
 * <p>Unlike other maps it equals only another {@code FieldMap} with the same entries <em>in the
 * same order</em>: a template that loops over the fields writes them in that order, so two views
 * that differ only in the order render differently, and an incremental build must see that.
 */
public final class FieldMap extends AbstractMap<String, Object> {
    static final FieldMap EMPTY = new FieldMap(new LinkedHashMap<>());

    private final Map<String, Object> entries;

    /** @param entries copied; null values stand for absent fields */
    FieldMap(LinkedHashMap<String, Object> entries) {
        this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    @Override
    public Object get(Object key) {
        return entries.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    @Override
    public int size() {
        return entries.size();
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return entries.entrySet();
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) return true;
        if (!(o instanceof FieldMap other) || other.size() != size()) return false;
        Iterator<Entry<String, Object>> a = entrySet().iterator();
        Iterator<Entry<String, Object>> b = other.entrySet().iterator();
        while (a.hasNext()) {
            Entry<String, Object> x = a.next();
            Entry<String, Object> y = b.next();
            if (!x.getKey().equals(y.getKey()) || !Objects.equals(x.getValue(), y.getValue())) return false;
        }
        return true;
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }
}
