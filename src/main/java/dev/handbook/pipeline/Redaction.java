package dev.handbook.pipeline;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.SourcePos;
import dev.handbook.resolve.ResolvedSite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The problems of files an edition leaves out, told without their content: a YAML error in a
 * managers-only page printed its source line in the everyone build and in serve's overlay (issue
 * 23.13). In any edition but the narrowest, a problem of a file left out as restricted keeps its
 * file, line and severity, and loses its message, hint and source line. A page whose front matter
 * cannot be read has no known audience; it counts as restricted when the broken front matter names
 * an audience narrower than the edition's.
 */
public final class Redaction {
    /** The rule of a problem told without its content; printers show no source line for it. */
    static final String RULE = BuildResult.WITHHELD_RULE;
    private static final Pattern AUDIENCE = Pattern.compile("(?m)\\baudience\\s*:\\s*\\[?([^\\n\\]}]*)");

    private Redaction() {
    }

    /**
     * {@code diags} with the problems of files {@code site} leaves out as restricted told without
     * their content; {@code textOf} gives a page's text by its path under the root, for pages whose
     * front matter failed.
     */
    public static List<Diagnostic> apply(List<Diagnostic> diags, ResolvedSite site, Function<String, Optional<String>> textOf) {
        List<String> audiences = site.config().audiences();
        int edition = audiences.indexOf(site.edition());
        if (edition < 0 || edition == audiences.size() - 1) return diags;
        Set<String> restricted = site.hidden().restrictedFiles();
        Map<String, Boolean> unreadable = new HashMap<>();
        List<Diagnostic> out = new ArrayList<>(diags.size());
        for (Diagnostic d : diags) {
            String file = d.pos().file();
            boolean hide = restricted.contains(file) || (isFrontMatterProblem(d)
                    && unreadable.computeIfAbsent(file, f -> namesNarrower(textOf.apply(f), audiences, edition)));
            out.add(hide ? withheld(d, site.edition()) : d);
        }
        return out;
    }

    private static boolean isFrontMatterProblem(Diagnostic d) {
        return d.rule().equals("yaml") || d.rule().equals("front-matter");
    }

    /** Whether the front matter, read as text, names an audience narrower than the edition. */
    private static boolean namesNarrower(Optional<String> text, List<String> audiences, int edition) {
        if (text.isEmpty()) return false;
        String t = text.get();
        int end = t.startsWith("---") ? t.indexOf("\n---", 3) : -1;
        Matcher m = AUDIENCE.matcher(end < 0 ? t : t.substring(0, end));
        while (m.find()) {
            for (String name : m.group(1).split("[\\s,\"']+")) {
                int rank = audiences.indexOf(name);
                if (rank > edition) return true;
            }
        }
        return false;
    }

    private static Diagnostic withheld(Diagnostic d, String edition) {
        return new Diagnostic(d.severity(), new SourcePos(d.pos().file(), d.pos().line(), 0),
                "a problem in content the '" + edition + "' edition leaves out; its details are shown only when "
                        + "building the edition it is for (--audience)", Optional.empty(), RULE);
    }
}
