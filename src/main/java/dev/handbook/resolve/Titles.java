package dev.handbook.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Titles made from file and folder names, for pages and sections that set none: words split at
 * '-' and '_', the first word capitalised, the others as written; a word handbook.yml lists in
 * {@code acronyms:} (or one of {@link #BUILT_IN}) is written as listed, with a plural 's' kept
 * ({@code okrs} reads "OKRs"); a word that starts with a digit and holds letters, or one of letters
 * without a vowel (a, e, i, o, u, y), is written in capitals ({@code 18f} reads "18F", {@code tts}
 * "TTS", {@code dns} "DNS"; English words have a vowel, "vs" aside). So {@code ways-of-working}
 * reads "Ways of working" and {@code tts-consulting} "TTS consulting"; {@code acronyms:} names the
 * others ({@code [NATO, NASA]}).
 */
final class Titles {
    /** Acronyms every handbook gets; none of them is also a common English word. */
    static final List<String> BUILT_IN = List.of("API", "AWS", "CD", "CEO", "CFO", "CI", "CSS", "CTO", "FAQ", "GCP",
            "HR", "HTML", "HTTP", "HTTPS", "JSON", "KPI", "OKR", "QA", "SDK", "SLA", "SLO", "SQL", "SRE", "SSO", "UI",
            "URL", "UX", "VPN", "YAML", "iOS", "macOS");

    /** ASCII letters without a vowel: an acronym, since an English word has one. */
    private static final java.util.regex.Pattern NO_VOWEL = java.util.regex.Pattern.compile("[b-df-hj-np-tv-xz]+");
    private final Map<String, String> byLower = new TreeMap<>();

    Titles(List<String> acronyms) {
        for (String a : BUILT_IN) byLower.put(a.toLowerCase(Locale.ROOT), a);
        for (String a : acronyms) byLower.put(a.toLowerCase(Locale.ROOT), a);
    }

    String fromName(String name) {
        List<String> words = new ArrayList<>();
        for (String w : name.split("[-_\\s]+")) if (!w.isEmpty()) words.add(w);
        if (words.isEmpty()) return name;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) sb.append(' ');
            sb.append(word(words.get(i), i == 0));
        }
        return sb.toString();
    }

    private String word(String w, boolean first) {
        String lower = w.toLowerCase(Locale.ROOT);
        String acronym = byLower.get(lower);
        if (acronym != null) return acronym;
        if (lower.endsWith("s") && byLower.containsKey(lower.substring(0, lower.length() - 1))) {
            return byLower.get(lower.substring(0, lower.length() - 1)) + "s";
        }
        if (Character.isDigit(w.charAt(0)) && w.chars().anyMatch(Character::isLetter)) return w.toUpperCase(Locale.ROOT);
        if (NO_VOWEL.matcher(lower).matches() && !lower.equals("vs")) return w.toUpperCase(Locale.ROOT);
        if (!first) return w;
        return w.substring(0, w.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT) + w.substring(w.offsetByCodePoints(0, 1));
    }
}
