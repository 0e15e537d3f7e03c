package dev.handbook.parse;

import dev.handbook.config.SiteConfig;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.SourcePos;
import dev.handbook.diag.Staged;
import dev.handbook.diag.Suggestions;
import dev.handbook.model.Messages;
import dev.handbook.source.ThemeLoader.MessageFile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The site's {@link Messages}: the theme's {@code i18n/<language>.yml} for handbook.yml's
 * {@code language}, over its {@code en.yml} for any key it leaves out, with handbook.yml's
 * {@code messages:} on top. A handbook's own theme folder comes before the built-in theme, key by
 * key, so its {@code i18n/de.yml} need only hold the keys it changes.
 *
 * <p>The English files define which keys exist: a key no {@code en.yml} has is an error where it is
 * written, with the closest known key. A language the theme has no messages for is a warning, and
 * the site's words stay English: {@code language} still sets every page's {@code lang}.
 *
 * <pre>{@code
 * String file = MessageCatalog.language(config, ThemeLoader.languages(theme)).value();
 * Messages m = MessageCatalog.build(config, file, ThemeLoader.messageFiles(theme, Set.of("en", file)).value()).value();
 * }</pre>
 */
public final class MessageCatalog {
    /** The language whose files define the keys, and which fills in what a translation leaves out. */
    public static final String REFERENCE = "en";
    private static final String FALLBACK_DATE = "yyyy-MM-dd";

    private MessageCatalog() {
    }

    /**
     * Which message file serves handbook.yml's {@code language}: the tag itself ({@code de-CH}) or
     * its language ({@code de}), in any case; English, with a warning, when the theme has neither.
     */
    public static Staged<String> language(SiteConfig config, SortedSet<String> available) {
        String tag = config.language();
        for (String candidate = tag; ; candidate = candidate.substring(0, candidate.lastIndexOf('-'))) {
            for (String a : available) if (a.equalsIgnoreCase(candidate)) return Staged.of(a);
            if (candidate.indexOf('-') < 0) break;
        }
        String base = tag.split("-")[0];
        Diagnostic warning = Diagnostic.warning(config.languagePos(),
                        "the theme has no messages in language '%s'%s: its words stay English", tag,
                        Suggestions.didYouMean(base, available))
                .withHint("the theme has " + String.join(", ", available) + "; to translate it, add themes/"
                        + config.theme() + "/i18n/" + base.toLowerCase(Locale.ROOT) + ".yml with the keys of en.yml")
                .withRule("config");
        return new Staged<>(REFERENCE, List.of(warning));
    }

    /**
     * The messages of {@code language} (a name {@link #language} returned) from {@code files}, which
     * hold that language's files and the English ones, and {@code config}'s {@code messages:}.
     */
    public static Staged<Messages> build(SiteConfig config, String language, List<MessageFile> files) {
        List<Diagnostic> diags = new ArrayList<>();
        List<Layer> english = layers(files, REFERENCE, diags);
        List<Layer> chosen = language.equals(REFERENCE) ? english : layers(files, language, diags);
        TreeMap<String, MessageEntries.Entry> reference = merged(english);
        if (reference.isEmpty()) {
            diags.add(Diagnostic.error(SourcePos.file("themes/" + config.theme() + "/i18n/en.yml"),
                    "the theme has no English messages (i18n/en.yml), which every other language builds on")
                    .withRule("theme"));
        }
        TreeMap<String, MessageEntries.Entry> texts = new TreeMap<>(reference);
        if (chosen != english) {
            for (Layer layer : chosen) checkAll(layer.entries().values(), reference, "theme", diags);
            TreeMap<String, MessageEntries.Entry> translated = merged(chosen);
            translated.keySet().retainAll(reference.keySet());
            texts.putAll(translated);
            untranslated(reference, translated, chosen, language, diags);
        } else {
            for (Layer layer : english) checkMarkup(layer.entries().values(), "theme", diags);
        }
        Staged<Map<String, MessageEntries.Entry>> overrides = MessageEntries.of(config.messages(), "config");
        diags.addAll(overrides.diagnostics());
        List<MessageEntries.Entry> known = new ArrayList<>();
        for (MessageEntries.Entry e : overrides.value().values()) {
            if (reference.containsKey(e.key())) known.add(e);
            else unknown(e, reference, "config", diags);
        }
        checkAll(known, reference, "config", diags);
        for (MessageEntries.Entry e : known) texts.put(e.key(), e);
        Map<String, String> plain = new TreeMap<>();
        texts.forEach((k, e) -> plain.put(k, e.text()));
        plain.put(Messages.DATE_FORMAT, datePattern(Messages.DATE_FORMAT, texts, reference, config, diags));
        if (texts.containsKey(Messages.DAY_FORMAT)) {
            plain.put(Messages.DAY_FORMAT, datePattern(Messages.DAY_FORMAT, texts, reference, config, diags));
        }
        return new Staged<>(new Messages(config.language(), plain), diags);
    }

    /** One folder's file of one language. */
    private record Layer(int layer, String displayPath, Map<String, MessageEntries.Entry> entries) {
    }

    /** The files of {@code language}, the handbook's own first, each read. */
    private static List<Layer> layers(List<MessageFile> files, String language, List<Diagnostic> diags) {
        List<Layer> out = new ArrayList<>();
        files.stream().filter(f -> f.language().equals(language)).sorted(Comparator.comparingInt(MessageFile::layer))
                .forEach(f -> {
                    Staged<Map<String, MessageEntries.Entry>> read = MessageEntries.read(f.displayPath(), f.text(), "theme");
                    diags.addAll(read.diagnostics());
                    out.add(new Layer(f.layer(), f.displayPath(), read.value()));
                });
        return out;
    }

    /** Every key of the layers, the earliest layer's text winning. */
    private static TreeMap<String, MessageEntries.Entry> merged(List<Layer> layers) {
        TreeMap<String, MessageEntries.Entry> out = new TreeMap<>();
        for (int i = layers.size() - 1; i >= 0; i--) out.putAll(layers.get(i).entries());
        return out;
    }

    private static void checkAll(java.util.Collection<MessageEntries.Entry> entries,
                                 Map<String, MessageEntries.Entry> reference, String rule, List<Diagnostic> diags) {
        for (MessageEntries.Entry e : entries) {
            if (reference.containsKey(e.key())) placeholders(e, reference, rule, diags);
            else unknown(e, reference, rule, diags);
        }
        checkMarkup(entries, rule, diags);
    }

    private static void unknown(MessageEntries.Entry e, Map<String, MessageEntries.Entry> reference, String rule,
                                List<Diagnostic> diags) {
        diags.add(Diagnostic.error(e.keyPos(), "unknown message '%s'%s", e.key(),
                        Suggestions.didYouMean(e.key(), reference.keySet()))
                .withHint("the keys are those of the theme's i18n/en.yml").withRule(rule));
    }

    /** A text may use only the placeholders its English one is given (a count's two forms share theirs, and {n}). */
    private static void placeholders(MessageEntries.Entry e, Map<String, MessageEntries.Entry> reference, String rule,
                                     List<Diagnostic> diags) {
        TreeSet<String> allowed = new TreeSet<>(Messages.placeholders(reference.get(e.key()).text()));
        for (String form : List.of(".one", ".other")) {
            if (!e.key().endsWith(form)) continue;
            String stem = e.key().substring(0, e.key().length() - form.length());
            allowed.add("n");
            for (String f : List.of(".one", ".other")) {
                Optional.ofNullable(reference.get(stem + f)).ifPresent(r -> allowed.addAll(Messages.placeholders(r.text())));
            }
        }
        for (String name : Messages.placeholders(e.text())) {
            if (allowed.contains(name)) continue;
            diags.add(Diagnostic.error(e.textPos(), "message '%s' uses {%s}, which it is not given (%s)", e.key(), name,
                    allowed.isEmpty() ? "it takes none" : "it takes {" + String.join("}, {", allowed) + "}")
                    .withRule(rule));
        }
    }

    private static void checkMarkup(java.util.Collection<MessageEntries.Entry> entries, String rule,
                                    List<Diagnostic> diags) {
        for (MessageEntries.Entry e : entries) {
            if (!e.key().endsWith(Messages.HTML_SUFFIX)) continue;
            InlineMarkup.problem(e.text()).ifPresent(p -> diags.add(Diagnostic.error(e.textPos(), "message '%s' %s",
                    e.key(), p).withRule(rule)));
        }
    }

    /** A translation that leaves keys out is a warning that names them: they show in English. */
    private static void untranslated(Map<String, MessageEntries.Entry> reference,
                                     Map<String, MessageEntries.Entry> translated, List<Layer> chosen, String language,
                                     List<Diagnostic> diags) {
        List<String> missing = reference.keySet().stream().filter(k -> !translated.containsKey(k)).toList();
        if (missing.isEmpty() || chosen.isEmpty()) return;
        String shown = String.join(", ", missing.subList(0, Math.min(8, missing.size())))
                + (missing.size() > 8 ? " and " + (missing.size() - 8) + " more" : "");
        diags.add(Diagnostic.warning(SourcePos.file(chosen.get(0).displayPath()),
                "%d message%s of en.yml %s no translation in '%s' and show in English: %s", missing.size(),
                missing.size() == 1 ? "" : "s", missing.size() == 1 ? "has" : "have", language, shown).withRule("theme"));
    }

    /** The date pattern, checked by writing a date with it; an unusable one is an error, and the English one is used. */
    private static String datePattern(String key, Map<String, MessageEntries.Entry> texts,
                                      Map<String, MessageEntries.Entry> reference, SiteConfig config,
                                      List<Diagnostic> diags) {
        MessageEntries.Entry e = texts.get(key);
        if (e == null) return FALLBACK_DATE;
        Optional<String> problem = DatePatterns.problem(e.text(), Locale.forLanguageTag(config.language()));
        if (problem.isEmpty()) return e.text();
        diags.add(Diagnostic.error(e.textPos(), "%s is not a date pattern: %s", key, problem.get())
                .withHint("a java.time pattern of day, month and year, e.g. \"d MMMM yyyy\" or \"yyyy-MM-dd\"")
                .withRule(e.keyPos().file().equals(SiteConfig.FILE_NAME) ? "config" : "theme"));
        MessageEntries.Entry fallback = reference.get(key);
        return fallback != null && fallback != e && DatePatterns.problem(fallback.text(), Locale.ROOT).isEmpty()
                ? fallback.text() : FALLBACK_DATE;
    }
}
