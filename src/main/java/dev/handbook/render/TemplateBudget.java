package dev.handbook.render;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Keeps a runaway template from hanging the build. Pebble has no unbounded loop; the ways a
 * template can run for ever are a huge {@code range(...)} / {@code a..b} (Pebble builds the whole
 * list first) and deep macro recursion. This extension replaces {@code range} with a lazy one that
 * checks the page's time budget as it goes; the renderer turns a blown budget, a stack overflow
 * and an oversized page into an error naming the template.
 */
final class TemplateBudget extends AbstractExtension {
    /** Longest a single page may take to render. */
    static final long PAGE_BUDGET_MILLIS = 10_000;
    /**
     * Most steps all of a page's ranges may take together. Output a macro builds stays in memory
     * until the macro returns, so a loop there is stopped by its length, not only by the clock:
     * ten seconds of a runaway loop filled 3.7 GB.
     */
    static final long MAX_RANGE_STEPS = 100_000;
    /** Most range steps between two looks at the clock and the step count. */
    private static final int CHECK_EVERY = 1024;
    private static final ThreadLocal<Page> PAGE = new ThreadLocal<>();

    /** The budget of the page this thread renders. */
    private static final class Page {
        final long deadline;
        long steps;

        Page(long deadline) {
            this.deadline = deadline;
        }
    }

    static void start(long millis) {
        PAGE.set(new Page(System.nanoTime() + millis * 1_000_000));
    }

    static void stop() {
        PAGE.remove();
    }

    /** Looks at the clock, and adds {@code steps} a range has taken since it last called. */
    static void check(String template, int line, int steps) {
        Page page = PAGE.get();
        if (page == null) return;
        if (System.nanoTime() > page.deadline) {
            throw new PebbleException(null, "the template ran past its time budget for one page and was stopped "
                    + "(a runaway loop?)", line, template);
        }
        page.steps += steps;
        if (page.steps > MAX_RANGE_STEPS) {
            throw new PebbleException(null, String.format(java.util.Locale.ROOT, "the template's ranges ran past "
                    + "%,d steps for one page and were stopped (a runaway loop?)", MAX_RANGE_STEPS), line, template);
        }
    }

    @Override
    public Map<String, Function> getFunctions() {
        return Map.of("range", new Range());
    }

    /** {@code range(start, end, increment)} as Pebble defines it, but lazy and on a budget. */
    private static final class Range implements Function {
        @Override
        public List<String> getArgumentNames() {
            return List.of("start", "end", "increment");
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            Object start = args.get("start");
            Object end = args.get("end");
            Object inc = args.getOrDefault("increment", 1L);
            if (inc == null) inc = 1L;
            if (!(inc instanceof Number n) || n.longValue() == 0) {
                throw new PebbleException(null, "the increment of range must be a non-zero number", line, self.getName());
            }
            long step = ((Number) inc).longValue();
            if (start instanceof Number s && end instanceof Number e) {
                return new Lazy(s.longValue(), e.longValue(), step, false, self.getName(), line);
            }
            if (start instanceof String s && end instanceof String e && s.length() == 1 && e.length() == 1) {
                return new Lazy(s.charAt(0), e.charAt(0), step, true, self.getName(), line);
            }
            throw new PebbleException(null, "range takes two numbers or two single characters", line, self.getName());
        }
    }

    private static final class Lazy extends AbstractList<Object> {
        private final long start;
        private final long step;
        private final int size;
        private final boolean chars;
        private final String template;
        private final int line;

        Lazy(long start, long end, long step, boolean chars, String template, int line) {
            this.start = start;
            this.step = step;
            long count = step > 0 ? (end < start ? 0 : (end - start) / step + 1) : (end > start ? 0 : (start - end) / -step + 1);
            this.size = (int) Math.min(count, Integer.MAX_VALUE);
            this.chars = chars;
            this.template = template;
            this.line = line;
        }

        @Override
        public Object get(int i) {
            long v = start + i * step;
            return chars ? (Object) (char) v : (Object) v;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public Iterator<Object> iterator() {
            return new Iterator<>() {
                private int i;
                private int charged;

                @Override
                public boolean hasNext() {
                    if (i < size) return true;
                    if (charged < i) charge(); // the last stretch of the loop
                    return false;
                }

                @Override
                public Object next() {
                    if (i >= size) throw new NoSuchElementException();
                    if (i == 0 || i - charged >= CHECK_EVERY) charge();
                    return get(i++);
                }

                private void charge() {
                    check(template, line, i - charged);
                    charged = i;
                }
            };
        }
    }
}
