package dev.handbook.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * URL- and anchor-safe names: lower case, accents dropped, runs of other characters turned into
 * one '-'. "Roles & Responsibilities" becomes {@code roles-responsibilities}.
 */
public final class Slug {
    private Slug() {
    }

    public static String of(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(s.length());
        boolean dash = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            if (Character.isLetterOrDigit(c)) {
                if (dash && sb.length() > 0) sb.append('-');
                sb.append(c);
                dash = false;
            } else {
                dash = true;
            }
        }
        return sb.length() == 0 ? "section" : sb.toString();
    }
}
