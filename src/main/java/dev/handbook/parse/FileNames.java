package dev.handbook.parse;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what looks like a file name in text: a run of characters ending in a dot and an extension,
 * as links, images and prose write them ({@code ../files/salary-bands.png?v=2#top}), reduced to the
 * last name in lower case ({@code salary-bands.png}), percent-encoding undone. Used to over-estimate
 * which files restricted content uses: finding a name too many keeps a file out of a wider edition
 * only if no page of that edition links to it.
 */
final class FileNames {
    private static final Pattern CANDIDATE = Pattern.compile("[^\\s()\\[\\]<>\"'=`]+\\.[A-Za-z0-9]{1,10}(?![A-Za-z0-9])");

    private FileNames() {
    }

    static void collect(CharSequence text, Set<String> into) {
        Matcher m = CANDIDATE.matcher(text);
        while (m.find()) {
            String s = m.group();
            int cut = indexOfAny(s, "?#");
            if (cut >= 0) s = s.substring(0, cut);
            s = s.substring(s.lastIndexOf('/') + 1);
            if (s.isEmpty()) continue;
            into.add(s.toLowerCase(Locale.ROOT));
            if (s.indexOf('%') >= 0) {
                try {
                    into.add(URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    // not percent-encoding after all: the name as written is enough
                }
            }
        }
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) if (chars.indexOf(s.charAt(i)) >= 0) return i;
        return -1;
    }
}
