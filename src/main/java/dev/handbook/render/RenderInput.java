package dev.handbook.render;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one HTML file of the site is rendered from: the layout, where the file goes, and the
 * two views the template sees. Templates receive nothing else, so with the same templates two
 * inputs that are {@link #sameAs the same} render to the same bytes; an incremental build compares
 * a page's new input with its previous one to know whether the page must be rendered again.
 *
 * @param layout     theme-relative name of the template ({@code layouts/page.peb})
 * @param outputPath the file's path in the site ({@code roles/em/index.html})
 */
public record RenderInput(String layout, String outputPath, Views.SiteView site, Views.PageView page) {
    public RenderInput {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(outputPath, "outputPath");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(page, "page");
    }

    /**
     * Whether the other input renders to the same bytes as this one. Stricter than {@link #equals}:
     * maps must also hold their entries in the same order, since a template that loops over a map
     * (a page's fields) writes them in that order while {@code Map.equals} ignores it.
     */
    public boolean sameAs(RenderInput other) {
        return other != null && equals(other) && sameOrder(site, other.site) && sameOrder(page, other.page);
    }

    /** Called once the values are known to be equal: compares the order of every map reachable from them. */
    private static boolean sameOrder(Object a, Object b) {
        if (a == b || a == null || b == null || a instanceof CharSequence || a instanceof Number
                || a instanceof Boolean) {
            return true;
        }
        if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
            Iterator<? extends Map.Entry<?, ?>> ia = ma.entrySet().iterator();
            Iterator<? extends Map.Entry<?, ?>> ib = mb.entrySet().iterator();
            while (ia.hasNext() && ib.hasNext()) {
                Map.Entry<?, ?> ea = ia.next();
                Map.Entry<?, ?> eb = ib.next();
                if (!Objects.equals(ea.getKey(), eb.getKey()) || !sameOrder(ea.getValue(), eb.getValue())) return false;
            }
            return ia.hasNext() == ib.hasNext();
        }
        if (a instanceof Iterable<?> la && b instanceof Iterable<?> lb) {
            Iterator<?> ia = la.iterator();
            Iterator<?> ib = lb.iterator();
            while (ia.hasNext() && ib.hasNext()) if (!sameOrder(ia.next(), ib.next())) return false;
            return ia.hasNext() == ib.hasNext();
        }
        if (a.getClass().isRecord() && a.getClass() == b.getClass() && !MAP_FREE.get(a.getClass())) {
            for (MethodHandle component : COMPONENTS.get(a.getClass())) {
                try {
                    if (!sameOrder(component.invoke(a), component.invoke(b))) return false;
                } catch (Throwable t) {
                    throw new IllegalStateException("cannot read a view record's component", t);
                }
            }
        }
        return true;
    }

    /** Accessors of a view record's components that may hold a map somewhere inside; the others need no walk. */
    private static final ClassValue<List<MethodHandle>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<MethodHandle> computeValue(Class<?> type) {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            return java.util.Arrays.stream(type.getRecordComponents())
                    .filter(c -> mayHoldMap(c.getGenericType(), new java.util.HashSet<>()))
                    .map(c -> handle(lookup, c)).toList();
        }
    };

    /** Whether a value of this declared type may contain a map: true unless the type says it cannot. */
    private static boolean mayHoldMap(java.lang.reflect.Type type, java.util.Set<Class<?>> visiting) {
        if (type instanceof java.lang.reflect.ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            if (!java.util.Collection.class.isAssignableFrom(raw)) return true;
            return mayHoldMap(p.getActualTypeArguments()[0], visiting);
        }
        if (!(type instanceof Class<?> c)) return true; // a type variable or wildcard: anything
        if (c.isPrimitive() || c == String.class || c == Boolean.class || Number.class.isAssignableFrom(c)) return false;
        if (!c.isRecord()) return true;
        if (!visiting.add(c)) return false; // a record holding itself (a tree): decided by its other components
        for (RecordComponent rc : c.getRecordComponents()) if (mayHoldMap(rc.getGenericType(), visiting)) return true;
        return false;
    }

    private static final ClassValue<Boolean> MAP_FREE = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return !mayHoldMap(type, new java.util.HashSet<>());
        }
    };

    private static MethodHandle handle(MethodHandles.Lookup lookup, RecordComponent c) {
        try {
            c.getAccessor().setAccessible(true);
            return lookup.unreflect(c.getAccessor());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("view record " + c.getDeclaringRecord().getName() + " is not readable", e);
        }
    }
}
