package dev.handbook.check;

import dev.handbook.config.CheckSettings;
import dev.handbook.config.SiteConfig;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Staged;
import dev.handbook.model.Page;
import dev.handbook.model.Value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which findings a handbook silenced: rule ids listed in {@code check.ignore} of
 * handbook.yml silence them everywhere, and a page's {@code check_ignore: [rule-id, ...]} (or one it
 * inherits through a {@code cascade:}) silences them on that page. Only the rules of
 * {@link CheckSettings#RULES} can be silenced; problems that break the build cannot.
 *
 * <pre>{@code
 * Silencer s = Silencer.of(config, site.pages()).value();
 * diagnostics.removeIf(s::silences);
 * }</pre>
 */
public final class Silencer {
    private final Set<String> everywhere;
    private final Map<String, Set<String>> byFile;

    private Silencer(Set<String> everywhere, Map<String, Set<String>> byFile) {
        this.everywhere = Set.copyOf(everywhere);
        this.byFile = Map.copyOf(byFile);
    }

    public static Silencer none() {
        return new Silencer(Set.of(), Map.of());
    }

    /** Reads every page's {@code check_ignore}; unknown rule ids are warnings at their position. */
    public static Staged<Silencer> of(SiteConfig config, List<Page> pages) {
        List<Diagnostic> diags = new ArrayList<>();
        Map<String, Set<String>> byFile = new HashMap<>();
        for (Page p : pages) {
            Optional<Value> v = p.fields().get("check_ignore");
            if (v.isEmpty()) continue;
            Set<String> ids = CheckSettings.readRuleIds(v.get(), "check_ignore", diags);
            if (!ids.isEmpty()) byFile.put(p.displayPath(), ids);
        }
        // A cascaded check_ignore is read once per page below it; report each problem once.
        List<Diagnostic> distinct = new ArrayList<>(new LinkedHashSet<>(diags));
        return new Staged<>(new Silencer(config.check().ignore(), byFile), distinct);
    }

    /** Whether {@code d} is silenced, by handbook.yml or by the page its position is in. */
    public boolean silences(Diagnostic d) {
        return silences(d.rule(), Optional.of(d.pos().file()));
    }

    boolean silences(String rule, Optional<String> pageFile) {
        if (!CheckSettings.RULES.containsKey(rule)) return false;
        if (everywhere.contains(rule)) return true;
        return pageFile.map(f -> byFile.getOrDefault(f, Set.of()).contains(rule)).orElse(false);
    }
}
