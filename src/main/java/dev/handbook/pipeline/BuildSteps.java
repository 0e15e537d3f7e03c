package dev.handbook.pipeline;

import dev.handbook.cache.BuildCache;
import dev.handbook.cache.Hash;
import dev.handbook.check.Silencer;
import dev.handbook.config.RawHtmlPolicy;
import dev.handbook.config.SiteConfig;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.SourcePos;
import dev.handbook.diag.Staged;
import dev.handbook.diag.Suggestions;
import dev.handbook.model.Body;
import dev.handbook.model.Messages;
import dev.handbook.model.Page;
import dev.handbook.model.TypeSchema;
import dev.handbook.parse.DocumentParser;
import dev.handbook.parse.MessageCatalog;
import dev.handbook.parse.ParsedData;
import dev.handbook.parse.ParsedPage;
import dev.handbook.parse.SchemaParser;
import dev.handbook.postprocess.HtmlSanitizer;
import dev.handbook.postprocess.RawLinkGuard;
import dev.handbook.postprocess.RunbookChecklist;
import dev.handbook.postprocess.StaticFileCheck;
import dev.handbook.resolve.ResolvedSite;
import dev.handbook.source.ContentLoader;
import dev.handbook.source.SourceFile;
import dev.handbook.source.Theme;
import dev.handbook.source.ThemeLoader;
import dev.handbook.validate.Validator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The steps that {@link Pipeline} (build and check) and {@code dev.handbook.incremental} (serve) both take,
 * written once so that serve holds exactly the site and the problems a build gives: which edition
 * is built, the theme's page types, how one page or data file is read and parsed, what becomes of
 * the resolved site before rendering, and which problems the handbook silenced. The callers only
 * decide what to do again and in which order.
 */
public final class BuildSteps {
    private BuildSteps() {
    }

    /** The edition to build: {@code audience}, else the widest; an error when handbook.yml does not list it. */
    public static Staged<String> edition(SiteConfig config, Optional<String> audience) {
        String edition = audience.orElse(config.widestAudience());
        if (config.audiences().contains(edition)) return Staged.of(edition);
        return new Staged<>(edition, List.of(Diagnostic.error(SourcePos.file(SiteConfig.FILE_NAME),
                "unknown audience '%s'%s", edition, Suggestions.didYouMean(edition, config.audiences()))
                .withHint("audiences in handbook.yml: " + String.join(", ", config.audiences())).withRule("usage")));
    }

    /** The page types of the theme, from its {@code types/*.yml} schema files. */
    public static Staged<Map<String, TypeSchema>> schemas(Theme theme) {
        List<Diagnostic> diags = new ArrayList<>();
        Map<String, TypeSchema> out = new TreeMap<>();
        Staged<List<ThemeLoader.TypeFile>> files = ThemeLoader.typeFiles(theme);
        diags.addAll(files.diagnostics());
        for (ThemeLoader.TypeFile f : files.value()) {
            Staged<Optional<TypeSchema>> s = SchemaParser.parse(f.name(), f.displayPath(), f.text());
            diags.addAll(s.diagnostics());
            s.value().ifPresent(schema -> out.put(schema.name(), schema));
        }
        return new Staged<>(out, diags);
    }

    /**
     * The site's words: the theme's messages in handbook.yml's language (English, with a warning,
     * when the theme has none in it), with handbook.yml's {@code messages:} on top.
     */
    public static Staged<Messages> messages(Theme theme, SiteConfig config) {
        Staged<String> language = MessageCatalog.language(config, ThemeLoader.languages(theme));
        Staged<List<ThemeLoader.MessageFile>> files = ThemeLoader.messageFiles(theme,
                new java.util.TreeSet<>(List.of(MessageCatalog.REFERENCE, language.value())));
        Staged<Messages> messages = MessageCatalog.build(config, language.value(), files.value());
        List<Diagnostic> diags = new ArrayList<>(language.diagnostics());
        diags.addAll(files.diagnostics());
        diags.addAll(messages.diagnostics());
        return new Staged<>(messages.value(), diags);
    }

    /** The steps of the parse stage that {@link #parsePage} times, in the order a profile shows them. */
    static final List<String> PARSE_STEPS = List.of("cache", "read", "markdown", "sanitize");

    /**
     * One page read, parsed and sanitized; empty (and the reason) when it cannot be read.
     * {@link #parsePages} runs it within the time budget.
     *
     * @param marks   keep the source marks the check maps rendered HTML back to Markdown lines with
     * @param timings receives the time of each of the {@link #PARSE_STEPS} (declared under "parse")
     */
    static Staged<Optional<ParsedPage>> parsePage(DocumentParser parser, SourceFile f, boolean marks, Timings timings) {
        try {
            return parseWithin(parser, f, marks, timings);
        } catch (OutOfMemoryError e) {
            // What the page held is garbage by now, so the build goes on to report everything else.
            return new Staged<>(Optional.empty(), List.of(outOfMemory(f.displayPath(), "parsing this page")));
        }
    }

    /**
     * The error for a file whose work ran the JVM out of memory, with the limit and what to try;
     * a whole build ran out of memory once with only "internal error: java.lang.OutOfMemoryError".
     */
    static Diagnostic outOfMemory(String file, String doing) {
        return Diagnostic.error(SourcePos.file(file), "ran out of memory while %s (the JVM may use %d MB)", doing,
                Runtime.getRuntime().maxMemory() >> 20)
                .withHint("make the file smaller, build with fewer --threads, or allow more memory "
                        + "(HANDBOOK_JAVA_OPTS=-Xmx4g)").withRule("memory");
    }

    private static Staged<Optional<ParsedPage>> parseWithin(DocumentParser parser, SourceFile f, boolean marks,
                                                            Timings timings) {
        return parseText(parser, f, timings.step("parse", "read", () -> ContentLoader.readText(f)), marks, timings);
    }

    private static Staged<Optional<ParsedPage>> parseText(DocumentParser parser, SourceFile f, Staged<String> text,
                                                          boolean marks, Timings timings) {
        if (text.hasErrors()) return new Staged<>(Optional.empty(), text.diagnostics());
        return timings.step("parse", "markdown", () -> text.then(t -> parser.parsePage(f.path(), f.displayPath(), t)))
                .then(p -> timings.step("parse", "sanitize", () -> HtmlSanitizer.clean(p.body(), marks, p.displayPath())
                        .map(b -> Optional.of(p.withBody(b)))));
    }

    /**
     * Every page of {@code files} parsed as {@link #parsePage} does, in their order, on {@code threads}
     * threads; a page that takes longer than {@link ParseBudget#PER_FILE} is given up and reported.
     * {@code progress} hears how many pages are parsed, under the stage "parse".
     */
    static List<Staged<Optional<ParsedPage>>> parsePages(DocumentParser parser, List<SourceFile> files, int threads,
                                                         boolean marks, Timings timings, Progress progress,
                                                         Optional<BuildCache> cache) {
        AtomicInteger done = new AtomicInteger();
        return ParseBudget.map(files, threads, ParseBudget.PER_FILE, f -> {
            Staged<Optional<ParsedPage>> page = cache.isPresent() ? parseCached(parser, f, marks, timings, cache.get())
                    : parsePage(parser, f, marks, timings);
            progress.update("parse", done.incrementAndGet(), files.size());
            return page;
        }, BuildSteps::overBudget);
    }

    /**
     * Every page of {@code files} parsed as a build parses them, without source marks and with no
     * profile: for serve, which parses the pages a change touched.
     */
    public static List<Staged<Optional<ParsedPage>>> parsePages(DocumentParser parser, List<SourceFile> files,
                                                                int threads, Progress progress) {
        return parsePages(parser, files, threads, false, Timings.off(), progress, Optional.empty());
    }

    /**
     * {@link #parsePage} through the build cache: a page whose bytes (and build identity) an earlier
     * build parsed is taken from the cache; any other is parsed and kept. A page that ran out of
     * memory is not kept: another try may succeed.
     */
    private static Staged<Optional<ParsedPage>> parseCached(DocumentParser parser, SourceFile f, boolean marks,
                                                            Timings timings, BuildCache cache) {
        try {
            Staged<Optional<byte[]>> bytes = timings.step("parse", "read", () -> ContentLoader.readTextBytes(f));
            if (bytes.value().isEmpty()) return new Staged<>(Optional.empty(), bytes.diagnostics());
            byte[] read = bytes.value().get();
            Hash key = timings.step("parse", "cache", () -> cache.pageKey(f.path(), f.displayPath(), read));
            cache.notePage(f.path(), key);
            Optional<Staged<Optional<ParsedPage>>> hit = timings.step("parse", "cache", () -> cache.page(key));
            if (hit.isPresent()) return hit.get();
            Staged<String> text = timings.step("parse", "read", () -> ContentLoader.text(f, read));
            Staged<Optional<ParsedPage>> page = parseText(parser, f, text, marks, timings);
            if (page.diagnostics().stream().noneMatch(d -> d.rule().equals("memory"))) {
                timings.step("parse", "cache", () -> {
                    cache.keepPage(key, page);
                    return null;
                });
            }
            return page;
        } catch (OutOfMemoryError e) {
            return new Staged<>(Optional.empty(), List.of(outOfMemory(f.displayPath(), "parsing this page")));
        }
    }

    private static Staged<Optional<ParsedPage>> overBudget(SourceFile f) {
        return new Staged<>(Optional.empty(), List.of(Diagnostic.error(SourcePos.file(f.displayPath()),
                "took longer than %d s to parse and was given up; simplify the page (deeply nested or unbalanced "
                        + "markup?)", ParseBudget.PER_FILE.toSeconds()).withRule("markdown")));
    }

    /** One data file read and parsed; empty (and the reason) when it cannot be read or parsed. */
    public static Staged<Optional<ParsedData>> parseData(DocumentParser parser, SourceFile f) {
        try {
            Staged<String> text = ContentLoader.readText(f);
            if (text.hasErrors()) return new Staged<>(Optional.empty(), text.diagnostics());
            return text.then(t -> parser.parseData(f.path(), f.displayPath(), t));
        } catch (OutOfMemoryError e) {
            return new Staged<>(Optional.empty(), List.of(outOfMemory(f.displayPath(), "reading this data file")));
        }
    }

    /**
     * The raw-HTML policy for static files of content/ ({@link StaticFileCheck}): under sanitize and
     * escape, an HTML file or an SVG or XML file that could run script is an error naming it.
     */
    static List<Diagnostic> checkStatics(SiteConfig config, List<SourceFile> statics) {
        List<Diagnostic> out = new ArrayList<>();
        if (config.rawHtml() == RawHtmlPolicy.TRUSTED) return out;
        for (SourceFile f : statics) {
            if (!StaticFileCheck.applies(f.path())) continue;
            try {
                out.addAll(checkStatic(config, f, ContentLoader.readBytes(f)));
            } catch (java.io.IOException e) {
                out.add(Diagnostic.error(SourcePos.file(f.displayPath()), "cannot read: %s", e.getMessage())
                        .withRule("source"));
            }
        }
        return out;
    }

    /** One static file's bytes under the policy of {@link #checkStatics}. */
    public static List<Diagnostic> checkStatic(SiteConfig config, SourceFile f, byte[] bytes) {
        if (config.rawHtml() == RawHtmlPolicy.TRUSTED || !StaticFileCheck.applies(f.path())) return List.of();
        return StaticFileCheck.check(f.displayPath(), bytes);
    }

    /**
     * The resolved site as it is rendered, with the problems of the validate stage's rules: a
     * runbook's ordered lists are its steps, and each gets a checkbox.
     */
    public static Staged<ResolvedSite> finish(ResolvedSite resolved) {
        List<Diagnostic> problems = new ArrayList<>(Validator.validate(resolved));
        List<Page> pages = new ArrayList<>(resolved.pages().size());
        for (Page p : resolved.pages()) {
            Page page = finish(p);
            if (guarded(resolved, page.body())) {
                Staged<Body> body = RawLinkGuard.apply(page.body(), page.url(), resolved.hidden().paths(),
                        SourcePos.file(page.displayPath()), resolved.edition());
                problems.addAll(body.diagnostics());
                page = page.withBody(body.value());
            }
            pages.add(page);
        }
        return new Staged<>(resolved.withPages(pages), problems);
    }

    /**
     * Whether {@link RawLinkGuard} may change this body: it has raw links or images, and the edition
     * leaves something out. serve resolves such a page again rather than only re-rendering it.
     */
    public static boolean guarded(ResolvedSite site, Body body) {
        return !site.hidden().paths().isEmpty() && RawLinkGuard.mayApply(body);
    }

    /** One page as it is rendered (see {@link #finish(ResolvedSite)}). */
    public static Page finish(Page page) {
        return page.type().equals("runbook")
                ? page.withBody(RunbookChecklist.apply(page.body())) : page;
    }

    /** What {@link #silence} did: the handbook's silencer, and how many problems it took out. */
    public record Silencing(Silencer silencer, int silenced) {
    }

    /**
     * Takes out of {@code diags} the problems that {@code check.ignore} in handbook.yml or a page's
     * {@code check_ignore} silenced, after adding the problems of those lists themselves (an unknown
     * rule id). Problems found later (rendering) are never silenced, as in a build.
     */
    public static Silencing silence(SiteConfig config, List<Page> pages, List<Diagnostic> diags) {
        Staged<Silencer> silencer = Silencer.of(config, pages);
        diags.addAll(silencer.diagnostics());
        int before = diags.size();
        diags.removeIf(silencer.value()::silences);
        return new Silencing(silencer.value(), before - diags.size());
    }
}
