import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Compares the parse stage of two Handbook jars in one warm JVM: each jar gets a class loader of its
 * own, and every page of a handbook is parsed by both in turn (which goes first alternates), timed in
 * the thread's CPU time. A change of machine load then hits both alike, which whole builds on a
 * shared machine cannot promise, so a difference of 1-2% shows. Not a test: it prints figures. Run
 * it with the JVM flags of the build it stands for (the launcher's: -XX:TieredStopAtLevel=1 below
 * 5,000 pages, the lighter optimising JIT above), and more than once, since the JIT decides
 * differently from run to run:
 *
 *   java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 bench/ParseAB.java ROOT ROUNDS BEFORE.jar AFTER.jar
 *
 * Prints each round's CPU time per jar and AFTER/BEFORE; the first third of the rounds are warm-up.
 * Stops if the two jars make different HTML for a page.
 */
public class ParseAB {
    public static void main(String[] args) throws Exception {
        if (args.length != 4) throw new IllegalArgumentException("usage: ParseAB ROOT ROUNDS BEFORE.jar AFTER.jar");
        int rounds = Integer.parseInt(args[1]);
        Parse[] jars = {new Parse(Path.of(args[2]), args[0]), new Parse(Path.of(args[3]), args[0])};
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long[][] nanos = new long[2][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int page = 0; page < jars[0].size(); page++) {
                String[] html = new String[2];
                for (int turn = 0; turn < 2; turn++) {
                    int k = (page + r) % 2 == 0 ? turn : 1 - turn;
                    long start = cpu.getCurrentThreadCpuTime();
                    html[k] = jars[k].html(page);
                    nanos[k][r] += cpu.getCurrentThreadCpuTime() - start;
                }
                if (!html[0].equals(html[1])) throw new IllegalStateException("the jars differ on page " + page);
            }
            System.out.printf("round %2d: before %5d ms, after %5d ms, after/before %.3f%n", r, nanos[0][r] / 1_000_000,
                    nanos[1][r] / 1_000_000, (double) nanos[1][r] / nanos[0][r]);
        }
        int from = rounds / 3;
        double[] ratios = new double[rounds - from];
        for (int r = from; r < rounds; r++) ratios[r - from] = (double) nanos[1][r] / nanos[0][r];
        Arrays.sort(ratios);
        System.out.printf("rounds %d-%d: after/before median %.3f (min %.3f, max %.3f)%n", from, rounds - 1,
                ratios[ratios.length / 2], ratios[0], ratios[ratios.length - 1]);
    }

    /** One jar's DocumentParser and the handbook's pages, reached by reflection through the jar's own loader. */
    private static final class Parse {
        private final Object parser;
        private final Method parsePage;
        private Method value;
        private Method body;
        private Method html;
        private final List<Object[]> pages = new ArrayList<>();

        Parse(Path jar, String rootName) throws Exception {
            ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Path root = Path.of(rootName);
            Object config = value(call(loader, "dev.handbook.config.ConfigLoader", "load", root));
            Object themeName = config.getClass().getMethod("theme").invoke(config);
            Object theme = ((java.util.Optional<?>) value(call(loader, "dev.handbook.source.ThemeLoader", "locate", root,
                    themeName))).orElseThrow();
            Object tree = value(call(loader, "dev.handbook.source.ContentLoader", "list", root));
            Class<?> kind = loader.loadClass("dev.handbook.source.SourceFile$Kind");
            Object pageKind = kind.getMethod("valueOf", String.class).invoke(null, "PAGE");
            List<?> files = (List<?>) tree.getClass().getMethod("ofKind", kind).invoke(tree, pageKind);
            for (Object f : files) {
                String text = (String) value(call(loader, "dev.handbook.source.ContentLoader", "readText", f));
                pages.add(new Object[] {f.getClass().getMethod("path").invoke(f),
                        f.getClass().getMethod("displayPath").invoke(f), text});
            }
            Object messages = value(call(loader, "dev.handbook.pipeline.BuildSteps", "messages", theme, config));
            Object audience = config.getClass().getMethod("widestAudience").invoke(config);
            Object settings = call(loader, "dev.handbook.parse.ParseSettings", "of", config, audience, messages);
            Class<?> parserClass = loader.loadClass("dev.handbook.parse.DocumentParser");
            parser = parserClass.getConstructor(settings.getClass()).newInstance(settings);
            parsePage = parserClass.getMethod("parsePage", String.class, String.class, String.class);
        }

        int size() {
            return pages.size();
        }

        String html(int i) throws Exception {
            Object staged = parsePage.invoke(parser, pages.get(i));
            if (value == null) value = staged.getClass().getMethod("value");
            Object page = value.invoke(staged);
            if (body == null) body = page.getClass().getMethod("body");
            Object b = body.invoke(page);
            if (html == null) html = b.getClass().getMethod("html");
            return (String) html.invoke(b);
        }

        /** Calls the one public static method of that name and arity. */
        private static Object call(ClassLoader loader, String type, String name, Object... args) throws Exception {
            for (Method m : loader.loadClass(type).getMethods()) {
                if (m.getName().equals(name) && m.getParameterCount() == args.length
                        && java.lang.reflect.Modifier.isStatic(m.getModifiers())) {
                    return m.invoke(null, args);
                }
            }
            throw new NoSuchMethodException(type + "." + name);
        }

        /** The value of a {@code Staged}. */
        private static Object value(Object staged) throws Exception {
            return staged.getClass().getMethod("value").invoke(staged);
        }
    }
}
