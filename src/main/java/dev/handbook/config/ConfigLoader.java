package dev.handbook.config;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.SourcePos;
import dev.handbook.diag.Staged;
import dev.handbook.diag.Suggestions;
import dev.handbook.model.Value;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Loads {@code handbook.yml} into a {@link SiteConfig}. A missing file gives the defaults; unknown
 * keys are warnings with a suggestion; a wrong value is an error at its position.
 */
public final class ConfigLoader {
    static final Set<String> KEYS = keys();
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    /** A BCP 47 language tag as far as a file name needs it: en, de-CH, zh-Hant-TW. */
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

    private ConfigLoader() {
    }

    private static Set<String> keys() {
        Set<String> keys = new java.util.TreeSet<>(Set.of("title", "description", "base_url", "theme", "edit_url",
                "language", "audiences", "review_every", "raw_html", "defaults", "sprint_weeks", "check", "logo", "favicon",
                "recent", "messages"));
        keys.addAll(ContentSettingsReader.KEYS);
        return java.util.Collections.unmodifiableSet(keys);
    }

    public static Staged<SiteConfig> load(Path root) {
        Path file = root.resolve(SiteConfig.FILE_NAME);
        if (!Files.isRegularFile(file)) return Staged.of(SiteConfig.standard());
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            return new Staged<>(SiteConfig.standard(), List.of(Diagnostic.error(SourcePos.file(SiteConfig.FILE_NAME),
                    "not valid UTF-8").withRule("config")));
        } catch (IOException e) {
            return new Staged<>(SiteConfig.standard(), List.of(Diagnostic.error(SourcePos.file(SiteConfig.FILE_NAME),
                    "cannot read: %s", e.getMessage()).withRule("config")));
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        return parse(text);
    }

    /** Reads configuration from YAML text (the contents of handbook.yml). */
    public static Staged<SiteConfig> parse(String text) {
        String file = SiteConfig.FILE_NAME;
        Staged<Optional<Value>> yaml = YamlReader.read(file, text, 1);
        List<Diagnostic> diags = new ArrayList<>(yaml.diagnostics());
        SiteConfig d = SiteConfig.standard();
        if (yaml.value().isEmpty()) return new Staged<>(d, diags);
        if (!(yaml.value().get() instanceof Value.Dict map)) {
            diags.add(Diagnostic.error(yaml.value().get().pos(), "handbook.yml must be a mapping of settings, found %s",
                    yaml.value().get().kindName()).withRule("config"));
            return new Staged<>(d, diags);
        }
        for (Value.Entry e : map.entries().values()) {
            if (!KEYS.contains(e.key())) {
                diags.add(Diagnostic.warning(e.keyPos(), "unknown setting '%s'%s", e.key(),
                        Suggestions.didYouMean(e.key(), KEYS)).withRule("config"));
            }
        }
        Fields f = new Fields(map, diags);
        String title = f.text("title").orElse(d.title());
        String description = f.text("description").orElse(d.description());
        Optional<String> baseUrl = f.text("base_url").map(u -> u.endsWith("/") ? u : u + "/");
        baseUrl.ifPresent(u -> {
            if (!u.startsWith("https://") && !u.startsWith("http://")) {
                diags.add(Diagnostic.error(map.get("base_url").get().pos(),
                        "base_url must be an absolute http(s) URL, found '%s'", u).withRule("config"));
            }
        });
        String theme = f.text("theme").orElse(d.theme());
        if (!NAME.matcher(theme).matches()) {
            diags.add(Diagnostic.error(map.get("theme").get().pos(),
                    "theme must be a folder name under themes/ (letters, digits, '-' and '_'), found '%s'", theme)
                    .withRule("config"));
            theme = d.theme();
        }
        Optional<String> editUrl = f.text("edit_url");
        editUrl.ifPresent(u -> {
            if (!u.contains("{path}")) {
                diags.add(Diagnostic.error(map.get("edit_url").get().pos(),
                        "edit_url must contain {path}, e.g. https://github.com/acme/handbook/edit/main/{path}")
                        .withRule("config"));
            }
        });
        String language = f.text("language").map(String::strip).orElse(d.language());
        SourcePos languagePos = map.get("language").map(Value::pos).orElse(d.languagePos());
        if (!LANGUAGE.matcher(language).matches()) {
            diags.add(Diagnostic.error(languagePos, "language must be a language tag such as en, de or pt-BR, found '%s'",
                    language).withRule("config"));
            language = d.language();
        }
        Value.Dict messages = d.messages();
        Optional<Value> m = map.get("messages");
        if (m.isPresent()) {
            if (m.get() instanceof Value.Dict md) messages = md;
            else diags.add(Diagnostic.error(m.get().pos(), "messages must be a mapping of message keys to text, "
                    + "e.g. search.placeholder: \"Search\"").withRule("config"));
        }
        List<String> audiences = audiences(map, diags).orElse(d.audiences());
        int reviewEvery = f.positiveInt("review_every").orElse(d.reviewEveryDays());
        int sprintWeeks = f.positiveInt("sprint_weeks").orElse(d.sprintWeeks());
        RawHtmlPolicy rawHtml = f.text("raw_html").map(s -> rawHtml(s, map, diags)).orElse(d.rawHtml());
        Value.Dict defaults = d.defaults();
        Optional<Value> def = map.get("defaults");
        if (def.isPresent()) {
            if (def.get() instanceof Value.Dict dd) defaults = dd;
            else diags.add(Diagnostic.error(def.get().pos(), "defaults must be a mapping of front-matter fields")
                    .withRule("config"));
        }
        CheckSettings check = map.get("check").map(v -> CheckSettingsReader.read(v, diags))
                .orElse(CheckSettings.standard());
        ContentSettings content = ContentSettingsReader.read(map, diags);
        Branding branding = new Branding(f.sitePath("logo"), f.sitePath("favicon"));
        RecentSettings recent = map.get("recent").map(v -> RecentSettingsReader.read(v, diags)).orElse(d.recent());
        return new Staged<>(new SiteConfig(title, description, baseUrl, theme, editUrl, language, languagePos, audiences,
                reviewEvery, rawHtml, defaults, sprintWeeks, check, branding, recent, content, messages), diags);
    }

    private static RawHtmlPolicy rawHtml(String s, Value.Dict map, List<Diagnostic> diags) {
        try {
            return RawHtmlPolicy.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            diags.add(Diagnostic.error(map.get("raw_html").get().pos(),
                    "raw_html must be sanitize, escape or trusted, found '%s'", s).withRule("config"));
            return RawHtmlPolicy.SANITIZE;
        }
    }

    private static Optional<List<String>> audiences(Value.Dict map, List<Diagnostic> diags) {
        Optional<Value> v = map.get("audiences");
        if (v.isEmpty()) return Optional.empty();
        if (!(v.get() instanceof Value.Seq seq) || seq.items().isEmpty()) {
            diags.add(Diagnostic.error(v.get().pos(), "audiences must be a non-empty list of names, widest first, "
                    + "e.g. [everyone, managers]").withRule("config"));
            return Optional.empty();
        }
        Set<String> names = new LinkedHashSet<>();
        for (Value item : seq.items()) {
            if (item instanceof Value.Scalar s && NAME.matcher(s.text()).matches()) {
                if (!names.add(s.text())) {
                    diags.add(Diagnostic.error(item.pos(), "audience '%s' is listed twice", s.text()).withRule("config"));
                }
            } else {
                diags.add(Diagnostic.error(item.pos(), "an audience name is lower-case letters, digits, '-' or '_'")
                        .withRule("config"));
            }
        }
        return names.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(names));
    }

    /** Reads scalar settings and reports wrong kinds at their position. */
    private record Fields(Value.Dict map, List<Diagnostic> diags) {
        Optional<String> text(String key) {
            Optional<Value> v = map.get(key);
            if (v.isEmpty()) return Optional.empty();
            if (v.get() instanceof Value.Scalar s && !s.isNull()) return Optional.of(s.text());
            diags.add(Diagnostic.error(v.get().pos(), "%s must be text, found %s", key, v.get().kindName())
                    .withRule("config"));
            return Optional.empty();
        }

        /**
         * A file of the site, written as its path there ({@code images/logo.svg}): relative, with
         * forward slashes and without {@code ..}, so the theme can link it from any page.
         */
        Optional<Branding.File> sitePath(String key) {
            return text(key).flatMap(s -> {
                SourcePos pos = map.get(key).get().pos();
                String path = s.strip();
                if (path.startsWith("./")) path = path.substring(2);
                boolean bad = path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains("://")
                        || path.endsWith("/") || java.util.Arrays.asList(path.split("/")).contains("..");
                if (!bad) return Optional.of(new Branding.File(key, path, pos));
                diags.add(Diagnostic.error(pos, "%s must be the path of a file in content/ or in the theme's static/ "
                        + "folder, relative and with '/', e.g. images/%s.svg; found '%s'", key, key, s).withRule("config"));
                return Optional.empty();
            });
        }

        Optional<Integer> positiveInt(String key) {
            return text(key).flatMap(s -> {
                try {
                    int n = Integer.parseInt(s.trim());
                    if (n > 0) return Optional.of(n);
                } catch (NumberFormatException ignored) {
                    // reported below
                }
                diags.add(Diagnostic.error(map.get(key).get().pos(), "%s must be a positive whole number, found '%s'",
                        key, s).withRule("config"));
                return Optional.empty();
            });
        }
    }
}
